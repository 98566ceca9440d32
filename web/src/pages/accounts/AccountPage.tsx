import { Link } from 'react-router';
import { urlOf } from '../../api/client.js';
import { Page, ScreenLoading } from '../../components/Page.js';
import { useSession } from '../../session.js';
import { DeleteAccount } from './DeleteAccount.js';
import { PasswordForm } from './PasswordForm.js';
import { ProfileForm } from './ProfileForm.js';
import { RestoreAccount } from './RestoreAccount.js';
import './accounts.css';

export default function AccountPage() {
  const { user, hasPassword } = useSession();
  if (!user) return <ScreenLoading />;
  return (
    <Page title="Your account">
      <ProfileForm key={user.id} user={user} />
      <PasswordForm hasPassword={hasPassword} />
      <section className="card narrow" aria-labelledby="export-heading">
        <h2 id="export-heading" className="section-heading">
          Your data
        </h2>
        <p>
          Download your account, Growth Map and its level history, learning cycles and their log, reviews, self-checks and
          settings as one JSON file. It is yours to keep, move or back up.
        </p>
        <p className="button-row">
          <a className="button secondary" href={urlOf('GET /api/v1/me/export')} download>
            Download everything (JSON)
          </a>
          <Link to="/account/tokens">Manage access tokens</Link>
        </p>
      </section>
      <RestoreAccount />
      <DeleteAccount user={user} hasPassword={hasPassword} />
    </Page>
  );
}
