import type { Kysely } from 'kysely';
import type { User } from '../../schemas/accounts.js';
import { prepared } from '../prepared.js';
import { keptWhileUnchanged } from '../readCache.js';
import type { Tables } from '../tables.js';
import { toUser } from './users.js';

export interface StoredSession {
  idHash: string;
  lastSeenAt: string;
  expiresAt: string;
  user: User;
}

export async function insertSession(
  db: Kysely<Tables>,
  session: { idHash: string; userId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
    })
    .execute();
}

// Every request with the session cookie runs this: compiled once, kept while the database is unchanged.
const sessionByHash = keptWhileUnchanged(
  prepared((db, idHash) =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select(['sessions.id_hash', 'sessions.last_seen_at', 'sessions.expires_at'])
      .where('sessions.id_hash', '=', idHash),
  ),
);

export async function findSession(db: Kysely<Tables>, idHash: string): Promise<StoredSession | null> {
  const [row] = await sessionByHash(db, idHash);
  if (!row) return null;
  return { idHash: row.id_hash, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at, user: toUser(row) };
}

export async function extendSession(db: Kysely<Tables>, idHash: string, now: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Kysely<Tables>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Kysely<Tables>, userId: string, exceptIdHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptIdHash) query = query.where('id_hash', '!=', exceptIdHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Kysely<Tables>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
