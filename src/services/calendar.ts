import { weekHeadline } from '../domain/cycles.js';
import type { User } from '../schemas/accounts.js';
import { OwnerScope, ownScope } from './access.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';
import { listCycles } from './cycles.js';
import { notFound } from './errors.js';
import { preferencesOf } from './preferences.js';

const FEEDBACK_SLOT_MINUTES = 30;

/** The caller's own calendar (the download). */
export const calendarFor = (deps: ServiceDeps, actor: Actor): Promise<string> => calendarOf(deps, ownScope(actor), actor.user);

/** The subscribed feed: public, but only for whoever holds the unguessable address. */
export async function calendarForToken(deps: ServiceDeps, token: string): Promise<string> {
  const feed = await OwnerScope.forCalendarFeed(deps, token);
  if (!feed) throw notFound('That calendar');
  return calendarOf(deps, feed.scope, feed.owner);
}

/** The rhythm of the owner `scope` reads, as RFC 5545: cycle weeks, review dates, the next quarterly review, the 1:1 slot. */
async function calendarOf(deps: ServiceDeps, scope: OwnerScope, owner: User): Promise<string> {
  const [cycles, preferences] = await Promise.all([listCycles(deps, scope), preferencesOf(deps, scope, owner.createdAt)]);
  const live = cycles.filter((c) => c.status !== 'cancelled');
  const cadence = preferences.feedbackCadence;
  // ical.js and the time-zone database (~1.4 MB of heap) load with the first calendar asked for.
  const { buildCalendar } = await import('../domain/calendar.js');
  return buildCalendar({
    timeZone: scope.ownerTimeZone,
    calendarName: `Growth Map — ${owner.name}`,
    // The user's id keeps UIDs unique across people on one instance (a lead may subscribe to several).
    uidDomain: `${owner.id}.${new URL(deps.baseUrl).hostname}`,
    generatedAt: nowIso(deps),
    cycleWeeks: live.flatMap((cycle) =>
      cycle.weeks.map((week) => ({
        cycleId: cycle.id,
        goal: cycle.goal,
        number: week.number,
        lengthWeeks: cycle.lengthWeeks,
        startDate: week.startDate,
        endDate: week.endDate,
        phase: week.phase,
        headline: weekHeadline(week.number, cycle.lengthWeeks, week.phase),
      })),
    ),
    reviewDates: live.map((cycle) => ({ cycleId: cycle.id, goal: cycle.goal, date: cycle.reviewDate })),
    nextQuarterlyReview: preferences.nextQuarterlyReview,
    feedbackSlot: cadence
      ? {
          weekday: cadence.weekday,
          time: cadence.time,
          intervalWeeks: cadence.intervalWeeks,
          startDate: cadence.startDate,
          durationMinutes: FEEDBACK_SLOT_MINUTES,
        }
      : null,
  });
}
