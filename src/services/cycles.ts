import * as cycles from '../db/repositories/cycles.js';
import type { CycleRecord } from '../db/repositories/cycles.js';
import * as destinations from '../db/repositories/destinations.js';
import * as entries from '../db/repositories/progressLog.js';
import {
  type CycleTiming,
  addDays,
  currentWeekNumber,
  deriveCycleStatus,
  daysBetween,
  defaultStartDate,
  logGaps,
  startDateProblem,
  planWeeks,
  scheduleOn,
} from '../domain/cycles.js';
import type { Cycle, CycleCreate, CyclePatch, ProgressEntry } from '../schemas/cycles.js';
import { type Reader, ownScope, scopeOf, todayOf } from './access.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor, withTransaction } from './context.js';
import { conflict, invalid, notFound } from './errors.js';
import { updateOrConflict } from './versioned.js';

export const timingOf = (record: CycleRecord): CycleTiming => ({
  startDate: record.startDate,
  lengthWeeks: record.lengthWeeks,
  reviewWeeks: record.reviewWeeks,
  pauses: record.pauses,
  pausedSince: record.pausedSince,
  reviewed: record.review !== null,
  cancelled: record.cancelledAt !== null,
});

/** The stored cycle with what the dates and the user's today make of it. */
export function toCycle(record: CycleRecord, cycleEntries: readonly ProgressEntry[], today: string): Cycle {
  const timing = timingOf(record);
  const weeks = scheduleOn(timing, today);
  const status = deriveCycleStatus(timing, today);
  const running = status === 'active' || status === 'in-review';
  return {
    id: record.id,
    destinationIds: record.destinationIds,
    goal: record.goal,
    description: record.description,
    lengthWeeks: record.lengthWeeks,
    reviewWeeks: record.reviewWeeks,
    startDate: weeks[0]?.startDate ?? record.startDate,
    reviewDate: record.reviewDate,
    modes: record.modes,
    backupProject: record.backupProject,
    usingBackup: record.usingBackup,
    status,
    pausedSince: record.pausedSince,
    cancelReason: record.cancelReason,
    currentWeek: running ? currentWeekNumber(weeks, today) : null,
    weeks,
    gaps: status === 'cancelled' ? [] : logGaps(weeks, [...new Set(cycleEntries.map((e) => e.week))], today),
    review: record.review,
    version: record.version,
    createdAt: record.createdAt,
  };
}

export async function listCycles(deps: ServiceDeps, reader: Reader): Promise<Cycle[]> {
  return (await listCyclesWithEntries(deps, reader)).cycles;
}

/** The user's cycles and all their log entries: two queries, for callers that need both. */
export async function listCyclesWithEntries(deps: ServiceDeps, reader: Reader) {
  const scope = scopeOf(reader);
  const records = await cycles.listOwnCycles(deps.db, scope);
  const all = await entries.listEntries(
    deps.db,
    records.map((r) => r.id),
  );
  const today = todayOf(deps, scope);
  return {
    cycles: records.map((record) =>
      toCycle(
        record,
        all.filter((e) => e.cycleId === record.id),
        today,
      ),
    ),
    entries: all,
  };
}

export async function ownCycleRecord(deps: ServiceDeps, reader: Reader, id: string): Promise<CycleRecord> {
  const record = await cycles.findOwnCycle(deps.db, scopeOf(reader), id);
  if (!record) throw notFound('That cycle');
  return record;
}

export async function getCycle(deps: ServiceDeps, reader: Reader, id: string): Promise<Cycle> {
  const scope = scopeOf(reader);
  const record = await ownCycleRecord(deps, scope, id);
  return toCycle(record, await entries.listEntries(deps.db, [id]), todayOf(deps, scope));
}

/** Every destination named must be on the user's own map. */
async function assertOwnDestinations(deps: ServiceDeps, actor: Actor, ids: readonly string[]): Promise<void> {
  const own = new Set((await destinations.listDestinations(deps.db, ownScope(actor))).map((d) => d.id));
  if (ids.some((id) => !own.has(id))) throw invalid({ destinationIds: 'Pick destinations from your own map.' });
}

const lastDay = (startDate: string, lengthWeeks: number) => addDays(startDate, lengthWeeks * 7 - 1);

