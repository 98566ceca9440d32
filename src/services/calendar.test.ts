import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import { cycleCreate } from '../schemas/cycles.js';
import { OwnerScope } from './access.js';
import { updateUser } from './admin.js';
import { calendarFor, calendarForToken } from './calendar.js';
import type { Actor } from './context.js';
import { createCycle } from './cycles.js';
import { createDestination } from './destinations.js';
import { renewCalendarFeed, revokeCalendarFeed } from './preferences.js';

const tokenOf = (url: string) => url.split('/calendar/')[1]?.replace(/\.ics$/, '') ?? '';

describe.each(engines)("a subscribed calendar feed's reader on %s", (engine) => {
  let h: ServiceHarness;
  let admin: Actor;
  let ada: Actor;

  beforeEach(async () => {
    h = await serviceHarness(engine);
    admin = await h.user('Admin');
    ada = await h.user('Ada');
    const destination = await createDestination(h.deps, ada, { title: 'Run incident reviews', category: 'leadership-impact' });
    await createCycle(
      h.deps,
      ada,
      cycleCreate.parse({ destinationIds: [destination.id], goal: 'Facilitate two blameless reviews' }),
    );
  });
  afterEach(() => h.dispose());

  it('reads the owner’s plan through a scope of its own, with no viewer, and gives what the download gives', async () => {
    const token = tokenOf((await renewCalendarFeed(h.deps, ada)).url);
    const feed = await OwnerScope.forCalendarFeed(h.deps, token);
    expect(feed?.scope.ownerId).toBe(ada.user.id);
    expect(feed?.scope.viewerId).toBeNull();
    expect(feed?.scope.via).toBe('calendar-feed');
    expect(feed?.scope.isOwn).toBe(false);
    const subscribed = await calendarForToken(h.deps, token);
    expect(subscribed).toContain('Facilitate two blameless reviews');
    expect(subscribed).toBe(await calendarFor(h.deps, ada));
  });

  it('gives nothing for an unknown, replaced or revoked address, or to a disabled owner', async () => {
    const first = tokenOf((await renewCalendarFeed(h.deps, ada)).url);
    expect(await OwnerScope.forCalendarFeed(h.deps, `${first}x`)).toBeNull();
    const second = tokenOf((await renewCalendarFeed(h.deps, ada)).url);
    expect(await OwnerScope.forCalendarFeed(h.deps, first)).toBeNull();
    await expect(calendarForToken(h.deps, first)).rejects.toMatchObject({ code: 'not_found' });
    await updateUser(h.deps, admin, ada.user.id, { version: ada.user.version, disabled: true });
    expect(await OwnerScope.forCalendarFeed(h.deps, second)).toBeNull();
    await revokeCalendarFeed(h.deps, ada);
    expect(await OwnerScope.forCalendarFeed(h.deps, second)).toBeNull();
  });
});
