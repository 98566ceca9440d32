import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { FeedbackSession } from '../../../../src/schemas/feedbackSessions.js';
import { limits } from '../../../../src/schemas/limits.js';
import { api } from '../../api/client.js';
import { actionItemsKey, feedbackKey, useFeedbackSession } from '../../api/feedback.js';
import { LoadError, Page, ScreenLoading } from '../../components/Page.js';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { useToday } from '../../components/format.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { DateText } from '../../components/text.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import { observationLabel } from '../../../../src/domain/feedbackSessions.js';
import { ActionItemRows, type ItemDraft } from './ActionItemRows.js';
import { FeedbackNav } from './FeedbackNav.js';
import { ObservationRows, type ObservationDraft } from './ObservationRows.js';
import { isKind, kindLabels, kindOptions, ownerLabels, rubric } from './words.js';
import './feedback.css';

interface Draft {
  kind: string;
  date: string;
  partner: string;
  domain: string;
  wentWell: string;
  challenging: string;
  improveNext: string;
  supportNeeded: string;
  items: ItemDraft[];
  observations: ObservationDraft[];
}

const labels: Record<keyof Draft, string> = {
  kind: 'Kind',
  date: 'Date',
  partner: 'Partner',
  domain: 'Domain',
  wentWell: rubric[0].label,
  challenging: rubric[1].label,
  improveNext: rubric[2].label,
  supportNeeded: rubric[3].label,
  items: 'Action items',
  observations: 'Observations',
};

function toDraft(session: FeedbackSession): Draft {
  return {
    kind: session.kind,
    date: session.date,
    partner: session.partner,
    domain: session.domain ?? '',
    wentWell: session.wentWell ?? '',
    challenging: session.challenging ?? '',
    improveNext: session.improveNext ?? '',
    supportNeeded: session.supportNeeded ?? '',
    items: session.actionItems.map((item) => ({
      id: item.id,
      key: item.id,
      text: item.text,
      owner: item.owner,
      due: item.due ?? '',
    })),
    observations: session.observations.map((observation, index) => ({ key: `saved-${index}`, ...observation })),
  };
}

function body(draft: Draft) {
  return {
    kind: isKind(draft.kind) ? draft.kind : 'one-on-one',
    date: draft.date,
    partner: draft.partner,
    domain: draft.domain,
    wentWell: draft.wentWell,
    challenging: draft.challenging,
    improveNext: draft.improveNext,
    supportNeeded: draft.supportNeeded,
    actionItems: draft.items.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      text: item.text,
      owner: item.owner,
      due: item.due || null,
    })),
    observations: draft.observations.map(({ skillId, level, note }) => ({ skillId, level, note })),
  };
}

function SessionForm({ session, initial }: { session?: FeedbackSession; initial: Draft }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const { form, draft, setDraft, set, errors, save, submit, saveProblems } = useConflictSafeDraft({
    initial,
    version: session?.version,
    labels,
    toDraft,
    send: (draft, { version }) =>
      session
        ? api('PATCH /api/v1/feedback-sessions/{id}', {
            params: { id: session.id },
            body: { version: version ?? session.version, ...body(draft) },
          })
        : api('POST /api/v1/feedback-sessions', { body: body(draft) }),
    onSaved: async () => {
      await client.invalidateQueries({ queryKey: feedbackKey });
      await client.invalidateQueries({ queryKey: actionItemsKey });
      await client.invalidateQueries({ queryKey: ['this-week'] });
      navigate('/feedback');
    },
    loadCurrent: () => api('GET /api/v1/feedback-sessions/{id}', { params: { id: session?.id ?? '' } }),
  });
  return (
    <form ref={form} className="card" onSubmit={submit} noValidate>
      <SelectField label={labels.kind} value={draft.kind} onChange={set('kind')} error={errors.kind} options={kindOptions} />
      <TextField label={labels.date} type="date" value={draft.date} onChange={set('date')} error={errors.date} required />
      <TextField
        label={labels.partner}
        value={draft.partner}
        maxLength={limits.feedbackPartner}
        onChange={set('partner')}
        error={errors.partner}
        required
        hint="Who you met or paired with. Open action items carry into your next session with the same person."
      />
      <TextField
        label={labels.domain}
        value={draft.domain}
        maxLength={limits.feedbackDomain}
        onChange={set('domain')}
        error={errors.domain}
        hint="For pairing: the area you worked in, e.g. “Distributed tracing”."
      />
      {rubric.map((question) => (
        <TextAreaField
          key={question.key}
          label={question.label}
          value={draft[question.key]}
          maxLength={limits.feedbackRubric}
          onChange={set(question.key)}
          error={errors[question.key]}
        />
      ))}
      <ObservationRows
        observations={draft.observations}
        onChange={(observations) => setDraft((d) => ({ ...d, observations }))}
        errors={errors}
      />
      <ActionItemRows items={draft.items} onChange={(items) => setDraft((d) => ({ ...d, items }))} errors={errors} />
      <SaveProblems {...saveProblems} />
      <div className="button-row">
        <SubmitButton busy={save.isPending}>{session ? 'Save session' : 'Record session'}</SubmitButton>
        <Link to="/feedback">Cancel</Link>
      </div>
    </form>
  );
}

function Carried({ session }: { session: FeedbackSession }) {
  if (session.carriedItems.length === 0 && session.observations.length === 0) return null;
  return (
    <section className="card feedback-card" aria-labelledby="carried-heading">
      <h2 id="carried-heading">Carried over and observed</h2>
      {session.carriedItems.length > 0 ? (
        <>
          <p>Still open from earlier sessions with {session.partner}:</p>
          <ul>
            {session.carriedItems.map((item) => (
              <li key={item.id}>
                {item.text} ({ownerLabels[item.owner]}, {item.status})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {session.observations.length > 0 ? (
        <ul>
          {session.observations.map((observation) => (
            <li key={`${observation.skillId}-${observation.note}`}>{observationLabel(observation)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export default function SessionFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const today = useToday();
  const session = useFeedbackSession(id);
  if (id === undefined) {
    const kind = search.get('kind') ?? 'one-on-one';
    const blank: Draft = {
      kind: isKind(kind) ? kind : 'one-on-one',
      date: today,
      partner: search.get('partner') ?? '',
      domain: '',
      wentWell: '',
      challenging: '',
      improveNext: '',
      supportNeeded: '',
      items: [],
      observations: [],
    };
    return (
      <Page title="Record a feedback session">
        <FeedbackNav />
        <SessionForm initial={blank} />
      </Page>
    );
  }
  if (session.isPending) return <ScreenLoading />;
  if (session.isError) return <LoadError error={session.error} />;
  const data = session.data;
  return (
    <Page title={`${kindLabels[data.kind]} with ${data.partner}`}>
      <FeedbackNav />
      <p>
        <DateText date={data.date} />
      </p>
      <Carried session={data} />
      <SessionForm key={data.id} session={data} initial={toDraft(data)} />
    </Page>
  );
}
