import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { InviteForm } from './InviteForm.js';
import { MentorshipList } from './MentorshipList.js';
import './mentors.css';

/** Mentors: the engineer decides who reads which sections, sees who looked, and can take it back. */
export default function MentorsPage() {
  return (
    <Page
      title="Mentors"
      actions={
        <Link className="button secondary" to="/access-log">
          Access log
        </Link>
      }
    >
      <p className="lead">
        Turn your self-check into a growth plan with someone who has walked the path: 1:1 mentoring works best when your mentor
        can see your map, cycles and evidence. Share only what helps.
      </p>
      <div className="mentors">
        <InviteForm />
        <MentorshipList />
      </div>
    </Page>
  );
}
