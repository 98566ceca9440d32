import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

export async function recordFailure(
  db: Kysely<Tables>,
  failure: { id: string; email: string; address: string; at: string },
): Promise<void> {
  await db.insertInto('sign_in_failures').values(failure).execute();
}

/** Failures since `since`, and the oldest of them (to say when the window frees up). */
export async function failuresSince(
  db: Kysely<Tables>,
  by: { email: string } | { address: string },
  since: string,
): Promise<{ count: number; oldest: string | null }> {
  let query = db
    .selectFrom('sign_in_failures')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
    .where('at', '>', since);
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('address', '=', by.address);
  const row = await query.executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: (row.oldest as string | null) ?? null };
}

export async function pruneFailures(db: Kysely<Tables>, before: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('at', '<=', before).execute();
}
