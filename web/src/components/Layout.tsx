import { Link, Outlet } from 'react-router';
import { useSession } from '../session.js';
import { Navigation, NavigationSub } from './Navigation.js';
import { useUnreadCommentsOnNavigation } from './UnreadCount.js';
import './navigation.css';

export function Layout() {
  const { user, loading } = useSession();
  const unread = useUnreadCommentsOnNavigation(user !== null);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header no-print">
        <Link to="/" className="brand">
          Growth Map
        </Link>
        {user ? <Navigation user={user} unread={unread} /> : null}
      </header>
      {user ? <NavigationSub unread={unread} /> : null}
      {/* Drawn once the session is known: the navigation above it would otherwise push it down. */}
      {loading ? null : (
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      )}
    </>
  );
}
