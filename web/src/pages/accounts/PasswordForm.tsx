import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, fieldErrors } from '../../api/client.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { PASSWORD_HINT } from './NewAccountForm.js';
import { formError } from '../../components/formError.js';

export function PasswordForm() {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState('');
  const change = useMutation({
    mutationFn: () => api('PUT /api/v1/me/password', { body: { currentPassword, newPassword } }),
    onMutate: () => setDone(''),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setDone('Password changed. You were signed out everywhere else; this browser stays signed in.');
    },
  });
  const fields = fieldErrors(change.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate();
  }

  return (
    <form className="card narrow" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading" className="section-heading">
        Change password
      </h2>
      <FormMessage error={formError(change.error, ['currentPassword', 'newPassword', 'password'])} />
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
      <TextField
        label="New password"
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
        <SubmitButton busy={change.isPending}>Change password</SubmitButton>
        <span role="status" className="muted">
          {done}
        </span>
      </div>
    </form>
  );
}
