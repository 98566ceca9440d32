import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { AskForm } from './AskForm.js';
import { ReceivedList } from './ReceivedList.js';
import { RequestList } from './RequestList.js';
import './endorsements.css';

/** Peer endorsements: ask by link, follow the requests, and decide what the sheet shows. */
export default function EndorsementsPage() {
  return (
    <Page
      title="Endorsements"
      actions={
        <Link className="button secondary" to="/endorsements/sheet">
          Endorsement sheet
        </Link>
      }
    >
      <p className="lead">
        Ask colleagues who saw your work to vouch for it in their own words. Approved endorsements appear on your endorsement
        sheet; nothing is shown to anyone before you approve it.
      </p>
      <AskForm />
      <ReceivedList />
      <RequestList />
    </Page>
  );
}
