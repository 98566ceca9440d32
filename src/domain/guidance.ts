import type { Notice } from '../schemas/map.js';

interface DestinationShape {
  id: string;
  title: string;
  status: string;
  skills: readonly unknown[];
}

/** "Start with 2-3 primary destinations and 2-3 supporting skills" (the Growth Map guide, section 1): shown, never enforced. */
export function guidanceNotices(destinations: readonly DestinationShape[]): Notice[] {
  const active = destinations.filter((d) => d.status === 'active');
  const notices: Notice[] = [];
  if (active.length > 3) {
    notices.push({
      code: 'too-many-active-destinations',
      message: `You have ${active.length} active destinations. The guide suggests starting with 2–3, so each gets real attention.`,
    });
  }
  for (const destination of active) {
    const count = destination.skills.length;
    if (count < 2) {
      notices.push({
        code: 'too-few-skills',
        destinationId: destination.id,
        message: `“${destination.title}” has ${count === 0 ? 'no skills' : 'one skill'} yet. Map 2–3 skills that bridge to it.`,
      });
    } else if (count > 3) {
      notices.push({
        code: 'too-many-skills',
        destinationId: destination.id,
        message: `“${destination.title}” has ${count} skills. The guide suggests 2–3 skills per destination.`,
      });
    }
  }
  return notices;
}
