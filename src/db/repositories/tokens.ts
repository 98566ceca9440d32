import type { Kysely } from 'kysely';
import type { TokenSummary, User } from '../../schemas/accounts.js';
import { prepared } from '../prepared.js';
import { keptWhileUnchanged } from '../readCache.js';
import type { Tables } from '../tables.js';
import { toUser } from './users.js';

export async function insertToken(
  db: Kysely<Tables>,
  token: { id: string; userId: string; name: string; hash: string; now: string; expiresAt: string | null },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.hash,
      created_at: token.now,
      last_used_at: null,
      expires_at: token.expiresAt,
    })
    .execute();
}

// Every request with a token runs this: compiled once, kept while the database is unchanged.
const tokenByHash = keptWhileUnchanged(
  prepared((db, hash) =>
    db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('users')
      .select(['api_tokens.id as token_id', 'api_tokens.last_used_at', 'api_tokens.expires_at'])
      .where('api_tokens.token_hash', '=', hash),
  ),
);

export async function findTokenByHash(
  db: Kysely<Tables>,
  hash: string,
): Promise<{ id: string; lastUsedAt: string | null; expiresAt: string | null; user: User } | null> {
  const [row] = await tokenByHash(db, hash);
  if (!row) return null;
  return { id: row.token_id, lastUsedAt: row.last_used_at, expiresAt: row.expires_at, user: toUser(row) };
}

export async function touchToken(db: Kysely<Tables>, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function listTokens(db: Kysely<Tables>, userId: string): Promise<TokenSummary[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
  }));
}

/** Returns how many were revoked: 0 means the token is not the user's. */
export async function deleteTokens(db: Kysely<Tables>, userId: string, id?: string): Promise<number> {
  let query = db.deleteFrom('api_tokens').where('user_id', '=', userId);
  if (id) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
