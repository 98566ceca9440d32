import { artifactKindLabels } from '../../domain/labels.js';
import { levelDefinitions } from '../../domain/levels.js';
import { metricChange } from '../../domain/outcomes.js';
import type { Metric } from '../../schemas/artifacts.js';
import type { SharedEndorsement } from '../../schemas/endorsements.js';
import type { SharedArtifact, SharedPortfolio } from '../../schemas/portfolio.js';
import * as portfolio from '../../services/portfolio.js';
import { answerPage } from '../pages.js';
import type { App, RouteContext } from '../routeContext.js';
import { type Html, html } from './html.js';
import type { PublicPage } from './page.js';

/** Links the owner gave lead away from here: no referrer, no opener, no endorsement by search engines. */
const outLink = (url: string, text: string): Html => html`<a href="${url}" rel="noopener noreferrer nofollow">${text}</a>`;

/** "MTTR: 45 → 12 minutes (measured on 2026-03-01, source)". */
function metricLine(metric: Metric): Html {
  const where = [
    metric.measuredOn && html`measured on ${metric.measuredOn}`,
    metric.sourceUrl && outLink(metric.sourceUrl, 'source'),
  ].filter((part): part is Html => Boolean(part));
  const note = where.length > 0 ? html` (${where.flatMap((part, i) => (i === 0 ? [part] : [html`, `, part]))})` : '';
  return html`<p><strong>${metric.name}:</strong> ${metricChange(metric)}${note}</p>`;
}

const skillsLine = (skills: SharedArtifact['skills']): Html | '' =>
  skills.length === 0
    ? ''
    : html`<p><strong>Skills:</strong> ${skills.map((s) => `${s.name} (${levelDefinitions[s.level].label})`).join(', ')}</p>`;

export const artifactCard = (artifact: SharedArtifact): Html => html`<li class="card">
<h3>${artifact.url ? outLink(artifact.url, artifact.title) : artifact.title}</h3>
<p class="muted">${artifactKindLabels[artifact.kind]}${artifact.date ? ` · ${artifact.date}` : ''}</p>
${artifact.description && html`<p>${artifact.description}</p>`}
${artifact.outcome && html`<p><strong>Outcome:</strong> ${artifact.outcome}</p>`}
${artifact.metric && metricLine(artifact.metric)}
${skillsLine(artifact.skills)}
</li>`;

export function endorsementItem(endorsement: SharedEndorsement): Html {
  const who = [endorsement.name ?? 'A colleague', endorsement.relationship].filter(Boolean).join(', ');
  const skills = endorsement.skills.length > 0 ? html`<p class="muted">On ${endorsement.skills.join(', ')}</p>` : '';
  return html`<li class="card"><blockquote>${endorsement.quote}</blockquote><p>— ${who}</p>${skills}</li>`;
}

/** The page a reader sees: the owner's name, the artifacts and, when chosen, the endorsements; nothing else. */
export function sharedPortfolioPage(shared: SharedPortfolio): PublicPage {
  const title = `Portfolio of Impact: ${shared.ownerName}`;
  const artifacts =
    shared.artifacts.length === 0
      ? html`<p>No artifacts were in this portfolio when it was shared.</p>`
      : html`<ol class="list">${shared.artifacts.map(artifactCard)}</ol>`;
  const endorsements =
    shared.endorsements.length === 0
      ? ''
      : html`<h2>Endorsements</h2><ul class="list">${shared.endorsements.map(endorsementItem)}</ul>`;
  return {
    title,
    body: html`<h1>${title}</h1>
<p class="muted">Shared on ${shared.sharedAt.slice(0, 10)}: the work ${shared.ownerName} chose to show, as it was then.</p>
<h2>Artifacts</h2>
${artifacts}
${endorsements}`,
  };
}

/** `/shared/portfolio/{token}`: works without JavaScript; unknown, expired and revoked links get the one 404 page. */
export function registerPortfolioPage(app: App, { deps }: RouteContext): void {
  // A page, not part of the API: left out of the OpenAPI document.
  app.get<{ Params: { token: string } }>('/shared/portfolio/:token', { schema: { hide: true } }, (request, reply) =>
    answerPage(reply, async () => ({
      status: 200,
      page: sharedPortfolioPage(await portfolio.readSharedPortfolio(deps, request.params.token, request.ip)),
    })),
  );
}
