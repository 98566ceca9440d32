import type { OwnerScope } from '../../services/access.js';
import type { Kysely } from 'kysely';
import type { TalkingPointsDraft } from '../../schemas/talkingPoints.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

/** Every user has one draft; it appears, seeded with the computed points, the first time it is read. */
export async function loadDraft(db: Kysely<Tables>, scope: OwnerScope, seed: string, now: string): Promise<TalkingPointsDraft> {
  const userId = scope.ownerId;
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
  scope: OwnerScope,
  version: number,
  markdown: string,
  now: string,
): Promise<boolean> {
  const userId = scope.ownerId;
  return updateVersioned(db, 'talking_point_drafts', { column: 'user_id', id: userId }, version, { markdown }, now);
}

/** The draft as it is, for the export; null before it was first opened. */
export async function findDraft(db: Kysely<Tables>, scope: OwnerScope): Promise<TalkingPointsDraft | null> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('talking_point_drafts')
    .select(['markdown', 'version'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}
