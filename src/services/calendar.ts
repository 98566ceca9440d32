import * as users from '../db/repositories/users.js';
import { weekHeadline } from '../domain/cycles.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';
import { listCycles } from './cycles.js';
import { notFound } from './errors.js';
import { getPreferences, userIdForCalendarToken } from './preferences.js';

const FEEDBACK_SLOT_MINUTES = 30;

/** The user's rhythm as RFC 5545: cycle weeks, review dates, the next quarterly review, the 1:1 slot. */
export async function calendarFor(deps: ServiceDeps, actor: Actor): Promise<string> {
  const [cycles, preferences] = await Promise.all([listCycles(deps, actor), getPreferences(deps, actor)]);
  const live = cycles.filter((c) => c.status !== 'cancelled');
  const cadence = preferences.feedbackCadence;
  // ical.js and the time-zone database (~1.4 MB of heap) load with the first calendar asked for.
  const { buildCalendar } = await import('../domain/calendar.js');
  return buildCalendar({
    timeZone: actor.user.timeZone,
    calendarName: `Growth Map — ${actor.user.name}`,
    // The user's id keeps UIDs unique across people on one instance (a lead may subscribe to several).
    uidDomain: `${actor.user.id}.${new URL(deps.baseUrl).hostname}`,
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

/** The subscribed feed: public, but only for whoever holds the unguessable token. */
export async function calendarForToken(deps: ServiceDeps, token: string): Promise<string> {
  const userId = await userIdForCalendarToken(deps, token);
  const user = userId ? await users.findUserById(deps.db, userId) : null;
  if (!user || user.disabled) throw notFound('That calendar');
  return calendarFor(deps, { user });
}
