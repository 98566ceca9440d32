import { levels } from '../../domain/levels.js';
import { type EndorsementInvitation, endorsementSubmit } from '../../schemas/endorsements.js';
import { endorsementLimits } from '../../schemas/limits.js';
import type { ServiceDeps } from '../../services/context.js';
import * as endorsements from '../../services/endorsements.js';
import { AppError } from '../../services/errors.js';
import { answerPage } from '../pages.js';
import type { App, RouteContext } from '../routeContext.js';
import { type Html, html } from './html.js';
import type { PublicPage } from './page.js';

/** What the endorser typed, kept so a form with errors comes back as they left it. */
interface Entries {
  quote: string;
  relationship: string;
  levels: Record<string, string>;
  showName: boolean;
}

/** The endorser's time zone is unknown; UTC, said as such. */
const lastDay = (expiresAt: string) =>
  `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(expiresAt))} (UTC)`;

const blank: Entries = { quote: '', relationship: '', levels: {}, showName: false };

/** Field names on the form for each error field of the submit body. */
const fieldAnchor = (field: string, invitation: EndorsementInvitation): string => {
  const skill = /^observations\.(\d+)/.exec(field);
  if (skill) return `level-${invitation.skills[Number(skill[1])]?.id ?? ''}`;
  return field === 'relationship' ? 'relationship' : 'quote';
};

const labelOf: Record<string, string> = { quote: 'Your endorsement', relationship: 'How you know them' };

function errorSummary(errors: Record<string, string>): Html | null {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return html`<div class="card" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title" class="error">Please check your answer</h2>
<ul>${entries.map(([anchor, message]) => html`<li><a href="#${anchor}">${labelOf[anchor] ?? 'Level observed'}: ${message}</a></li>`)}</ul>
</div>`;
}

const fieldError = (id: string, errors: Record<string, string>) =>
  errors[id] ? html`<p id="${id}-error" class="error">Error: ${errors[id]}</p>` : null;

