import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, fieldErrors } from '../../api/client.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { useSession } from '../../session.js';
import { PASSWORD_HINT } from './NewAccountForm.js';
import { formError } from '../../components/formError.js';
import './accounts.css';

/** /reset/:token — a one-time link an administrator issued. Choosing a password signs you in. */
export default function ResetPasswordPage() {
  const token = useParams().token ?? '';
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const link = useQuery({
    queryKey: ['password-reset-status', token],
    queryFn: () => api('GET /api/v1/password-resets/{token}', { params: { token } }),
    staleTime: Infinity,
  });
  const reset = useMutation({
    mutationFn: (newPassword: string) =>
      api('POST /api/v1/password-resets/{token}', { params: { token }, body: { password: newPassword } }),
    onSuccess: (result) => {
      signedIn(result);
      navigate('/map', { replace: true });
    },
  });

  if (link.isPending) return <Loading what="Checking your link" />;
  if (link.isError) {
    return (
      <Page title="Choose a new password">
        <LoadError error={link.error} />
      </Page>
    );
  }
  if (!link.data.valid && !reset.isPending && !reset.isSuccess) {
    return (
      <Page title="This password-reset link does not work">
        <p>
          The link has been used or has expired. Ask an administrator for a new one, or <Link to="/sign-in">sign in</Link> if you
          remember your password.
        </p>
      </Page>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate(password);
  }

  return (
    <Page title="Choose a new password">
      <p>Pick a new password for your account. You will be signed in straight away.</p>
      <form className="card narrow" onSubmit={submit} noValidate>
        <FormMessage error={formError(reset.error, ['password'])} />
        <TextField
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors(reset.error).password}
          hint={PASSWORD_HINT}
        />
        <SubmitButton busy={reset.isPending} busyLabel="Saving password…">
          Save password and sign in
        </SubmitButton>
      </form>
    </Page>
  );
}
