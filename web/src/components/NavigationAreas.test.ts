import { describe, expect, it } from 'vitest';
import { areas, listsUnreadComments, unreadName } from './NavigationAreas.js';

describe('the unread comments in the navigation', () => {
  it('names an entry with its count once, and leaves it to its label at 0', () => {
    expect(unreadName('Comments', 3)).toBe('Comments, 3 unread');
    expect(unreadName('People', 1, true)).toBe('People, 1 unread comment');
    expect(unreadName('Menu', 2, true)).toBe('Menu, 2 unread comments');
    expect(unreadName('Comments', 0)).toBeUndefined();
  });

  it('shows the count in the one area whose screen lists the unread comments', () => {
    expect(areas.filter(listsUnreadComments).map((area) => area.id)).toEqual(['people']);
  });
});
