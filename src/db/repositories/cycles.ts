import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { Pause } from '../../domain/cycles.js';
import type { LearningMode } from '../../schemas/cycles.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

/** A cycle as stored; the schedule and status are derived by the domain. */
export interface CycleRecord {
  id: string;
  userId: string;
  destinationIds: string[];
  goal: string;
  /** The guidance under the goal's short title. */
  description: string | null;
  lengthWeeks: number;
  reviewWeeks: number;
  startDate: string;
  reviewDate: string;
  modes: LearningMode[];
  backupProject: string | null;
  usingBackup: boolean;
  pausedSince: string | null;
  /** Finished pauses; their days move the weeks that come after them. */
  pauses: Pause[];
  cancelledAt: string | null;
  cancelReason: string | null;
  review: null | {
    reviewedAt: string;
    wentWell: string;
    didNotGoWell: string;
    nextGoal: string;
    levelChangeIds: string[];
  };
  version: number;
  createdAt: string;
}

type Row = Selectable<Tables['cycles']>;

function toCycle(row: Row, destinationIds: string[]): CycleRecord {
  return {
    id: row.id,
    userId: row.user_id,
    destinationIds,
    goal: row.goal,
    description: row.description,
    lengthWeeks: row.length_weeks,
    reviewWeeks: row.review_weeks,
    startDate: row.start_date,
    reviewDate: row.review_date,
    modes: JSON.parse(row.modes) as LearningMode[],
    backupProject: row.backup_project,
    usingBackup: Boolean(row.using_backup),
    pausedSince: row.paused_since,
    pauses: JSON.parse(row.pauses) as Pause[],
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    review: row.reviewed_at
      ? {
          reviewedAt: row.reviewed_at,
          wentWell: row.went_well ?? '',
          didNotGoWell: row.did_not_go_well ?? '',
          nextGoal: row.next_goal ?? '',
          levelChangeIds: JSON.parse(row.review_level_change_ids ?? '[]') as string[],
        }
      : null,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** The user's cycles (or one of them), each with its destinations: two queries whatever the count. */
export async function listOwnCycles(db: Kysely<Tables>, scope: OwnerScope, id?: string): Promise<CycleRecord[]> {
  const userId = scope.ownerId;
  let query = db.selectFrom('cycles').selectAll().where('user_id', '=', userId);
  if (id) query = query.where('id', '=', id);
  return withDestinations(db, await query.orderBy('start_date', 'desc').orderBy('created_at', 'desc').execute());
}

/** Several owners' cycles at once (the mentor's dashboard); each record names its owner (`userId`). */
export async function listCyclesOf(db: Kysely<Tables>, scopes: readonly OwnerScope[]): Promise<CycleRecord[]> {
  if (scopes.length === 0) return [];
  const rows = await db
    .selectFrom('cycles')
    .selectAll()
    .where(
      'user_id',
      'in',
      scopes.map((scope) => scope.ownerId),
    )
    .orderBy('start_date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return withDestinations(db, rows);
}

async function withDestinations(db: Kysely<Tables>, rows: readonly Row[]): Promise<CycleRecord[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('cycle_destinations')
    .innerJoin('destinations', 'destinations.id', 'cycle_destinations.destination_id')
    .select(['cycle_destinations.cycle_id', 'cycle_destinations.destination_id'])
    .where(
      'cycle_destinations.cycle_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('destinations.position')
    .execute();
  return rows.map((row) =>
    toCycle(
      row,
      links.filter((l) => l.cycle_id === row.id).map((l) => l.destination_id),
    ),
  );
}

export async function findOwnCycle(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<CycleRecord | null> {
  return (await listOwnCycles(db, scope, id))[0] ?? null;
}

export type CycleFields = Omit<CycleRecord, 'id' | 'userId' | 'version' | 'createdAt' | 'review'>;

function toRow(fields: Partial<CycleFields>) {
  return {
    ...(fields.goal !== undefined && { goal: fields.goal }),
    ...(fields.description !== undefined && { description: fields.description }),
    ...(fields.lengthWeeks !== undefined && { length_weeks: fields.lengthWeeks }),
    ...(fields.reviewWeeks !== undefined && { review_weeks: fields.reviewWeeks }),
    ...(fields.startDate !== undefined && { start_date: fields.startDate }),
    ...(fields.reviewDate !== undefined && { review_date: fields.reviewDate }),
    ...(fields.modes !== undefined && { modes: JSON.stringify(fields.modes) }),
    ...(fields.backupProject !== undefined && { backup_project: fields.backupProject }),
    ...(fields.usingBackup !== undefined && { using_backup: fields.usingBackup ? 1 : 0 }),
    ...(fields.pausedSince !== undefined && { paused_since: fields.pausedSince }),
    ...(fields.pauses !== undefined && {
      pauses: JSON.stringify(fields.pauses),
      paused_days: fields.pauses.reduce((sum, p) => sum + p.days, 0),
    }),
    ...(fields.cancelledAt !== undefined && { cancelled_at: fields.cancelledAt }),
    ...(fields.cancelReason !== undefined && { cancel_reason: fields.cancelReason }),
  };
}

export async function insertCycle(
  db: Kysely<Tables>,
  scope: OwnerScope,
  cycle: { id: string; now: string } & CycleFields,
): Promise<void> {
  await db
    .insertInto('cycles')
    .values({
      id: cycle.id,
      user_id: scope.ownerId,
      goal: cycle.goal,
      description: cycle.description,
      length_weeks: cycle.lengthWeeks,
      review_weeks: cycle.reviewWeeks,
      start_date: cycle.startDate,
      review_date: cycle.reviewDate,
      modes: JSON.stringify(cycle.modes),
      backup_project: cycle.backupProject,
      using_backup: cycle.usingBackup ? 1 : 0,
      paused_since: cycle.pausedSince,
      paused_days: cycle.pauses.reduce((sum, p) => sum + p.days, 0),
      pauses: JSON.stringify(cycle.pauses),
      cancelled_at: cycle.cancelledAt,
      cancel_reason: cycle.cancelReason,
      reviewed_at: null,
      went_well: null,
      did_not_go_well: null,
      next_goal: null,
      review_level_change_ids: null,
      version: 1,
      created_at: cycle.now,
      updated_at: cycle.now,
    })
    .execute();
  await setCycleDestinations(db, cycle.id, cycle.destinationIds);
}

export async function setCycleDestinations(db: Kysely<Tables>, cycleId: string, destinationIds: readonly string[]) {
  await db.deleteFrom('cycle_destinations').where('cycle_id', '=', cycleId).execute();
  if (destinationIds.length === 0) return;
  await db
    .insertInto('cycle_destinations')
    .values(destinationIds.map((destination_id) => ({ cycle_id: cycleId, destination_id })))
    .execute();
}

export async function updateCycle(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: Partial<CycleFields>,
  now: string,
): Promise<boolean> {
  if (!(await updateVersioned(db, 'cycles', { column: 'id', id }, version, toRow(changes), now))) return false;
  if (changes.destinationIds) await setCycleDestinations(db, id, changes.destinationIds);
  return true;
}

export async function recordCycleReview(
  db: Kysely<Tables>,
  id: string,
  version: number,
  review: NonNullable<CycleRecord['review']>,
): Promise<boolean> {
  // Any earlier review moved the version on, so the version alone keeps a cycle to one review.
  return updateVersioned(
    db,
    'cycles',
    { column: 'id', id },
    version,
    {
      reviewed_at: review.reviewedAt,
      went_well: review.wentWell,
      did_not_go_well: review.didNotGoWell,
      next_goal: review.nextGoal,
      review_level_change_ids: JSON.stringify(review.levelChangeIds),
      paused_since: null,
    },
    review.reviewedAt,
  );
}

export async function deleteCycle(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('cycles').where('id', '=', id).execute();
}