export async function createCycle(deps: ServiceDeps, actor: Actor, body: CycleCreate): Promise<Cycle> {
  await assertOwnDestinations(deps, actor, body.destinationIds);
  const today = todayFor(deps, actor.user);
  const startDate = body.startDate ?? defaultStartDate(today);
  const tooFar = startDateProblem(startDate, today);
  if (tooFar) throw invalid({ startDate: tooFar });
  planWeeks(startDate, body.lengthWeeks, body.reviewWeeks); // throws on an impossible plan; the schema already checked
  const reviewDate = body.reviewDate ?? lastDay(startDate, body.lengthWeeks);
  if (reviewDate < startDate) throw invalid({ reviewDate: 'The review date cannot be before the cycle starts.' });
  const id = newId();
  await withTransaction(deps.db, (trx) =>
    cycles.insertCycle(trx, ownScope(actor), {
      id,
      now: nowIso(deps),
      destinationIds: [...new Set(body.destinationIds)],
      goal: body.goal,
      description: body.description ?? null,
      lengthWeeks: body.lengthWeeks,
      reviewWeeks: body.reviewWeeks,
      startDate,
      reviewDate,
      modes: [...new Set(body.modes)],
      backupProject: body.backupProject ?? null,
      usingBackup: false,
      pausedSince: null,
      pauses: [],
      cancelledAt: null,
      cancelReason: null,
    }),
  );
  return getCycle(deps, actor, id);
}

/** Edits, extension, pause and resume (the weeks shift), and cancellation with a reason. */
export async function patchCycle(deps: ServiceDeps, actor: Actor, id: string, patch: CyclePatch): Promise<Cycle> {
  const record = await ownCycleRecord(deps, actor, id);
  const current = () => getCycle(deps, actor, id);
  if (record.cancelledAt || record.review) throw conflict('This cycle is closed. Plan a new one instead.', await current());
  if (patch.destinationIds) await assertOwnDestinations(deps, actor, patch.destinationIds);
  const today = todayFor(deps, actor.user);
  const { version, action, cancelReason, ...edits } = patch;
  const changes: Partial<cycles.CycleFields> = { ...edits };
  if (edits.destinationIds) changes.destinationIds = [...new Set(edits.destinationIds)];
  const lengthWeeks = edits.lengthWeeks ?? record.lengthWeeks;
  const reviewWeeks = edits.reviewWeeks ?? record.reviewWeeks;
  if (reviewWeeks === 2 && lengthWeeks < 5) throw invalid({ reviewWeeks: 'Two review weeks need a cycle of at least 5 weeks.' });
  const tooFar = edits.startDate === undefined ? null : startDateProblem(edits.startDate, today);
  if (tooFar) throw invalid({ startDate: tooFar });

  if (action === 'start') {
    if (deriveCycleStatus(timingOf(record), today) !== 'planned')
      throw conflict('This cycle has already started.', await current());
    changes.startDate = today;
  } else if (action === 'pause') {
    if (record.pausedSince) throw conflict('This cycle is already paused.', await current());
    changes.pausedSince = today;
  } else if (action === 'resume') {
    if (!record.pausedSince) throw conflict('This cycle is not paused.', await current());
    changes.pausedSince = null;
    const days = Math.max(0, daysBetween(record.pausedSince, today));
    if (days > 0) changes.pauses = [...record.pauses, { from: record.pausedSince, days }];
  } else if (action === 'cancel') {
    if (!cancelReason) throw invalid({ cancelReason: 'Say why the cycle is cancelled.' });
    changes.cancelledAt = nowIso(deps);
    changes.cancelReason = cancelReason;
  }

  // A review date left at its default (the last day as scheduled) follows the schedule when it moves.
  const scheduledLast = (timing: CycleTiming) => scheduleOn({ ...timing, pausedSince: null }, today).at(-1)?.endDate;
  if (edits.reviewDate === undefined && record.reviewDate === scheduledLast(timingOf(record))) {
    const after = scheduledLast({
      ...timingOf(record),
      startDate: changes.startDate ?? record.startDate,
      lengthWeeks,
      reviewWeeks,
      pauses: changes.pauses ?? record.pauses,
    });
    if (after) changes.reviewDate = after;
  }
  await updateOrConflict(() => cycles.updateCycle(deps.db, id, version, changes, nowIso(deps)), current);
  return getCycle(deps, actor, id);
}

export async function deleteCycle(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownCycleRecord(deps, actor, id);
  await cycles.deleteCycle(deps.db, id);
}
