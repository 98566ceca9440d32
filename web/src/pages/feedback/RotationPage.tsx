import { Link } from 'react-router';
import { usePairingRotation } from '../../api/feedback.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { DateText } from '../../components/text.js';
import { FeedbackNav } from './FeedbackNav.js';
import './feedback.css';

/** Growth-map guide, section 7: rotate pairing partners and domains, and see which ones went quiet. */
export default function RotationPage() {
  const rotation = usePairingRotation();
  return (
    <Page
      title="Pairing rotation"
      actions={
        <Link className="button" to="/feedback/new?kind=pairing">
          Record a pairing session
        </Link>
      }
    >
      <FeedbackNav />
      {rotation.isPending ? <Loading /> : null}
      {rotation.error ? <LoadError error={rotation.error} /> : null}
      {rotation.data ? (
        <>
          {rotation.data.notices.map((notice) => (
            <p key={notice.domain} className="notice">
              {notice.message}
            </p>
          ))}
          <section className="card feedback-card" aria-labelledby="partners-heading">
            <h2 id="partners-heading">Partners</h2>
            {rotation.data.partners.length === 0 ? <p>No pairing sessions yet.</p> : null}
            <ul>
              {rotation.data.partners.map((partner) => (
                <li key={partner.partner}>
                  {partner.partner}: {partner.sessions} {partner.sessions === 1 ? 'session' : 'sessions'}, last on{' '}
                  <DateText date={partner.lastDate} />
                </li>
              ))}
            </ul>
          </section>
          <section className="card feedback-card" aria-labelledby="weeks-heading">
            <h2 id="weeks-heading">By week</h2>
            {rotation.data.weeks.length === 0 ? <p>Weeks appear here once you record pairing sessions.</p> : null}
            <ul>
              {rotation.data.weeks.map((week) => (
                <li key={week.weekStart}>
                  Week of <DateText date={week.weekStart} />:{' '}
                  {week.sessions.map((s) => `${s.partner}${s.domain ? ` (${s.domain})` : ''}`).join(', ')}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </Page>
  );
}
