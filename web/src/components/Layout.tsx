import { Link, Outlet } from 'react-router';
import { useSession } from '../session.js';
import { Navigation, NavigationSub } from './Navigation.js';
import './navigation.css';

export function Layout() {
  const { user } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header no-print">
        <Link to="/" className="brand">
          Growth Map
        </Link>
        {user ? <Navigation user={user} /> : null}
      </header>
      {user ? <NavigationSub /> : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
