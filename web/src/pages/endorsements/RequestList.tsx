import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EndorsementRequest } from '../../../../src/schemas/endorsements.js';
import { api } from '../../api/client.js';
import { endorsementsKey, useEndorsementRequests } from '../../api/endorsements.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { LoadError, Loading } from '../../components/Page.js';
import { formError } from '../../components/formError.js';
import { formatDate } from '../../components/format.js';

const statusWords: Record<EndorsementRequest['status'], string> = {
  open: 'Waiting for an answer',
  answered: 'Answered',
  expired: 'Expired',
  withdrawn: 'Withdrawn',
};

/** The requests sent, newest first, with their status; an open one can be withdrawn. */
export function RequestList() {
  const requests = useEndorsementRequests();
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">Requests</h2>
      {requests.isPending ? (
        <Loading what="Loading your requests" />
      ) : requests.isError ? (
        <LoadError error={requests.error} />
      ) : requests.data.length === 0 ? (
        <p className="card empty-state">No requests yet. Ask someone who saw your work with the form above.</p>
      ) : (
        <ul className="endorsement-list">
          {requests.data.map((request) => (
            <RequestItem key={request.id} request={request} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestItem({ request }: { request: EndorsementRequest }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => api('DELETE /api/v1/endorsement-requests/{id}', { params: { id: request.id } }),
    onSuccess: async () => {
      setConfirming(false);
      await client.invalidateQueries({ queryKey: endorsementsKey });
    },
  });
  return (
    <li className="card">
      <p>
        <strong>{request.name}</strong>
        {request.email ? ` (${request.email})` : null} · {statusWords[request.status]}
      </p>
      <p className="muted">
        Asked {formatDate(request.createdAt.slice(0, 10))}
        {request.status === 'open' ? `; the link works until ${formatDate(request.expiresAt.slice(0, 10))}` : null}.
      </p>
      {request.status === 'open' ? (
        confirming ? (
          <InlineConfirm
            message={`Withdraw the request to ${request.name}? The link stops working at once.`}
            confirmLabel="Withdraw"
            busy={withdraw.isPending}
            onConfirm={() => withdraw.mutate()}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <div className="button-row compact">
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Withdraw<span className="visually-hidden"> the request to {request.name}</span>
            </button>
          </div>
        )
      ) : null}
      {withdraw.error ? (
        <p className="form-error" role="alert">
          {formError(withdraw.error)}
        </p>
      ) : null}
    </li>
  );
}
