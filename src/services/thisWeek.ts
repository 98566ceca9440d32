import { countArtifacts } from '../db/repositories/artifacts.js';
import * as levelChanges from '../db/repositories/levelChanges.js';
import { weekHeadline } from '../domain/cycles.js';
import { cadenceFallsOn } from '../domain/feedbackSessions.js';
import { onboardingChecklist, onboardingComplete } from '../domain/onboarding.js';
import type { Cycle } from '../schemas/cycles.js';
import type { DueItem } from '../schemas/planning.js';
import { type OwnerScope, ownScope, todayOf } from './access.js';
import type { Actor, ServiceDeps } from './context.js';
import { listCyclesWithEntries } from './cycles.js';
import { listActionItems } from './feedbackSessions.js';
import { getMap } from './map.js';
import { preferencesOf } from './preferences.js';

const RUNNING = new Set<Cycle['status']>(['active', 'in-review', 'review-overdue']);

/** What each running cycle asks of this week, and what is due or overdue. */
function dueForCycle(cycle: Cycle, today: string): DueItem[] {
  const href = `/cycles/${cycle.id}`;
  if (cycle.status === 'review-overdue') {
    return [{ kind: 'review-overdue', title: `Review the cycle “${cycle.goal}”`, due: cycle.reviewDate, overdue: true, href }];
  }
  const week = cycle.weeks.find((w) => w.number === cycle.currentWeek);
  if (!week) return [];
  const due: DueItem[] = [];
  if (cycle.gaps.includes(week.number)) {
    due.push({ kind: 'log-entry', title: `Log week ${week.number} of “${cycle.goal}”`, due: week.endDate, overdue: false, href });
  }
  for (const gap of cycle.gaps.filter((n) => n < week.number)) {
    const missed = cycle.weeks[gap - 1];
    if (missed)
      due.push({
        kind: 'log-entry',
        title: `Week ${gap} of “${cycle.goal}” has no entry`,
        due: missed.endDate,
        overdue: true,
        href,
      });
  }
  if (week.phase === 'demonstrate') {
    due.push({ kind: 'demonstrate', title: 'Show your progress to a peer or mentor', due: week.endDate, overdue: false, href });
  }
  if (cycle.status === 'in-review') {
    due.push({
      kind: 'cycle-review',
      title: `Review the cycle “${cycle.goal}”`,
      due: cycle.reviewDate,
      overdue: cycle.reviewDate < today,
      href,
    });
  }
  return due;
}

/** The signed-in person's home screen. */
export const getThisWeek = (deps: ServiceDeps, actor: Actor) => weekOf(deps, ownScope(actor), actor.user.createdAt);

/**
 * The week of the owner `scope` reads (the home screen, the weekly digest); `ownerSince` is when
 * their account was made.
 */
export async function weekOf(deps: ServiceDeps, scope: OwnerScope, ownerSince: string) {
  const today = todayOf(deps, scope);
  const [{ cycles, entries }, map, preferences, changes, actionItems, artifactsProduced] = await Promise.all([
    listCyclesWithEntries(deps, scope),
    getMap(deps, scope),
    preferencesOf(deps, scope, ownerSince),
    levelChanges.listLevelChangesOfUser(deps.db, scope),
    listActionItems(deps, scope, 'open'),
    countArtifacts(deps.db, scope),
  ]);
  const running = cycles.filter((c) => RUNNING.has(c.status));
  const due = running.flatMap((c) => dueForCycle(c, today));
  due.push({
    kind: 'quarterly-review',
    title: 'Quarterly growth review: retire what is done, add what is next',
    due: preferences.nextQuarterlyReview,
    overdue: preferences.nextQuarterlyReview < today,
    href: '/reviews',
  });
  const active = map.destinations.filter((d) => d.status === 'active');
  const planned = cycles.filter((c) => c.status !== 'cancelled');
  if (active.length > 0 && planned.every((c) => c.status === 'closed')) {
    due.push({ kind: 'plan-cycle', title: 'Plan your next learning cycle', due: today, overdue: false, href: '/cycles/new' });
  }
  due.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due.localeCompare(b.due));

  const items = onboardingChecklist({
    activeDestinations: active.length,
    destinationsWithMappedSkills: active.filter((d) => d.skills.length > 0).length,
    cyclesPlanned: planned.length,
    evidenceLogged: entries.filter((e) => e.evidence.length > 0).length + changes.filter((c) => c.evidence.length > 0).length,
    artifactsProduced,
    feedbackCadenceSet: preferences.feedbackCadence !== null,
  });
  const activeCycles = cycles.filter((c) => c.status === 'active' || c.status === 'in-review');
  return {
    today,
    cycles: running.map((cycle) => {
      const week = cycle.weeks.find((w) => w.number === cycle.currentWeek) ?? null;
      return {
        cycle,
        weekNumber: week?.number ?? null,
        phase: week?.phase ?? null,
        headline: week
          ? weekHeadline(week.number, cycle.lengthWeeks, week.phase)
          : `The cycle ended on ${cycle.weeks.at(-1)?.endDate ?? cycle.reviewDate}: review it to close it`,
      };
    }),
    due,
    notices:
      activeCycles.length > 2
        ? [`You have ${activeCycles.length} cycles running at once. Two at most keeps each one real; consider pausing one.`]
        : [],
    onboarding: { items, complete: onboardingComplete(items), dismissed: preferences.onboardingDismissed },
    actionItems,
    oneOnOneToday: cadenceFallsOn(preferences.feedbackCadence, today),
  };
}
