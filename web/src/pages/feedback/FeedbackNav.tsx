import { NavLink } from 'react-router';

/** The feedback screens link to each other; the navigation lists only the first. */
export function FeedbackNav() {
  return (
    <nav aria-label="Feedback screens" className="button-row feedback-subnav">
      <NavLink end to="/feedback">
        Sessions
      </NavLink>
      <NavLink end to="/feedback/action-items">
        Action items
      </NavLink>
      <NavLink end to="/feedback/rotation">
        Pairing rotation
      </NavLink>
    </nav>
  );
}
