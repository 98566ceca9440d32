import type { Kysely, Selectable } from 'kysely';
import type { Tables } from '../tables.js';
import { type VersionedChanges, updateVersioned } from './versioned.js';

/** A team's workshops. */

export type WorkshopRow = Selectable<Tables['workshops']>;

export async function insertWorkshop(db: Kysely<Tables>, row: WorkshopRow): Promise<void> {
  await db.insertInto('workshops').values(row).execute();
}

export async function listWorkshops(db: Kysely<Tables>, teamId: string): Promise<WorkshopRow[]> {
  return db
    .selectFrom('workshops')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findWorkshop(db: Kysely<Tables>, id: string): Promise<WorkshopRow | null> {
  return (await db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function updateWorkshop(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: VersionedChanges<'workshops'>,
  now: string,
): Promise<boolean> {
  return updateVersioned(db, 'workshops', { column: 'id', id }, version, changes, now);
}

export async function deleteWorkshop(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('workshops').where('id', '=', id).execute();
}
