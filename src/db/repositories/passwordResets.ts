import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { changedAny } from './versioned.js';

/** Password-reset links: single use, expiring, stored as a hash. */

export async function insertPasswordReset(
  db: Kysely<Tables>,
  reset: { id: string; hash: string; userId: string; now: string; expiresAt: string },
): Promise<void> {
  // A new link replaces any earlier one for the same user.
  await db
    .updateTable('password_resets')
    .set({ used_at: reset.now })
    .where('user_id', '=', reset.userId)
    .where('used_at', 'is', null)
    .execute();
  await db
    .insertInto('password_resets')
    .values({
      id: reset.id,
      token_hash: reset.hash,
      user_id: reset.userId,
      created_at: reset.now,
      expires_at: reset.expiresAt,
      used_at: null,
    })
    .execute();
}

/** Returns the user id the reset was for, once. */
export async function claimPasswordReset(db: Kysely<Tables>, hash: string, now: string): Promise<string | null> {
  const row = await db
    .selectFrom('password_resets')
    .select(['id', 'user_id'])
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const claimed = await changedAny(
    db.updateTable('password_resets').set({ used_at: now }).where('id', '=', row.id).where('used_at', 'is', null),
  );
  return claimed ? row.user_id : null;
}

export async function passwordResetIsOpen(db: Kysely<Tables>, hash: string, now: string): Promise<boolean> {
  const row = await db
    .selectFrom('password_resets')
    .select('id')
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}
