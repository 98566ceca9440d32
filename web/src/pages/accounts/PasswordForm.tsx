import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { SignedIn } from '../../../../src/schemas/accounts.js';
import { api, fieldErrors } from '../../api/client.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { PASSWORD_HINT } from './NewAccountForm.js';
import { formError } from '../../components/formError.js';

/** Changes the password; an account made through single sign-on has none, and sets its first here. */
export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState('');
  const change = useMutation({
    mutationFn: () => api('PUT /api/v1/me/password', { body: hasPassword ? { currentPassword, newPassword } : { newPassword } }),
    onMutate: () => setDone(''),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setDone(
        hasPassword
          ? 'Password changed. You were signed out everywhere else; this browser stays signed in.'
          : 'Password set. You can sign in with your email and this password too; other browsers were signed out.',
      );
      queryClient.setQueryData<SignedIn | null>(['me'], (me) => (me ? { ...me, hasPassword: true } : me));
    },
  });
  const fields = fieldErrors(change.error);
  const title = hasPassword ? 'Change password' : 'Set a password';

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate();
  }

  return (
    <form className="card narrow" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading" className="section-heading">
        {title}
      </h2>
      {hasPassword ? null : (
        <p>You joined through single sign-on, so your account has no password. Set one to sign in with your email as well.</p>
      )}
      <FormMessage error={formError(change.error, ['currentPassword', 'newPassword', 'password'])} />
      {hasPassword ? (
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={fields.currentPassword}
        />
      ) : null}
      <TextField
        label={hasPassword ? 'New password' : 'Password'}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={newPassword}
        onChange={(e) => setNew(e.target.value)}
        error={fields.newPassword ?? fields.password}
        hint={PASSWORD_HINT}
      />
      <div className="button-row">
        <SubmitButton busy={change.isPending}>{hasPassword ? 'Change password' : 'Set password'}</SubmitButton>
        <span role="status" className="muted">
          {done}
        </span>
      </div>
    </form>
  );
}
