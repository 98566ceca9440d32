import * as tokens from '../db/repositories/tokens.js';
import { MINUTE } from '../domain/time.js';
import type { TokenSummary, User } from '../schemas/accounts.js';
import { type Actor, type ServiceDeps, newId, nowIso } from './context.js';
import { invalid, notFound } from './errors.js';
import { hashSecret, newSecret } from './secrets.js';

// The prefix makes a leaked token easy to recognise (and to scan for).
const PREFIX = 'gm_';

export async function createToken(
  deps: ServiceDeps,
  actor: Actor,
  body: { name: string; expiresAt?: string | null },
): Promise<{ id: string; name: string; token: string; expiresAt: string | null }> {
  const expiresAt = body.expiresAt ? toInstant(body.expiresAt) : null;
  if (expiresAt && expiresAt <= nowIso(deps)) throw invalid({ expiresAt: 'Pick an expiry in the future.' });
  const token = newSecret(PREFIX);
  const id = newId();
  await tokens.insertToken(deps.db, {
    id,
    userId: actor.user.id,
    name: body.name,
    hash: hashSecret(token),
    now: nowIso(deps),
    expiresAt,
  });
  return { id, name: body.name, token, expiresAt };
}

/** A calendar date means "until the end of that day, UTC". */
function toInstant(value: string): string {
  return value.length === 10 ? `${value}T23:59:59.999Z` : new Date(value).toISOString();
}

export function listTokens(deps: ServiceDeps, actor: Actor): Promise<TokenSummary[]> {
  return tokens.listTokens(deps.db, actor.user.id);
}

export async function revokeToken(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  if ((await tokens.deleteTokens(deps.db, actor.user.id, id)) === 0) throw notFound('That token');
}

export async function revokeAllTokens(deps: ServiceDeps, actor: Actor): Promise<number> {
  return tokens.deleteTokens(deps.db, actor.user.id);
}

/** Last use is written at most once a minute, so a busy script does not turn reads into writes. */
export async function authenticateToken(deps: ServiceDeps, token: string): Promise<User | null> {
  if (!token.startsWith(PREFIX)) return null;
  const found = await tokens.findTokenByHash(deps.db, hashSecret(token));
  const now = deps.clock.now();
  if (!found || found.user.disabled) return null;
  if (found.expiresAt && found.expiresAt <= now.toISOString()) return null;
  if (!found.lastUsedAt || now.getTime() - Date.parse(found.lastUsedAt) >= MINUTE) {
    await tokens.touchToken(deps.db, found.id, now.toISOString());
  }
  return found.user;
}
