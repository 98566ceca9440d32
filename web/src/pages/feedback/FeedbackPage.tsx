import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FeedbackKind, FeedbackSession } from '../../../../src/schemas/feedbackSessions.js';
import { api } from '../../api/client.js';
import { actionItemsKey, feedbackKey, useFeedbackSessions } from '../../api/feedback.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { SelectField, TextField } from '../../components/fields.js';
import { formError } from '../../components/formError.js';
import { DateText } from '../../components/text.js';
import { FeedbackNav } from './FeedbackNav.js';
import { isKind, kindLabels, kindOptions } from './words.js';
import './feedback.css';

function SessionRow({ session }: { session: FeedbackSession }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/feedback-sessions/{id}', { params: { id: session.id } }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: feedbackKey });
      await client.invalidateQueries({ queryKey: actionItemsKey });
    },
  });
  const open = session.actionItems.filter((item) => item.status === 'open').length + session.carriedItems.length;
  return (
    <li className="card">
      <h2>
        <Link to={`/feedback/${session.id}`}>
          {kindLabels[session.kind]} with {session.partner}
        </Link>
      </h2>
      <p>
        <DateText date={session.date} />
        {session.domain ? ` · ${session.domain}` : ''}
        {open > 0 ? ` · ${open} open action ${open === 1 ? 'item' : 'items'}` : ''}
        {session.writtenWith ? ` · written with ${session.writtenWith.name}, your mentor` : ''}
      </p>
      {confirming ? (
        <InlineConfirm
          message={`Delete the ${kindLabels[session.kind]} with ${session.partner} and the action items agreed in it?`}
          confirmLabel="Delete permanently"
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="button-row">
          <Link to={`/feedback/${session.id}`}>
            Edit<span className="visually-hidden"> the session with {session.partner}</span>
          </Link>
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Delete<span className="visually-hidden"> the session with {session.partner}</span>
          </button>
        </div>
      )}
      {remove.error ? <p className="form-error">{formError(remove.error)}</p> : null}
    </li>
  );
}

export default function FeedbackPage() {
  const [kind, setKind] = useState<FeedbackKind | ''>('');
  const [partner, setPartner] = useState('');
  const sessions = useFeedbackSessions({ kind, partner });
  return (
    <Page
      title="Feedback"
      actions={
        <Link className="button" to="/feedback/new">
          Record a session
        </Link>
      }
    >
      <FeedbackNav />
      <p>1:1s, pairing, roadmap reviews and workshops: what went well, what to improve, and what you agreed to do.</p>
      <form className="feedback-filters" onSubmit={(event) => event.preventDefault()} aria-label="Filter sessions">
        <SelectField
          label="Kind"
          value={kind}
          onChange={(event) => setKind(isKind(event.target.value) ? event.target.value : '')}
          options={[{ value: '', label: 'All kinds' }, ...kindOptions]}
        />
        <TextField label="Partner" value={partner} onChange={(event) => setPartner(event.target.value)} />
      </form>
      {sessions.isPending ? <Loading /> : null}
      {sessions.error ? <LoadError error={sessions.error} /> : null}
      {sessions.data?.length === 0 ? <p>No sessions yet. Record your next 1:1 or pairing session.</p> : null}
      <ul className="feedback-list">
        {sessions.data?.map((session) => (
          <SessionRow key={session.id} session={session} />
        ))}
      </ul>
    </Page>
  );
}
