import { Link } from 'react-router';

/** The feedback screens link to each other; the navigation lists only the first. */
export function FeedbackNav() {
  return (
    <nav aria-label="Feedback screens" className="button-row feedback-subnav">
      <Link to="/feedback">Sessions</Link>
      <Link to="/feedback/action-items">Open action items</Link>
      <Link to="/feedback/rotation">Pairing rotation</Link>
    </nav>
  );
}
