import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SignedIn, User } from '../../../../src/schemas/accounts.js';
import { api, isConflict } from '../../api/client.js';
import { FormMessage } from '../../components/fields.js';
import { LoadError, Loading } from '../../components/Page.js';
import { ConfirmAction } from './ConfirmAction.js';
import { CopyField } from '../../components/CopyField.js';
import { formError } from '../../components/formError.js';
import { formatInstant } from '../../components/format.js';
import { useUsers } from '../../api/accounts.js';

interface Change {
  user: User;
  patch: { role?: User['role']; disabled?: boolean };
  done: string;
}

interface ResetLink {
  user: User;
  url: string;
  expiresAt: string;
}

export function UsersSection({ me }: { me: User }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const users = useUsers();
  const replace = (updated: User) => {
    queryClient.setQueryData<User[]>(['users'], (list) => list?.map((u) => (u.id === updated.id ? updated : u)));
    if (updated.id === me.id) {
      queryClient.setQueryData<SignedIn | null>(['me'], (current) => (current ? { ...current, user: updated } : current));
    }
  };
  const change = useMutation({
    mutationFn: ({ user, patch }: Change) =>
      api('PATCH /api/v1/users/{id}', { params: { id: user.id }, body: { version: user.version, ...patch } }),
    onMutate: () => setStatus(''),
    onSuccess: (updated, { done }) => {
      replace(updated);
      setStatus(done);
    },
    onError: (error) => {
      // A stale row comes back with the user as it is now, so the next try uses fresh data.
      if (isConflict(error) && error.current) replace(error.current as User);
    },
  });
  const reset = useMutation({
    mutationFn: (user: User) =>
      api('POST /api/v1/users/{id}/password-reset', { params: { id: user.id } }).then((link): ResetLink => ({ user, ...link })),
    onMutate: () => setStatus(''),
  });
  const busyFor = (user: User) => change.isPending && change.variables.user.id === user.id;
  // The server keeps one enabled administrator (409 otherwise): say so before anyone presses the button.
  const enabledAdmins = users.data?.filter((u) => u.role === 'admin' && !u.disabled).length ?? 0;
  const isLastAdmin = (user: User) => user.role === 'admin' && !user.disabled && enabledAdmins <= 1;
  const conflictHint =
    isConflict(change.error) && change.error.current ? ' The table now shows the latest; try again if it is still needed.' : '';

  return (
    <section className="card" aria-labelledby="users-heading">
      <h2 id="users-heading" className="section-heading">
        People
      </h2>
      <FormMessage error={change.error ? `${formError(change.error)}${conflictHint}` : formError(reset.error)} />
      <p role="status" className="status-line success">
        {status}
      </p>
      {reset.data ? (
        <div className="card secret-panel">
          <CopyField
            label={`Password-reset link for ${reset.data.user.name}`}
            value={reset.data.url}
            hint={`Send it to ${reset.data.user.name} privately. It works once, until ${formatInstant(reset.data.expiresAt, me.timeZone)}, and will not be shown again.`}
          />
        </div>
      ) : null}
      {users.isPending ? <Loading what="Loading people" /> : null}
      {users.isError ? <LoadError error={users.error} /> : null}
      {users.data ? (
        <div className="table-scroll">
          <table>
            <caption>Everyone with an account</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => {
                const promote = user.role === 'member';
                const last = isLastAdmin(user);
                const reasonId = `last-admin-${user.id}`;
                return (
                  <tr key={user.id}>
                    <th scope="row">
                      {user.name}
                      {user.id === me.id ? ' (you)' : ''}
                    </th>
                    <td>{user.email}</td>
                    <td>{user.role === 'admin' ? 'Administrator' : 'Member'}</td>
                    <td>
                      {user.disabled ? <span className="tag bad">Disabled</span> : <span className="tag good">Active</span>}
                    </td>
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          className="secondary"
                          disabled={busyFor(user) || last}
                          aria-describedby={last ? reasonId : undefined}
                          onClick={() =>
                            change.mutate({
                              user,
                              patch: { role: promote ? 'admin' : 'member' },
                              done: `${user.name} is now ${promote ? 'an administrator' : 'a member'}.`,
                            })
                          }
                        >
                          {promote ? 'Make administrator' : 'Make member'}
                          <span className="visually-hidden"> ({user.name})</span>
                        </button>
                        {last ? (
                          <button type="button" className="secondary" disabled aria-describedby={reasonId}>
                            Disable<span className="visually-hidden"> {user.name}</span>
                          </button>
                        ) : user.disabled ? (
                          <button
                            type="button"
                            className="secondary"
                            disabled={busyFor(user)}
                            onClick={() =>
                              change.mutate({ user, patch: { disabled: false }, done: `${user.name} can sign in again.` })
                            }
                          >
                            Enable<span className="visually-hidden"> {user.name}</span>
                          </button>
                        ) : (
                          <ConfirmAction
                            label={
                              <>
                                Disable<span className="visually-hidden"> {user.name}</span>
                              </>
                            }
                            question={
                              user.id === me.id
                                ? 'Disable your own account? You will be signed out at once.'
                                : `Disable ${user.name}? They are signed out and cannot sign in until enabled.`
                            }
                            confirmLabel="Yes, disable"
                            busy={busyFor(user)}
                            onConfirm={() =>
                              change.mutate({ user, patch: { disabled: true }, done: `${user.name} is disabled and signed out.` })
                            }
                          />
                        )}
                        <button type="button" className="secondary" disabled={reset.isPending} onClick={() => reset.mutate(user)}>
                          Password-reset link<span className="visually-hidden"> for {user.name}</span>
                        </button>
                      </div>
                      {last ? (
                        <p id={reasonId} className="field-hint">
                          The last administrator stays an enabled administrator: make someone else an administrator first.
                        </p>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
