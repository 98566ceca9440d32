import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, fieldErrors } from '../../api/client.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { CopyField } from '../../components/CopyField.js';
import { formatExpiry } from './format.js';
import { formError } from '../../components/formError.js';
import { tokensKey } from '../../api/accounts.js';

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

export function CreateTokenForm({ timeZone }: { timeZone: string }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const create = useMutation({
    mutationFn: () => api('POST /api/v1/tokens', { body: { name, expiresAt: expiresAt || null } }),
    onSuccess: () => {
      setName('');
      setExpiresAt('');
      void queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });
  const fields = fieldErrors(create.error);
  const created = create.data;

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <div className="stack">
      <form className="card narrow" onSubmit={submit} noValidate aria-labelledby="create-token-heading">
        <h2 id="create-token-heading" className="section-heading">
          Create a token
        </h2>
        <FormMessage error={formError(create.error, ['name', 'expiresAt'])} />
        <TextField
          label="Name"
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
          hint="Where you will use it, like “backup job” or “weekly export script”."
        />
        <TextField
          label="Expires on (optional)"
          name="expiresAt"
          type="date"
          min={tomorrow()}
          value={expiresAt}
          onChange={(e) => setExpiresAt(e.target.value)}
          error={fields.expiresAt}
          hint="The token stops working at the end of this day (UTC). Leave empty for a token that does not expire."
        />
        <SubmitButton busy={create.isPending} busyLabel="Creating…">
          Create token
        </SubmitButton>
      </form>
      {created ? (
        <section className="card secret-panel" aria-labelledby="new-token-heading">
          <h2 id="new-token-heading" className="section-heading">
            Your new token “{created.name}”
          </h2>
          <p className="notice" role="status">
            Copy this token now. It will not be shown again: Growth Map keeps only a fingerprint of it.
          </p>
          <CopyField label="Token secret" value={created.token} hint={`Expires: ${formatExpiry(created.expiresAt, timeZone)}.`} />
          <button type="button" className="secondary" onClick={() => create.reset()}>
            I have saved it — hide the token
          </button>
        </section>
      ) : null}
    </div>
  );
}
