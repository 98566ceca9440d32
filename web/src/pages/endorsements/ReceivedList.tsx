import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Endorsement } from '../../../../src/schemas/endorsements.js';
import { api } from '../../api/client.js';
import { endorsementsKey, useEndorsements } from '../../api/endorsements.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { LoadError, Loading } from '../../components/Page.js';
import { formError } from '../../components/formError.js';
import { levelName } from '../../components/format.js';

const statusWords: Record<Endorsement['status'], string> = {
  pending: 'Waiting for your decision',
  approved: 'Approved: on your endorsement sheet',
  hidden: 'Hidden',
};

/** Endorsements received; each is approved (shown on the sheet), hidden or deleted by the owner. */
export function ReceivedList() {
  const received = useEndorsements();
  return (
    <section aria-labelledby="received-heading">
      <h2 id="received-heading">Received</h2>
      {received.isPending ? (
        <Loading what="Loading your endorsements" />
      ) : received.isError ? (
        <LoadError error={received.error} />
      ) : received.data.length === 0 ? (
        <p className="card empty-state">
          Nothing received yet. When someone answers a request, their endorsement appears here for you to approve or hide.
        </p>
      ) : (
        <ul className="endorsement-list">
          {received.data.map((endorsement) => (
            <ReceivedItem key={endorsement.id} endorsement={endorsement} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReceivedItem({ endorsement }: { endorsement: Endorsement }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: endorsementsKey });
  const change = useMutation({
    mutationFn: (status: 'approved' | 'hidden') =>
      api('PATCH /api/v1/endorsements/{id}', { params: { id: endorsement.id }, body: { status, version: endorsement.version } }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/endorsements/{id}', { params: { id: endorsement.id } }),
    onSuccess: refresh,
  });
  const who = endorsement.endorserName;
  return (
    <li className="card">
      <blockquote className="endorsement-quote">{endorsement.quote}</blockquote>
      <p>
        — {who}
        {endorsement.relationship ? `, ${endorsement.relationship}` : null}
        {endorsement.showName ? null : <span className="muted"> (asked not to be named to others)</span>}
      </p>
      {endorsement.observations.length > 0 ? (
        <ul className="observations">
          {endorsement.observations.map((o) => (
            <li key={o.skillId}>
              {o.skillName ?? 'A skill no longer on your map'}: {levelName(o.level)} observed
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{statusWords[endorsement.status]}</p>
      {confirming ? (
        <InlineConfirm
          message={`Delete the endorsement from ${who}? This cannot be undone.`}
          confirmLabel="Delete"
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="button-row compact">
          {endorsement.status !== 'approved' ? (
            <button type="button" onClick={() => change.mutate('approved')} disabled={change.isPending}>
              Approve<span className="visually-hidden"> the endorsement from {who}</span>
            </button>
          ) : null}
          {endorsement.status !== 'hidden' ? (
            <button type="button" className="secondary" onClick={() => change.mutate('hidden')} disabled={change.isPending}>
              Hide<span className="visually-hidden"> the endorsement from {who}</span>
            </button>
          ) : null}
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Delete<span className="visually-hidden"> the endorsement from {who}</span>
          </button>
        </div>
      )}
      {change.error || remove.error ? (
        <p className="form-error" role="alert">
          {formError(change.error ?? remove.error)}
        </p>
      ) : null}
    </li>
  );
}
