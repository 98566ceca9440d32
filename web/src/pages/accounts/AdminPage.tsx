import { Link } from 'react-router';
import { useSetupStatus } from '../../App.js';
import { Loading, Page } from '../../components/Page.js';
import { useSession } from '../../session.js';
import { InvitationsSection } from './InvitationsSection.js';
import { UsersSection } from './UsersSection.js';
import './accounts.css';

export default function AdminPage() {
  const { user } = useSession();
  const setup = useSetupStatus();
  if (!user) return <Loading />;
  if (user.role !== 'admin') {
    return (
      <Page title="Administration">
        <p className="notice narrow">
          You need to be an administrator to see this page. Ask an administrator if you need someone invited or a password reset.
        </p>
        <p>
          <Link to="/map">Back to your Growth Map</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Administration">
      <InvitationsSection timeZone={user.timeZone} signupOpen={setup.data?.signup === 'open'} />
      <UsersSection me={user} />
    </Page>
  );
}
