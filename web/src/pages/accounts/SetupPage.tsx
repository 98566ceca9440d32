import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import { useSetupStatus } from '../../App.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { useSession } from '../../session.js';
import { type NewAccount, NewAccountForm } from './NewAccountForm.js';
import './accounts.css';

/** First run: the first account is the administrator. */
export default function SetupPage() {
  const setup = useSetupStatus();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (account: NewAccount) => api('POST /api/v1/setup', { body: account }),
    onSuccess: (result) => {
      signedIn(result);
      // Home offers the tailoring wizard first on an empty map.
      navigate('/', { replace: true });
    },
  });

  if (setup.isPending) return <Loading />;
  if (setup.isError) {
    return (
      <Page title="Set up Growth Map">
        <LoadError error={setup.error} />
      </Page>
    );
  }
  if (!setup.data.needsSetup && !create.isPending && !create.isSuccess) {
    return (
      <Page title="Growth Map is set up">
        <p>This Growth Map already has an administrator, so there is nothing to set up.</p>
        <p>{user ? <Link to="/map">Go to your Growth Map</Link> : <Link to="/sign-in">Sign in to continue</Link>}</p>
      </Page>
    );
  }
  return (
    <Page title="Set up Growth Map">
      <p>
        Welcome. Create the first account: it becomes the <strong>administrator</strong>, who can invite the rest of the team,
        make other administrators and issue password-reset links. You get your own Growth Map too.
      </p>
      <NewAccountForm
        submitLabel="Create administrator account"
        busyLabel="Creating account…"
        busy={create.isPending}
        error={create.error}
        onSubmit={(account) => create.mutate(account)}
      />
    </Page>
  );
}
