import { type Kysely, sql } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * Takes one attempt from the key's allowance, or answers false when `limit` attempts were
 * already taken since `since`. The check and the count are one UPDATE, so concurrent callers
 * queue on the row (PostgreSQL re-reads it after the lock) and never all see the old count.
 */
export async function reserveAttempt(
  db: Kysely<Tables>,
  attempt: { key: string; limit: number; now: string; since: string },
): Promise<boolean> {
  await db
    .insertInto('sign_in_attempts')
    .values({ key: attempt.key, window_start: attempt.now, attempts: 0 })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  // A window older than `since` starts over at this attempt.
  const expired = sql<boolean>`window_start <= ${attempt.since}`;
  const result = await db
    .updateTable('sign_in_attempts')
    .set({
      attempts: sql<number>`case when ${expired} then 1 else attempts + 1 end`,
      window_start: sql<string>`case when ${expired} then ${attempt.now} else window_start end`,
    })
    .where('key', '=', attempt.key)
    .where(sql<boolean>`(${expired} or attempts < ${attempt.limit})`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** When the key's current window began (it frees up one window later). */
export async function windowStartOf(db: Kysely<Tables>, key: string): Promise<string | null> {
  const row = await db.selectFrom('sign_in_attempts').select('window_start').where('key', '=', key).executeTakeFirst();
  return row?.window_start ?? null;
}

/** Gives back an attempt that turned out not to be a failure. */
export async function releaseAttempt(db: Kysely<Tables>, key: string): Promise<void> {
  await db
    .updateTable('sign_in_attempts')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('key', '=', key)
    .where('attempts', '>', 0)
    .execute();
}

export async function forgetKey(db: Kysely<Tables>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
}

export async function pruneAttempts(db: Kysely<Tables>, before: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('window_start', '<=', before).execute();
}
