import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { changedAny } from './versioned.js';

/** Invitations: single use, expiring, stored as a hash. */

export async function insertInvitation(
  db: Kysely<Tables>,
  invitation: { id: string; hash: string; createdBy: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: invitation.id,
      token_hash: invitation.hash,
      created_by: invitation.createdBy,
      created_at: invitation.now,
      expires_at: invitation.expiresAt,
      used_at: null,
      used_by: null,
      revoked_at: null,
    })
    .execute();
}

export async function listOpenInvitations(db: Kysely<Tables>, now: string) {
  const rows = await db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.created_by')
    .select(['invitations.id', 'invitations.created_at', 'invitations.expires_at', 'users.name'])
    .where('invitations.used_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .orderBy('invitations.created_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, expiresAt: r.expires_at, createdBy: r.name }));
}

export async function revokeInvitation(db: Kysely<Tables>, id: string, now: string): Promise<boolean> {
  return changedAny(
    db
      .updateTable('invitations')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null),
  );
}

/** Claims the invitation atomically: two people racing for one link, one wins. */
export async function claimInvitation(db: Kysely<Tables>, hash: string, userId: string, now: string): Promise<boolean> {
  return changedAny(
    db
      .updateTable('invitations')
      .set({ used_at: now, used_by: userId })
      .where('token_hash', '=', hash)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now),
  );
}

export async function invitationIsOpen(db: Kysely<Tables>, hash: string, now: string): Promise<boolean> {
  const row = await db
    .selectFrom('invitations')
    .select('id')
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** The invitations a deleted account used stop pointing at it. */
export async function forgetInvitee(db: Kysely<Tables>, userId: string): Promise<void> {
  await db.updateTable('invitations').set({ used_by: null }).where('used_by', '=', userId).execute();
}
