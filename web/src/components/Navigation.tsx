import { Link, useLocation, useNavigate } from 'react-router';
import type { User } from '../../../src/schemas/accounts.js';
import { useSession } from '../session.js';
import { NavigationDisclosure } from './NavigationDisclosure.js';
import { type NavItem, accountItemsFor, ariaCurrent, ariaCurrentArea, currentArea, shownAreas } from './NavigationAreas.js';

function ItemLinks({ items }: { items: readonly NavItem[] }) {
  const { pathname } = useLocation();
  return items.map((item) => (
    <li key={item.to}>
      <Link to={item.to} aria-current={ariaCurrent(item, pathname)}>
        {item.label}
      </Link>
    </li>
  ));
}

function SignOutButton() {
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="nav-sign-out"
      onClick={async () => {
        await signOut();
        navigate('/sign-in');
      }}
    >
      Sign out
    </button>
  );
}

/** Who is signed in, their own pages, and the way out: the same list in the account menu and the phone menu. */
function AccountLinks({ user }: { user: User }) {
  return (
    <>
      <p className="nav-signed-in">
        Signed in as <span className="nav-email">{user.email}</span>
      </p>
      <ul className="nav-list">
        <ItemLinks items={accountItemsFor(user.role === 'admin')} />
        <li>
          <SignOutButton />
        </li>
      </ul>
    </>
  );
}

/** Wide screens: the work areas on one line, the account menu at the end. */
function WideNavigation({ user }: { user: User }) {
  const { pathname } = useLocation();
  return (
    <>
      <nav aria-label="Main" className="nav-wide">
        <ul className="nav-areas">
          {shownAreas().map((area) => (
            <li key={area.id}>
              <Link to={area.items[0]?.to ?? '/'} aria-current={ariaCurrentArea(area, pathname)}>
                {area.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Account" className="nav-wide nav-end">
        <NavigationDisclosure
          className="nav-account"
          buttonClassName="nav-toggle"
          panelClassName="nav-panel nav-account-panel"
          label={
            <>
              <span className="nav-account-name">{user.name}</span>
              <span className="visually-hidden"> account menu</span>
            </>
          }
        >
          <AccountLinks user={user} />
        </NavigationDisclosure>
      </nav>
    </>
  );
}

/** Phones: one line with a Menu button that opens every area's screens and the account's. */
function NarrowNavigation({ user }: { user: User }) {
  return (
    <nav aria-label="Main" className="nav-narrow nav-end">
      <NavigationDisclosure
        className="nav-menu"
        buttonClassName="nav-toggle"
        panelClassName="nav-panel nav-menu-panel"
        label="Menu"
      >
        {shownAreas().map((area) => (
          <div className="nav-group" key={area.id}>
            <span className="nav-group-label" id={`nav-group-${area.id}`}>
              {area.label}
            </span>
            <ul className="nav-list" aria-labelledby={`nav-group-${area.id}`}>
              <ItemLinks items={area.items} />
            </ul>
          </div>
        ))}
        <div className="nav-group">
          <span className="nav-group-label">Account</span>
          <AccountLinks user={user} />
        </div>
      </NavigationDisclosure>
    </nav>
  );
}

export function Navigation({ user }: { user: User }) {
  return (
    <>
      <WideNavigation user={user} />
      <NarrowNavigation user={user} />
    </>
  );
}

/** The screens of the area the page is in, under the header, when the area has more than one. */
export function NavigationSub() {
  const { pathname } = useLocation();
  const area = currentArea(pathname);
  if (!area || area.items.length < 2) return null;
  return (
    <nav aria-label={area.label} className="subnav nav-wide no-print">
      <ul className="subnav-list">
        <ItemLinks items={area.items} />
      </ul>
    </nav>
  );
}
