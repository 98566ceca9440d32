import { Link } from 'react-router';
import { useMentees } from '../../api/mentoring.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { formatDate, formatInstant } from '../../components/format.js';
import { useSession } from '../../session.js';
import { changeWords, sectionWords } from './words.js';
import './mentoring.css';

const TITLE = 'Mentees';

/** The mentor's dashboard: each mentee with what is due and what changed since the last look, from what they share. */
export default function MenteesPage() {
  const { user } = useSession();
  const mentees = useMentees();
  return (
    <Page title={TITLE}>
      <p className="lead">
        The people you mentor, with what is due and what changed since you last opened their map. You see only the sections each
        one shares with you.
      </p>
      {mentees.isPending ? (
        <Loading what="Loading your mentees" />
      ) : mentees.isError ? (
        <LoadError error={mentees.error} />
      ) : mentees.data.length === 0 ? (
        <p>Nobody shares their map with you yet. When someone invites you as their mentor and you accept, they appear here.</p>
      ) : (
        <ul className="mentee-list">
          {mentees.data.map((summary) => (
            <li key={summary.mentee.userId} className="card mentee">
              <h2>{summary.mentee.name}</h2>
              <p className="muted">Shares: {summary.sections.map((s) => sectionWords[s] ?? s).join(', ') || 'nothing yet'}</p>
              <div className="button-row compact">
                {summary.sections.includes('map') ? (
                  <>
                    <Link className="button" to={`/mentees/${summary.mentee.userId}/map`}>
                      Open {summary.mentee.name}’s map
                    </Link>
                    {/* The review is saved as a feedback session: it needs the feedback section too. */}
                    {summary.sections.includes('feedback') ? (
                      <Link className="button secondary" to={`/mentees/${summary.mentee.userId}/roadmap-review`}>
                        Roadmap review
                      </Link>
                    ) : null}
                  </>
                ) : null}
                {summary.unreadComments > 0 ? (
                  <span className="tag status unread-badge">{summary.unreadComments} unread comments</span>
                ) : null}
              </div>
              <h3>Due</h3>
              {summary.due.length === 0 ? (
                <p className="muted">Nothing due in the sections shared.</p>
              ) : (
                <ul className="due-list">
                  {summary.due.map((due) => (
                    <li key={`${due.kind}-${due.title}`}>
                      {due.overdue ? <strong>Overdue: </strong> : null}
                      {due.title}
                      {due.date && due.kind !== 'one-on-one' ? <span className="muted"> · {formatDate(due.date)}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
              <h3>
                {summary.lastSeen
                  ? `Changed since you last looked (${formatInstant(summary.lastSeen, user?.timeZone)})`
                  : 'Changed since you first could look'}
              </h3>
              {summary.changes.length === 0 ? (
                <p className="muted">Nothing new.</p>
              ) : (
                <ul className="change-list">
                  {summary.changes.map((change) => (
                    <li key={`${change.kind}-${change.id}`}>
                      <span className="tag">{changeWords[change.kind] ?? change.kind}</span> {change.title}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
