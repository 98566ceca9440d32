import { type Kysely, sql } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * Takes one attempt from the key's allowance, or answers false when `limit` attempts were
 * already taken since `since`. The check and the count are one INSERT … ON CONFLICT DO UPDATE,
 * so concurrent callers queue on the row (PostgreSQL re-reads it after the lock) and never all
 * see the old count, and a prune that deletes the row between two statements cannot make a
 * caller miss it: there is no second statement.
 */
export async function reserveAttempt(
  db: Kysely<Tables>,
  attempt: { key: string; limit: number; now: string; since: string },
): Promise<boolean> {
  // A window older than `since` starts over at this attempt.
  const expired = sql<boolean>`sign_in_attempts.window_start <= ${attempt.since}`;
  const result = await db
    .insertInto('sign_in_attempts')
    .values({ key: attempt.key, window_start: attempt.now, attempts: 1 })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({
          attempts: sql<number>`case when ${expired} then 1 else sign_in_attempts.attempts + 1 end`,
          window_start: sql<string>`case when ${expired} then ${attempt.now} else sign_in_attempts.window_start end`,
        })
        .where(sql<boolean>`(${expired} or sign_in_attempts.attempts < ${attempt.limit})`),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
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
