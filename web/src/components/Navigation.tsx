import { Link, useLocation, useNavigate } from 'react-router';
import type { User } from '../../../src/schemas/accounts.js';
import { useSession } from '../session.js';
import { NavigationDisclosure } from './NavigationDisclosure.js';
import {
  type NavItem,
  accountItemsFor,
  ariaCurrent,
  ariaCurrentArea,
  currentArea,
  listsUnreadComments,
  shownAreas,
  unreadName,
} from './NavigationAreas.js';
import { UnreadCount } from './UnreadCount.js';

function ItemLinks({ items, unread = 0 }: { items: readonly NavItem[]; unread?: number }) {
  const { pathname } = useLocation();
  return items.map((item) => (
    <li key={item.to}>
      <Link
        to={item.to}
        aria-current={ariaCurrent(item, pathname)}
        aria-label={item.listsUnreadComments ? unreadName(item.label, unread) : undefined}
      >
        {item.label}
        {item.listsUnreadComments ? <UnreadCount count={unread} /> : null}
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
function WideNavigation({ user, unread }: NavigationProps) {
  const { pathname } = useLocation();
  return (
    <>
      <nav aria-label="Main" className="nav-wide">
        <ul className="nav-areas">
          {shownAreas().map((area) => (
            <li key={area.id}>
              <Link
                to={area.items[0]?.to ?? '/'}
                aria-current={ariaCurrentArea(area, pathname)}
                aria-label={listsUnreadComments(area) ? unreadName(area.label, unread, true) : undefined}
              >
                {area.label}
                {listsUnreadComments(area) ? <UnreadCount count={unread} /> : null}
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
function NarrowNavigation({ user, unread }: NavigationProps) {
  return (
    <nav aria-label="Main" className="nav-narrow nav-end">
      <NavigationDisclosure
        className="nav-menu"
        buttonClassName="nav-toggle"
        panelClassName="nav-panel nav-menu-panel"
        label={
          <>
            Menu
            <UnreadCount count={unread} />
          </>
        }
        name={unreadName('Menu', unread, true)}
      >
        {shownAreas().map((area) => (
          <div className="nav-group" key={area.id}>
            <span className="nav-group-label" id={`nav-group-${area.id}`}>
              {area.label}
            </span>
            <ul className="nav-list" aria-labelledby={`nav-group-${area.id}`}>
              <ItemLinks items={area.items} unread={unread} />
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

interface NavigationProps {
  user: User;
  /** Unread comments, shown beside the entries that lead to them. */
  unread: number;
}

export function Navigation({ user, unread }: NavigationProps) {
  return (
    <>
      <WideNavigation user={user} unread={unread} />
      <NarrowNavigation user={user} unread={unread} />
    </>
  );
}

/** The screens of the area the page is in, under the header, when the area has more than one. */
export function NavigationSub({ unread }: { unread: number }) {
  const { pathname } = useLocation();
  const area = currentArea(pathname);
  if (!area || area.items.length < 2) return null;
  return (
    <nav aria-label={area.label} className="subnav nav-wide no-print">
      <ul className="subnav-list">
        <ItemLinks items={area.items} unread={unread} />
      </ul>
    </nav>
  );
}
