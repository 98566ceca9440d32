/** One place that says which screen belongs where; the header, its sub-navigation and the phone menu read it. */
export interface NavItem {
  label: string;
  to: string;
  /** Further paths this item stands for: `/cycles` also covers `/cycles/…`. */
  covers?: readonly string[];
  adminOnly?: boolean;
  /** The screen listing unread comments: its entry, and its area's, carry their count. */
  listsUnreadComments?: true;
}

export interface NavArea {
  id: 'plan' | 'practise' | 'prove' | 'review' | 'people';
  label: string;
  items: readonly NavItem[];
}

/**
 * The work areas, in the order people go through them. The first item is the area's landing
 * screen. An area without items is not shown, so an area appears the day its first screen is
 * listed here, and never promises what is not there.
 */
export const areas: readonly NavArea[] = [
  {
    id: 'plan',
    label: 'Plan',
    items: [
      { label: 'Map editor', to: '/map', covers: ['/skills'] },
      { label: 'One-page map', to: '/map/one-page' },
      { label: 'Framework', to: '/framework', covers: ['/framework'] },
      { label: 'Tailoring wizard', to: '/framework/wizard' },
      { label: 'Next level', to: '/next-level' },
    ],
  },
  {
    id: 'practise',
    label: 'Practise',
    items: [
      { label: 'This week', to: '/' },
      { label: 'Cycles', to: '/cycles', covers: ['/cycles'] },
    ],
  },
  {
    id: 'prove',
    label: 'Prove',
    items: [
      { label: 'Artifacts', to: '/artifacts', covers: ['/artifacts'] },
      { label: 'Portfolio', to: '/portfolio', covers: ['/portfolio'] },
      { label: 'Feedback', to: '/feedback', covers: ['/feedback'] },
      { label: 'Endorsements', to: '/endorsements', covers: ['/endorsements'] },
    ],
  },
  {
    id: 'review',
    label: 'Review',
    items: [
      { label: 'Quarterly reviews', to: '/reviews', covers: ['/reviews'] },
      { label: 'Talking points', to: '/talking-points' },
      { label: 'Roadmap review', to: '/roadmap-review' },
    ],
  },
  {
    id: 'people',
    label: 'People',
    items: [
      { label: 'Mentors', to: '/mentors', covers: ['/mentors'] },
      { label: 'Mentees', to: '/mentees', covers: ['/mentees'] },
      { label: 'Teams', to: '/teams', covers: ['/teams', '/workshops'] },
      { label: 'Comments', to: '/comments', listsUnreadComments: true },
      { label: 'Ratings', to: '/ratings' },
      { label: 'Access log', to: '/access-log' },
    ],
  },
];

/** The account menu: the person's own settings, and the instance's administration for admins. */
export const accountItems: readonly NavItem[] = [
  { label: 'Settings', to: '/settings' },
  { label: 'Account', to: '/account' },
  { label: 'Access tokens', to: '/account/tokens' },
  { label: 'Administration', to: '/admin', adminOnly: true },
  { label: 'Framework content', to: '/admin/framework', adminOnly: true },
  { label: 'Career ladders', to: '/admin/ladders', adminOnly: true },
];

export const listsUnreadComments = (area: NavArea): boolean => area.items.some((item) => item.listsUnreadComments);

/**
 * The entry's name with the count said once, "Comments, 3 unread" or "People, 1 unread comment"; none at 0,
 * so the visible label names it. A label, not hidden text: a visually hidden box would be read with a space
 * before its comma.
 */
export function unreadName(label: string, count: number, sayComments = false): string | undefined {
  if (count === 0) return undefined;
  return `${label}, ${count} unread${sayComments ? ` comment${count === 1 ? '' : 's'}` : ''}`;
}

export const shownAreas = (): NavArea[] => areas.filter((area) => area.items.length > 0);

export const accountItemsFor = (isAdmin: boolean): NavItem[] => accountItems.filter((item) => isAdmin || !item.adminOnly);

/** How far `item` matches `path`: the exact screen scores highest, then the longest covered prefix; 0 is no match. */
function matchLength(item: NavItem, path: string): number {
  if (item.to === path) return Number.POSITIVE_INFINITY;
  const prefixes = (item.covers ?? []).filter((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return Math.max(0, ...prefixes.map((prefix) => prefix.length));
}

/** The one item the path belongs to, so `/framework/wizard` is the wizard's and `/framework/skills` the framework's. */
export function currentItem(path: string): NavItem | undefined {
  const all = [...areas.flatMap((area) => area.items), ...accountItems];
  let best: NavItem | undefined;
  let bestLength = 0;
  for (const item of all) {
    const length = matchLength(item, path);
    if (length > bestLength) {
      best = item;
      bestLength = length;
    }
  }
  return best;
}

export const currentArea = (path: string): NavArea | undefined => {
  const item = currentItem(path);
  return item ? areas.find((area) => area.items.includes(item)) : undefined;
};

/** `page` on the screen itself; `true` on the item or area the screen sits in (GOV.UK's service navigation does the same). */
export function ariaCurrent(item: NavItem, path: string): 'page' | 'true' | undefined {
  if (item.to === path) return 'page';
  return currentItem(path) === item ? 'true' : undefined;
}

/**
 * An area with several screens shows them in its sub-navigation, which marks the page; its
 * header link marks only that the page is inside it. A one-screen area's link is the page's link.
 */
export function ariaCurrentArea(area: NavArea, path: string): 'page' | 'true' | undefined {
  if (area.items.length === 1 && area.items[0]?.to === path) return 'page';
  return currentArea(path) === area ? 'true' : undefined;
}
