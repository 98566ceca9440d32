import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { TokenSummary } from '../../../../src/schemas/accounts.js';
import { api } from '../../api/client.js';
import { FormMessage } from '../../components/fields.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { useSession } from '../../session.js';
import { ConfirmAction } from './ConfirmAction.js';
import { CreateTokenForm } from './CreateTokenForm.js';
import { formatExpiry } from './format.js';
import { formError } from '../../components/formError.js';
import { formatInstant } from '../../components/format.js';
import { tokensKey, useTokens } from '../../api/accounts.js';
import './accounts.css';

export default function TokensPage() {
  const { user } = useSession();
  const timeZone = user?.timeZone;
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const tokens = useTokens();
  const done = (message: string) => {
    setStatus(message);
    heading.current?.focus(); // the revoked row, and the button in it, are gone
    void queryClient.invalidateQueries({ queryKey: tokensKey });
  };
  const revoke = useMutation({
    mutationFn: (token: TokenSummary) => api('DELETE /api/v1/tokens/{id}', { params: { id: token.id } }),
    onMutate: () => setStatus(''),
    onSuccess: (_, token) => done(`Revoked “${token.name}”. Anything using it can no longer sign in with it.`),
  });
  const revokeAll = useMutation({
    mutationFn: () => api('DELETE /api/v1/tokens'),
    onMutate: () => setStatus(''),
    onSuccess: ({ revoked }) => done(`Revoked ${revoked} token${revoked === 1 ? '' : 's'}.`),
  });
  const now = Date.now();

  return (
    <Page title="Access tokens">
      <p>
        Access tokens let your own scripts use Growth Map as you, without your password. Send a token in the header{' '}
        <code>Authorization: Bearer gm_…</code>. Revoke a token as soon as you no longer need it.
      </p>
      <CreateTokenForm timeZone={timeZone ?? 'UTC'} />
      <section aria-labelledby="tokens-heading" className="card">
        <h2 id="tokens-heading" className="section-heading" ref={heading} tabIndex={-1}>
          Your tokens
        </h2>
        <FormMessage error={formError(revoke.error ?? revokeAll.error)} />
        <p role="status" className="status-line success">
          {status}
        </p>
        {tokens.isPending ? <Loading what="Loading your tokens" /> : null}
        {tokens.isError ? <LoadError error={tokens.error} /> : null}
        {tokens.data?.length === 0 ? <p>You have no access tokens. Create one above to connect a script.</p> : null}
        {tokens.data?.length ? (
          <>
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">Your access tokens</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Created</th>
                    <th scope="col">Last used</th>
                    <th scope="col">Expires</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.data.map((token) => (
                    <tr key={token.id}>
                      <th scope="row">{token.name}</th>
                      <td>{formatInstant(token.createdAt, timeZone)}</td>
                      <td>{formatInstant(token.lastUsedAt, timeZone, 'never')}</td>
                      <td>
                        {token.expiresAt && Date.parse(token.expiresAt) <= now ? <span className="tag bad">Expired</span> : null}{' '}
                        {formatExpiry(token.expiresAt, timeZone)}
                      </td>
                      <td>
                        <ConfirmAction
                          label={
                            <>
                              Revoke<span className="visually-hidden"> {token.name}</span>
                            </>
                          }
                          question={`Revoke “${token.name}”?`}
                          confirmLabel="Yes, revoke"
                          busy={revoke.isPending && revoke.variables.id === token.id}
                          onConfirm={() => revoke.mutate(token)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="button-row form-links">
              <ConfirmAction
                label="Revoke all tokens"
                question="Revoke every token? Scripts that use them will stop working until you create new ones."
                confirmLabel="Yes, revoke all"
                busy={revokeAll.isPending}
                onConfirm={() => revokeAll.mutate()}
                tone="danger"
              />
            </div>
          </>
        ) : null}
      </section>
    </Page>
  );
}
