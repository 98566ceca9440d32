import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { ProgressEntry } from '../../schemas/cycles.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

function toEntry(row: Selectable<Tables['progress_entries']>): ProgressEntry {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    week: row.week,
    kind: row.kind as ProgressEntry['kind'],
    text: row.text,
    evidence: JSON.parse(row.evidence) as ProgressEntry['evidence'],
    createdAt: row.created_at,
    version: row.version,
  };
}

export async function insertEntry(db: Kysely<Tables>, entry: Omit<ProgressEntry, 'version'>): Promise<ProgressEntry> {
  await db
    .insertInto('progress_entries')
    .values({
      id: entry.id,
      cycle_id: entry.cycleId,
      week: entry.week,
      kind: entry.kind,
      text: entry.text,
      evidence: JSON.stringify(entry.evidence),
      version: 1,
      created_at: entry.createdAt,
      updated_at: entry.createdAt,
    })
    .execute();
  return { ...entry, version: 1 };
}

/** Entries of these cycles, by week then time: one query for a whole list of cycles. */
export async function listEntries(db: Kysely<Tables>, cycleIds: readonly string[]): Promise<ProgressEntry[]> {
  if (cycleIds.length === 0) return [];
  const rows = await db
    .selectFrom('progress_entries')
    .selectAll()
    .where('cycle_id', 'in', cycleIds)
    .orderBy('week')
    .orderBy('created_at')
    .execute();
  return rows.map(toEntry);
}

export async function findOwnEntry(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<ProgressEntry | null> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('progress_entries')
    .innerJoin('cycles', 'cycles.id', 'progress_entries.cycle_id')
    .selectAll('progress_entries')
    .where('progress_entries.id', '=', id)
    .where('cycles.user_id', '=', userId)
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

export async function updateEntry(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: { week?: number; text?: string; evidence?: ProgressEntry['evidence'] },
  now: string,
): Promise<boolean> {
  return updateVersioned(
    db,
    'progress_entries',
    { column: 'id', id },
    version,
    { week: changes.week, text: changes.text, evidence: changes.evidence && JSON.stringify(changes.evidence) },
    now,
  );
}

export async function deleteEntry(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('progress_entries').where('id', '=', id).execute();
}