const describedBy = (id: string, errors: Record<string, string>, hint = '') =>
  [hint, errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || null;

function skillFieldset(
  skill: { id: string; name: string },
  invitation: EndorsementInvitation,
  entries: Entries,
  errors: Record<string, string>,
) {
  const id = `level-${skill.id}`;
  const chosen = entries.levels[skill.id] ?? 'none';
  const options = [
    ...invitation.levels.map((l) => ({ value: l.level, label: `${l.label}: ${l.meaning}` })),
    { value: 'none', label: 'Not observed' },
  ];
  return html`<fieldset${errors[id] ? html` aria-describedby="${id}-error"` : null}>
<legend>${skill.name}: the level you observed</legend>
${fieldError(id, errors)}
${options.map(
  (o, index) =>
    html`<label class="choice"><input type="radio" name="${id}" value="${o.value}"${index === 0 ? html` id="${id}"` : null}${o.value === chosen ? html` checked` : null}> ${o.label}</label>`,
)}
</fieldset>`;
}

function formPage(
  token: string,
  invitation: EndorsementInvitation,
  entries: Entries,
  errors: Record<string, string>,
): PublicPage {
  const describe = (id: string, hint = '') => describedBy(id, errors, hint);
  const quoteDescribedBy = describe('quote', 'quote-hint');
  const relationshipDescribedBy = describe('relationship');
  return {
    title: `${Object.keys(errors).length > 0 ? 'Error: ' : ''}Endorse ${invitation.ownerName}`,
    body: html`<h1>Endorse ${invitation.ownerName}</h1>
<p>${invitation.ownerName} asks you, ${invitation.endorserName}, for a short endorsement of their work. No account is needed, and you can answer once.</p>
${invitation.message ? html`<h2>Their message</h2><blockquote>${invitation.message}</blockquote>` : null}
${
  invitation.artifact
    ? html`<h2>The work in question</h2><p class="card"><strong>${invitation.artifact.title}</strong>${
        invitation.artifact.url ? html` · <a href="${invitation.artifact.url}" rel="noopener noreferrer">open it</a>` : null
      }</p>`
    : null
}
${
  invitation.skills.length > 0
    ? html`<h2>The skills in question</h2><ul>${invitation.skills.map((s) => html`<li>${s.name}</li>`)}</ul>`
    : null
}
<h2>What the levels mean</h2>
<dl>${invitation.levels.map((l) => html`<dt><strong>${l.label}</strong></dt><dd>${l.meaning}</dd>`)}</dl>
${errorSummary(errors)}
<form method="post" action="/endorse/${token}" novalidate>
<label for="quote">Your endorsement</label>
<p id="quote-hint" class="muted">A few sentences about what you saw them do, up to ${endorsementLimits.quote} characters.</p>
${fieldError('quote', errors)}
<textarea id="quote" name="quote" rows="6" maxlength="${endorsementLimits.quote}" required${quoteDescribedBy ? html` aria-describedby="${quoteDescribedBy}"` : null}${errors.quote ? html` aria-invalid="true"` : null}>${entries.quote}</textarea>
<label for="relationship">How you know them (optional)</label>
${fieldError('relationship', errors)}
<input id="relationship" name="relationship" type="text" maxlength="${endorsementLimits.relationship}" autocomplete="off" value="${entries.relationship}"${relationshipDescribedBy ? html` aria-describedby="${relationshipDescribedBy}"` : null}${errors.relationship ? html` aria-invalid="true"` : null}>
${invitation.skills.map((skill) => skillFieldset(skill, invitation, entries, errors))}
<label class="choice"><input type="checkbox" name="showName" value="yes"${entries.showName ? html` checked` : null}> My name may be shown with this endorsement</label>
<button type="submit">Send endorsement</button>
</form>
<p class="muted">The link works until ${lastDay(invitation.expiresAt)}.</p>`,
  };
}

const thanksPage: PublicPage = {
  title: 'Thank you',
  body: html`<h1>Thank you</h1><p>Your endorsement was sent. You can close this page.</p>`,
};

const alreadyAnsweredPage: PublicPage = {
  title: 'Already answered',
  body: html`<h1>Already answered</h1><p>${endorsements.alreadyAnswered}</p>`,
};

/** The form's fields as the submit body; a level outside N/P/E ("not observed") is left out. */
function entriesFrom(form: URLSearchParams, invitation: EndorsementInvitation): Entries {
  const chosen = invitation.skills.flatMap((s) => {
    const value = form.get(`level-${s.id}`);
    return value ? [[s.id, value] as const] : [];
  });
  return {
    quote: form.get('quote') ?? '',
    relationship: form.get('relationship') ?? '',
    levels: Object.fromEntries(chosen),
    showName: form.get('showName') === 'yes',
  };
}

function bodyFrom(entries: Entries) {
  const observed = levels as readonly string[];
  return {
    quote: entries.quote,
    relationship: entries.relationship,
    observations: Object.entries(entries.levels)
      .filter(([, level]) => observed.includes(level))
      .map(([skillId, level]) => ({ skillId, level })),
    showName: entries.showName,
  };
}

async function submitForm(deps: ServiceDeps, address: string, token: string, form: URLSearchParams) {
  const invitation = await endorsements.describeRequest(deps, address, token);
  const entries = entriesFrom(form, invitation);
  const parsed = endorsementSubmit.safeParse(bodyFrom(entries));
  const errorsOf = (fields: Record<string, string>) =>
    Object.fromEntries(Object.entries(fields).map(([field, message]) => [fieldAnchor(field, invitation), message]));
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
    return { status: 400, page: formPage(token, invitation, entries, errorsOf(fields)) };
  }
  try {
    await endorsements.submitEndorsement(deps, address, token, parsed.data);
    return { status: 200, page: thanksPage };
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') {
      return { status: 400, page: formPage(token, invitation, entries, errorsOf(error.details.fields ?? {})) };
    }
    throw error;
  }
}

/** A link already answered has its own page; the rest is answerPage's. */
async function answeredOr(work: () => Promise<{ status: number; page: PublicPage }>) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === 'gone') return { status: 410, page: alreadyAnsweredPage };
    throw error;
  }
}

/** Pages are not the API: left out of the OpenAPI document (its JSON twins are in the route table). */
const pageSchema = { hide: true };

/** `/endorse/{token}`: the endorser's page, a plain form that needs no JavaScript and no account. */
export function registerEndorsePages(app: App, { deps }: RouteContext): void {
  app.get<{ Params: { token: string } }>('/endorse/:token', { schema: pageSchema }, (request, reply) =>
    answerPage(reply, () =>
      answeredOr(async () => {
        const invitation = await endorsements.describeRequest(deps, request.ip, request.params.token);
        return { status: 200, page: formPage(request.params.token, invitation, blank, {}) };
      }),
    ),
  );
  // The form posts urlencoded fields; only this route reads them, every other keeps JSON only.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 32_768 },
      (_request, body, done) => done(null, new URLSearchParams(String(body))),
    );
    scope.post<{ Params: { token: string }; Body: URLSearchParams }>(
      '/endorse/:token',
      { schema: pageSchema },
      (request, reply) =>
        answerPage(reply, () => answeredOr(() => submitForm(deps, request.ip, request.params.token, request.body))),
    );
  });
}
