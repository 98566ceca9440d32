import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useSetupStatus } from '../../App.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { useSession } from '../../session.js';
import { type NewAccount, NewAccountForm } from './NewAccountForm.js';
import './accounts.css';

/** /join/:token with an invitation, or /join when the server allows open sign-up. */
export default function JoinPage() {
  const { token } = useParams();
  const setup = useSetupStatus();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const invitation = useQuery({
    queryKey: ['invitation-status', token],
    queryFn: () => api('GET /api/v1/join/{token}', { params: { token: token ?? '' } }),
    enabled: Boolean(token),
    staleTime: Infinity,
  });
  const join = useMutation({
    mutationFn: (account: NewAccount) => api('POST /api/v1/users', { body: token ? { ...account, invitation: token } : account }),
    onSuccess: (result) => {
      signedIn(result);
      navigate('/map', { replace: true });
    },
  });

  if (setup.isPending || (token && invitation.isPending)) return <Loading what="Checking your link" />;
  if (setup.isError || invitation.isError) {
    return (
      <Page title="Join Growth Map">
        <LoadError error={setup.error ?? invitation.error} />
      </Page>
    );
  }
  if (setup.data.needsSetup) return <Navigate to="/setup" replace />;
  const working = join.isPending || join.isSuccess;
  if (token && !invitation.data?.valid && !working) {
    return (
      <Page title="This invitation link does not work">
        <p>The link has been used, revoked or has expired. Ask an administrator for a new invitation link.</p>
        <p>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      </Page>
    );
  }
  if (!token && setup.data.signup !== 'open') {
    return (
      <Page title="Joining needs an invitation">
        <p>This Growth Map is invite-only. Ask an administrator for an invitation link, then open it to create your account.</p>
        <p>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Join Growth Map">
      <p>
        {token ? 'You have been invited. ' : ''}Create your account to start your own Growth Map: destinations, the skills that
        lead there, learning cycles and the evidence you collect on the way.
      </p>
      {user && !working ? (
        <p className="notice narrow">
          You are signed in as {user.email}. Creating a new account signs you in as the new account instead.
        </p>
      ) : null}
      <NewAccountForm
        submitLabel="Create account"
        busyLabel="Creating account…"
        busy={join.isPending}
        error={join.error}
        onSubmit={(account) => join.mutate(account)}
      />
      <p className="form-links">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </Page>
  );
}
