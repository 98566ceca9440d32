import { ownScope } from './access.js';
import * as cycles from '../db/repositories/cycles.js';
import * as skillsRepo from '../db/repositories/skills.js';
import { addDays, defaultStartDate } from '../domain/cycles.js';
import type { Cycle, CycleReviewBody } from '../schemas/cycles.js';
import { type Actor, type ServiceDeps, nowIso, todayFor, withTransaction } from './context.js';
import { conflict, invalid } from './errors.js';
import { getCycle, ownCycleRecord } from './cycles.js';
import { recordLevelChange } from './skills.js';
import { updateOrConflict } from './versioned.js';

/**
 * Week 6 of the source: reflect, adjust mastery levels with the cycle as evidence, and set
 * the next mini-goal, which pre-fills the next cycle.
 */
export async function reviewCycle(
  deps: ServiceDeps,
  actor: Actor,
  cycleId: string,
  body: CycleReviewBody & { version?: number },
) {
  const record = await ownCycleRecord(deps, actor, cycleId);
  const current = () => getCycle(deps, actor, cycleId);
  if (record.review) throw conflict('This cycle has been reviewed already.', await current());
  if (record.cancelledAt) throw conflict('A cancelled cycle has no review.', await current());

  const skills = await Promise.all(body.levelChanges.map((c) => skillsRepo.findOwnSkill(deps.db, ownScope(actor), c.skillId)));
  const unknown = skills.indexOf(null);
  if (unknown >= 0) throw invalid({ [`levelChanges.${unknown}.skillId`]: 'Pick a skill from your own map.' });

  await withTransaction(deps.db, async (trx) => {
    const inner = { ...deps, db: trx };
    const levelChangeIds: string[] = [];
    for (const [index, change] of body.levelChanges.entries()) {
      const skill = skills[index];
      if (!skill) continue;
      const recorded = await recordLevelChange(inner, actor, skill, {
        to: change.to,
        note: change.note,
        evidence: [{ kind: 'cycle', id: cycleId }],
      });
      levelChangeIds.push(recorded.id);
    }
    const review = {
      reviewedAt: nowIso(deps),
      wentWell: body.wentWell,
      didNotGoWell: body.didNotGoWell,
      nextGoal: body.nextGoal,
      levelChangeIds,
    };
    // Without a version the review applies to the cycle as read above.
    await updateOrConflict(
      () => cycles.recordCycleReview(trx, cycleId, body.version ?? record.version, review),
      () => getCycle(inner, actor, cycleId),
    );
  });

  const cycle = await getCycle(deps, actor, cycleId);
  return { cycle, nextCycle: draftNextCycle(cycle, body.nextGoal, todayFor(deps, actor.user)) };
}

/** The next cycle starts where this one left off: same destinations and rhythm, the new mini-goal. */
export function draftNextCycle(cycle: Cycle, nextGoal: string, today: string) {
  const dayAfter = addDays(cycle.weeks.at(-1)?.endDate ?? today, 1);
  const fromToday = defaultStartDate(today);
  return {
    destinationIds: cycle.destinationIds,
    goal: nextGoal,
    lengthWeeks: cycle.lengthWeeks,
    reviewWeeks: cycle.reviewWeeks,
    startDate: dayAfter > fromToday ? dayAfter : fromToday,
    modes: cycle.modes,
    backupProject: cycle.backupProject,
  };
}
