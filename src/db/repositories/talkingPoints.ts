import type { Kysely } from 'kysely';
import type { TalkingPointsDraft } from '../../schemas/talkingPoints.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

/** Every user has one draft; it appears, seeded with the computed points, the first time it is read. */
export async function loadDraft(db: Kysely<Tables>, userId: string, seed: string, now: string): Promise<TalkingPointsDraft> {
  await db
    .insertInto('talking_point_drafts')
    .values({ user_id: userId, markdown: seed, version: 1, created_at: now, updated_at: now })
    .onConflict((c) => c.column('user_id').doNothing())
    .execute();
  const row = await db
    .selectFrom('talking_point_drafts')
    .select(['markdown', 'version'])
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { markdown: row.markdown, version: row.version };
}

export function updateDraft(
  db: Kysely<Tables>,
  userId: string,
  version: number,
  markdown: string,
  now: string,
): Promise<boolean> {
  return updateVersioned(db, 'talking_point_drafts', { column: 'user_id', id: userId }, version, { markdown }, now);
}

/** The draft as it is, for the export; null before it was first opened. */
export async function findDraft(db: Kysely<Tables>, userId: string): Promise<TalkingPointsDraft | null> {
  const row = await db
    .selectFrom('talking_point_drafts')
    .select(['markdown', 'version'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}
