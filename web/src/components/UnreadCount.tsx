import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useUnreadCommentCount } from '../api/mentoring.js';

/**
 * Unread comments for the signed-in person, asked again on every navigation so the count is as fresh as
 * the page; a fetch already under way is joined rather than repeated.
 */
export function useUnreadCommentsOnNavigation(signedIn: boolean): number {
  const { pathname } = useLocation();
  const unread = useUnreadCommentCount(signedIn);
  const { refetch } = unread;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new page is the moment to ask again
  useEffect(() => {
    if (signedIn) void refetch({ cancelRefetch: false });
  }, [pathname, signedIn, refetch]);
  return unread.data ?? 0;
}

/** The count as a pill beside its entry, nothing at 0; the entry's name (unreadName in NavigationAreas.ts) says it. */
export function UnreadCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="nav-count" aria-hidden="true">
      {count}
    </span>
  );
}
