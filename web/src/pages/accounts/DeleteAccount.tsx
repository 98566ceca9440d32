import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { User } from '../../../../src/schemas/accounts.js';
import { api, fieldErrors } from '../../api/client.js';
import { FormMessage, TextField } from '../../components/fields.js';
import { useSession } from '../../session.js';
import { formError } from '../../components/formError.js';

/**
 * The danger zone: typing the email and the password is the confirmation; for an account without
 * a password (made through single sign-on), the email alone, in this signed-in browser.
 */
export function DeleteAccount({ user, hasPassword }: { user: User; hasPassword: boolean }) {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState('');
  const [password, setPassword] = useState('');
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/me', { body: hasPassword ? { confirm, password } : { confirm } }),
    onSuccess: async () => {
      navigate('/sign-in', { replace: true, state: { notice: 'Your account and everything in it were deleted.' } });
      await signOut();
    },
  });
  const fields = fieldErrors(remove.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate();
  }

  return (
    <form className="card narrow danger-zone" onSubmit={submit} noValidate aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="section-heading">
        Delete your account
      </h2>
      <p>
        This deletes your account, your Growth Map and everything in it: destinations, skills, cycles, reviews, self-checks and
        access tokens. It cannot be undone. Download everything first if you want to keep a copy.
      </p>
      <FormMessage error={formError(remove.error, ['confirm', 'password'])} />
      <TextField
        label={`Type your email (${user.email}) to confirm`}
        name="confirm"
        type="email"
        autoComplete="off"
        required
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={fields.confirm}
      />
      {hasPassword ? (
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
      ) : null}
      <button type="submit" className="danger" disabled={remove.isPending} aria-busy={remove.isPending || undefined}>
        {remove.isPending ? 'Deleting…' : 'Delete my account permanently'}
      </button>
    </form>
  );
}
