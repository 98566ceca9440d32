import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api } from '../../api/client.js';
import { FormMessage } from '../../components/fields.js';
import { LoadError, Loading } from '../../components/Page.js';
import { ConfirmAction } from './ConfirmAction.js';
import { CopyField } from '../../components/CopyField.js';
import { formError } from '../../components/formError.js';
import { formatInstant } from '../../components/format.js';
import { invitationsKey, useInvitations } from '../../api/accounts.js';

export function InvitationsSection({ timeZone, signupOpen }: { timeZone: string; signupOpen: boolean }) {
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const invitations = useInvitations();
  const refresh = () => queryClient.invalidateQueries({ queryKey: invitationsKey });
  const create = useMutation({
    mutationFn: () => api('POST /api/v1/invitations'),
    onMutate: () => setStatus(''),
    onSuccess: () => void refresh(),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE /api/v1/invitations/{id}', { params: { id } }),
    onMutate: () => setStatus(''),
    onSuccess: (_, id) => {
      if (create.data?.id === id) create.reset();
      setStatus('Invitation revoked. Its link no longer works.');
      heading.current?.focus();
      void refresh();
    },
  });

  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="section-heading" ref={heading} tabIndex={-1}>
        Invitations
      </h2>
      <p>
        An invitation link lets one person create an account. Send it to them privately.
        {signupOpen ? ' Sign-up is also open, so anyone who can reach this server can join at /join.' : ''}
      </p>
      <FormMessage error={formError(create.error ?? revoke.error)} />
      <p role="status" className="status-line success">
        {status}
      </p>
      <button type="button" onClick={() => create.mutate()} disabled={create.isPending} aria-busy={create.isPending || undefined}>
        {create.isPending ? 'Creating link…' : 'Create invitation link'}
      </button>
      {create.data ? (
        <div className="card secret-panel">
          <CopyField
            label="Invitation link"
            value={create.data.url}
            hint={`Works once, until ${formatInstant(create.data.expiresAt, timeZone)}. Copy it now: it will not be shown again.`}
          />
        </div>
      ) : null}
      {invitations.isPending ? <Loading what="Loading invitations" /> : null}
      {invitations.isError ? <LoadError error={invitations.error} /> : null}
      {invitations.data?.length === 0 ? (
        <p className="muted">No open invitations. Create a link and send it to the person you want to invite.</p>
      ) : null}
      {invitations.data?.length ? (
        <div className="table-scroll">
          <table>
            <caption>Open invitations</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Created by</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{formatInstant(invitation.createdAt, timeZone)}</td>
                  <td>{invitation.createdBy}</td>
                  <td>{formatInstant(invitation.expiresAt, timeZone)}</td>
                  <td>
                    <ConfirmAction
                      label={
                        <>
                          Revoke
                          <span className="visually-hidden">
                            {' '}
                            invitation created {formatInstant(invitation.createdAt, timeZone)}
                          </span>
                        </>
                      }
                      question="Revoke this invitation?"
                      confirmLabel="Yes, revoke"
                      busy={revoke.isPending && revoke.variables === invitation.id}
                      onConfirm={() => revoke.mutate(invitation.id)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
