import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { fieldErrors } from '../../api/client.js';
import { useSetupStatus } from '../../App.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { Loading, Page } from '../../components/Page.js';
import { useSession } from '../../session.js';
import { SignInLimited, requestSignIn } from './signInRequest.js';
import { SingleSignOnChoice, ssoFailureMessage } from './SingleSignOn.js';
import { formError } from '../../components/formError.js';
import './accounts.css';

interface FromState {
  from?: string;
  /** A sentence another screen leaves for this one, like "Your account was deleted." */
  notice?: string;
}

function limitMessage(error: SignInLimited): string {
  if (!error.retryAt) return 'Too many sign-in attempts. Wait a few minutes, then try again.';
  const minutes = Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 60_000));
  const time = error.retryAt.toLocaleTimeString(undefined, { timeStyle: 'short' });
  return `Too many sign-in attempts. Try again at ${time} (in about ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}

export default function SignInPage() {
  const setup = useSetupStatus();
  const { user, signedIn } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const state = (location.state ?? {}) as FromState;
  const destination = state.from && state.from.startsWith('/') && state.from !== '/sign-in' ? state.from : '/map';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: requestSignIn,
    onSuccess: (result) => {
      signedIn(result);
      navigate(destination, { replace: true });
    },
  });

  if (setup.isPending) return <Loading />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (user && !signIn.isSuccess) {
    return (
      <Page title="Sign in">
        <p>
          You are signed in as {user.name} ({user.email}). <Link to={destination}>Continue to Growth Map</Link>
        </p>
      </Page>
    );
  }

  const fields = fieldErrors(signIn.error);
  const message =
    signIn.error instanceof SignInLimited ? limitMessage(signIn.error) : formError(signIn.error, ['email', 'password']);

  const sso = setup.data?.singleSignOn ?? null;
  const ssoFailure = ssoFailureMessage(search.get('sso'), sso?.label ?? 'single sign-on');

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ email, password });
  }

  return (
    <Page title="Sign in">
      {state.notice ? (
        <p role="status" className="success narrow">
          {state.notice}
        </p>
      ) : null}
      {ssoFailure ? (
        <p role="alert" className="form-error narrow">
          {ssoFailure}
        </p>
      ) : null}
      <form className="card narrow" onSubmit={submit} noValidate>
        <FormMessage error={message} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fields.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password}
        />
        <SubmitButton busy={signIn.isPending} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      {sso ? <SingleSignOnChoice label={sso.label} /> : null}
      <div className="form-links narrow">
        <p className="muted">Forgot your password? Ask an administrator for a password-reset link.</p>
        {setup.data?.signup === 'open' ? (
          <p>
            New here? <Link to="/join">Create an account</Link>
          </p>
        ) : (
          <p className="muted">New here? Ask an administrator for an invitation link.</p>
        )}
      </div>
    </Page>
  );
}
