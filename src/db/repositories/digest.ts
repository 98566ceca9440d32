import type { Kysely, Selectable } from 'kysely';
import type { User } from '../../schemas/accounts.js';
import type { Tables } from '../tables.js';
import { changedAny } from './versioned.js';
import { toUser } from './users.js';

/**
 * One weekly digest for one user: (user, period) is unique, so the row is the job.
 * pending → sent, or → failed (retried at next_attempt_at) → … → gave-up.
 * A row is worked on only under a lease (lease_until), taken by a conditional UPDATE.
 */
export type DeliveryStatus = 'pending' | 'failed' | 'sent' | 'gave-up';

export interface DeliveryRecord {
  id: string;
  userId: string;
  period: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  leaseUntil: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

function toDelivery(row: Selectable<Tables['digest_deliveries']>): DeliveryRecord {
  return {
    id: row.id,
    userId: row.user_id,
    period: row.period,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    leaseUntil: row.lease_until,
    lastError: row.last_error,
    sentAt: row.sent_at,
    createdAt: row.created_at,
  };
}

const OPEN: DeliveryStatus[] = ['pending', 'failed'];

/** Enabled users who turned the digest on. */
export async function listDigestRecipients(db: Kysely<Tables>): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('preferences', 'preferences.user_id', 'users.id')
    .selectAll('users')
    .where('preferences.digest_enabled', '=', 1)
    .where('users.disabled', '=', 0)
    .orderBy('users.id')
    .execute();
  return rows.map(toUser);
}

/** The row for (user, period), created pending if it is not there yet; a no-op when it is. */
export async function ensureDelivery(
  db: Kysely<Tables>,
  delivery: { id: string; userId: string; period: string; now: string },
): Promise<void> {
  await db
    .insertInto('digest_deliveries')
    .values({
      id: delivery.id,
      user_id: delivery.userId,
      period: delivery.period,
      status: 'pending',
      attempts: 0,
      next_attempt_at: delivery.now,
      lease_until: null,
      last_error: null,
      sent_at: null,
      created_at: delivery.now,
    })
    .onConflict((c) => c.columns(['user_id', 'period']).doNothing())
    .execute();
}

/**
 * Takes the lease on (user, period) if the row is open, due and not leased by anyone else.
 * A single UPDATE, so of several instances at most one gets it (PostgreSQL re-checks the WHERE
 * after a concurrent update commits; SQLite serialises writers). Returns the leased row, or null.
 */
export async function claimDelivery(
  db: Kysely<Tables>,
  userId: string,
  period: string,
  now: string,
  leaseUntil: string,
): Promise<DeliveryRecord | null> {
  const claimed = await changedAny(
    db
      .updateTable('digest_deliveries')
      .set({ lease_until: leaseUntil })
      .where('user_id', '=', userId)
      .where('period', '=', period)
      .where('status', 'in', OPEN)
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)])),
  );
  if (!claimed) return null;
  const row = await db
    .selectFrom('digest_deliveries')
    .selectAll()
    .where('user_id', '=', userId)
    .where('period', '=', period)
    .where('lease_until', '=', leaseUntil)
    .executeTakeFirst();
  return row ? toDelivery(row) : null;
}

/** Records the outcome and releases the lease, only while the lease is still ours. */
export async function finishDelivery(
  db: Kysely<Tables>,
  id: string,
  lease: string,
  outcome:
    | { status: 'sent'; attempts: number; sentAt: string }
    | { status: 'failed' | 'gave-up'; attempts: number; nextAttemptAt: string; error: string },
): Promise<boolean> {
  return changedAny(
    db
      .updateTable('digest_deliveries')
      .set(
        outcome.status === 'sent'
          ? { status: 'sent', attempts: outcome.attempts, sent_at: outcome.sentAt, last_error: null, lease_until: null }
          : {
              status: outcome.status,
              attempts: outcome.attempts,
              next_attempt_at: outcome.nextAttemptAt,
              last_error: outcome.error,
              lease_until: null,
            },
      )
      .where('id', '=', id)
      .where('lease_until', '=', lease),
  );
}

/** Open rows of earlier weeks that nobody holds: their week is over. */
export async function listStaleDeliveries(
  db: Kysely<Tables>,
  userId: string,
  currentPeriod: string,
  now: string,
): Promise<DeliveryRecord[]> {
  const rows = await db
    .selectFrom('digest_deliveries')
    .selectAll()
    .where('user_id', '=', userId)
    .where('period', '<', currentPeriod)
    .where('status', 'in', OPEN)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .execute();
  return rows.map(toDelivery);
}

/** Closes an open row for good; true only for the one caller whose UPDATE changed it. */
export async function abandonDelivery(db: Kysely<Tables>, id: string, now: string, error: string): Promise<boolean> {
  return changedAny(
    db
      .updateTable('digest_deliveries')
      .set({ status: 'gave-up', last_error: error, lease_until: null })
      .where('id', '=', id)
      .where('status', 'in', OPEN)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)])),
  );
}

export async function findDelivery(db: Kysely<Tables>, userId: string, period: string): Promise<DeliveryRecord | null> {
  const row = await db
    .selectFrom('digest_deliveries')
    .selectAll()
    .where('user_id', '=', userId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row ? toDelivery(row) : null;
}

export async function listDeliveriesOfUser(db: Kysely<Tables>, userId: string): Promise<DeliveryRecord[]> {
  const rows = await db.selectFrom('digest_deliveries').selectAll().where('user_id', '=', userId).orderBy('period').execute();
  return rows.map(toDelivery);
}
