import type { Kysely } from 'kysely';
import type { User } from '../../schemas/accounts.js';
import type { Tables } from '../tables.js';
import { toUser } from './users.js';

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: string;
}

export async function insertLogin(db: Kysely<Tables>, login: PendingLogin & { idHash: string; now: string }): Promise<void> {
  await db
    .insertInto('oidc_logins')
    .values({
      id_hash: login.idHash,
      state: login.state,
      nonce: login.nonce,
      code_verifier: login.codeVerifier,
      created_at: login.now,
      expires_at: login.expiresAt,
    })
    .execute();
}

/** Deletes the pending login and answers it: one DELETE, so a second callback with the same cookie finds nothing. */
export async function takeLogin(db: Kysely<Tables>, idHash: string): Promise<PendingLogin | null> {
  const row = await db
    .deleteFrom('oidc_logins')
    .where('id_hash', '=', idHash)
    .returning(['state', 'nonce', 'code_verifier', 'expires_at'])
    .executeTakeFirst();
  return row ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, expiresAt: row.expires_at } : null;
}

export async function pruneLogins(db: Kysely<Tables>, now: string): Promise<void> {
  await db.deleteFrom('oidc_logins').where('expires_at', '<=', now).execute();
}

export async function findLinkedUser(db: Kysely<Tables>, issuer: string, subject: string): Promise<User | null> {
  const row = await db
    .selectFrom('user_identities')
    .innerJoin('users', 'users.id', 'user_identities.user_id')
    .selectAll('users')
    .where('user_identities.issuer', '=', issuer)
    .where('user_identities.subject', '=', subject)
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

/** Links the provider's account to the user; a link that already exists stays as it is. */
export async function linkIdentity(
  db: Kysely<Tables>,
  link: { issuer: string; subject: string; userId: string; now: string },
): Promise<void> {
  await db
    .insertInto('user_identities')
    .values({ issuer: link.issuer, subject: link.subject, user_id: link.userId, created_at: link.now })
    .onConflict((conflict) => conflict.columns(['issuer', 'subject']).doNothing())
    .execute();
}
