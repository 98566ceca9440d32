import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSession } from '../session.js';

export function Layout() {
  const { user, loading, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          Growth Map
        </NavLink>
        {user ? (
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to="/" end>
                  This week
                </NavLink>
              </li>
              <li>
                <NavLink to="/cycles">Cycles</NavLink>
              </li>
              <li>
                <NavLink to="/framework">Framework</NavLink>
              </li>
              <li>
                <NavLink to="/map" end>
                  Map editor
                </NavLink>
              </li>
              <li>
                <NavLink to="/map/one-page">One-page map</NavLink>
              </li>
              <li>
                <NavLink to="/reviews">Reviews</NavLink>
              </li>
              <li>
                <NavLink to="/settings">Settings</NavLink>
              </li>
              <li>
                <NavLink to="/account" end>
                  Account
                </NavLink>
              </li>
              <li>
                <NavLink to="/account/tokens">Access tokens</NavLink>
              </li>
              {user.role === 'admin' ? (
                <li>
                  <NavLink to="/admin" end>
                    Administration
                  </NavLink>
                </li>
              ) : null}
              {user.role === 'admin' ? (
                <li>
                  <NavLink to="/admin/framework">Framework content</NavLink>
                </li>
              ) : null}
              <li>
                <button
                  type="button"
                  className="link-button"
                  onClick={async () => {
                    await signOut();
                    navigate('/sign-in');
                  }}
                >
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        ) : null}
      </header>
      {/* Drawn once the session is known: the navigation above it would otherwise push it down. */}
      {loading ? null : (
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      )}
    </>
  );
}
