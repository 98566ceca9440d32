import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

export interface KeyRef {
  userId: string;
  route: string;
  keyHash: string;
}

const byRef = (ref: KeyRef) => ({ user_id: ref.userId, route: ref.route, key_hash: ref.keyHash });

/**
 * Claims the key for a first request: true when this caller owns it now. A row older than
 * `staleBefore` (pending) or `expiredBefore` (answered) no longer holds the key.
 */
export async function claimKey(
  db: Kysely<Tables>,
  ref: KeyRef,
  times: { now: string; staleBefore: string; expiredBefore: string },
): Promise<boolean> {
  const key = byRef(ref);
  await db
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', key.user_id)
    .where('route', '=', key.route)
    .where('key_hash', '=', key.key_hash)
    .where((eb) =>
      eb.or([
        eb('created_at', '<=', times.expiredBefore),
        eb.and([eb('status', 'is', null), eb('created_at', '<=', times.staleBefore)]),
      ]),
    )
    .execute();
  const result = await db
    .insertInto('idempotency_keys')
    .values({ ...key, status: null, body: null, created_at: times.now })
    .onConflict((oc) => oc.columns(['user_id', 'route', 'key_hash']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findKey(db: Kysely<Tables>, ref: KeyRef): Promise<{ status: number | null; body: string | null } | null> {
  const key = byRef(ref);
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['status', 'body'])
    .where('user_id', '=', key.user_id)
    .where('route', '=', key.route)
    .where('key_hash', '=', key.key_hash)
    .executeTakeFirst();
  return row ?? null;
}

export async function completeKey(db: Kysely<Tables>, ref: KeyRef, answer: { status: number; body: string }): Promise<void> {
  const key = byRef(ref);
  await db
    .updateTable('idempotency_keys')
    .set({ status: answer.status, body: answer.body })
    .where('user_id', '=', key.user_id)
    .where('route', '=', key.route)
    .where('key_hash', '=', key.key_hash)
    .execute();
}

export async function releaseKey(db: Kysely<Tables>, ref: KeyRef): Promise<void> {
  const key = byRef(ref);
  await db
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', key.user_id)
    .where('route', '=', key.route)
    .where('key_hash', '=', key.key_hash)
    .execute();
}

export async function pruneKeys(db: Kysely<Tables>, before: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('created_at', '<=', before).execute();
}
