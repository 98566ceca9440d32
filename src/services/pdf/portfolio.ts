import { artifactKindLabels } from '../../domain/labels.js';
import { levelDefinitions } from '../../domain/levels.js';
import { dayText } from '../../domain/onePage.js';
import { metricText } from '../../domain/outcomes.js';
import { type PaperSize, paperSizeFor } from '../../domain/paperSize.js';
import type { SharedArtifact, SharedPortfolio } from '../../schemas/portfolio.js';
import type { Actor, ServiceDeps } from '../context.js';
import { portfolioSnapshot } from '../portfolio.js';
import { COLOR, type Pdf, docTitle, item, newPdf, paragraph, sectionHeading } from './document.js';

/** The Portfolio of Impact as a PDF: what a share would show, made now. */
export async function portfolioPdf(
  deps: ServiceDeps,
  actor: Actor,
  options: { paper?: PaperSize; endorsements?: boolean },
): Promise<Buffer> {
  const snapshot = await portfolioSnapshot(deps, actor, options.endorsements ?? false);
  return drawPortfolio(snapshot, options.paper ?? paperSizeFor(actor.user.timeZone));
}

export async function drawPortfolio(portfolio: SharedPortfolio, paper: PaperSize): Promise<Buffer> {
  const title = `Portfolio of Impact: ${portfolio.ownerName}`;
  const { doc, finish } = await newPdf(paper, title, portfolio.ownerName);
  const count = portfolio.artifacts.length;
  docTitle(doc, title, `${count} ${count === 1 ? 'artifact' : 'artifacts'} · ${dayText(portfolio.sharedAt.slice(0, 10))}`);
  if (count === 0) paragraph(doc, 'No artifacts in the portfolio yet: pick 3–5 on the Portfolio screen.', { color: COLOR.muted });
  for (const [index, artifact] of portfolio.artifacts.entries()) drawArtifact(doc, artifact, index + 1);
  if (portfolio.endorsements.length > 0) {
    sectionHeading(doc, 'Endorsements');
    for (const endorsement of portfolio.endorsements) {
      paragraph(doc, `“${endorsement.quote}”`);
      const who = [endorsement.name ?? 'A colleague', endorsement.relationship].filter(Boolean).join(', ');
      const on = endorsement.skills.length ? ` · on ${endorsement.skills.join(', ')}` : '';
      paragraph(doc, `— ${who}${on}`, { color: COLOR.muted, indent: 12 });
    }
  }
  return finish();
}

function drawArtifact(doc: Pdf, artifact: SharedArtifact, number: number): void {
  sectionHeading(doc, `${number}. ${artifact.title}`, 12.5);
  const about = [artifactKindLabels[artifact.kind], artifact.date && dayText(artifact.date)].filter(Boolean).join(' · ');
  paragraph(doc, about, { color: COLOR.muted });
  if (artifact.description) paragraph(doc, artifact.description);
  if (artifact.outcome) paragraph(doc, `Outcome: ${artifact.outcome}`, { bold: true });
  if (artifact.metric) {
    const where = [artifact.metric.measuredOn && `measured on ${dayText(artifact.metric.measuredOn)}`, artifact.metric.sourceUrl]
      .filter(Boolean)
      .join(', ');
    item(doc, '•', `${metricText(artifact.metric)}${where ? ` (${where})` : ''}`);
  }
  if (artifact.skills.length) {
    item(doc, '•', `Skills: ${artifact.skills.map((s) => `${s.name} (${levelDefinitions[s.level].label})`).join(', ')}`);
  }
  if (artifact.url) item(doc, '•', artifact.url);
}
