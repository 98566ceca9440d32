import * as sessions from '../db/repositories/sessions.js';
import { DAY, MINUTE, addMilliseconds } from '../domain/time.js';
import type { User } from '../schemas/accounts.js';
import { type ServiceDeps, nowIso } from './context.js';
import { hashSecret, hmac, newSecret } from './secrets.js';

const SESSION_LENGTH = 30 * DAY;

export interface SessionContext {
  user: User;
  idHash: string;
}

/** A new session at every sign-in; only the hash of its secret is stored. */
export async function startSession(deps: ServiceDeps, userId: string): Promise<string> {
  const secret = newSecret();
  const now = deps.clock.now();
  await sessions.insertSession(deps.db, {
    idHash: hashSecret(secret),
    userId,
    now: now.toISOString(),
    expiresAt: addMilliseconds(now, SESSION_LENGTH).toISOString(),
  });
  return secret;
}

/** Sliding expiry, written at most once a minute so reads stay reads. */
export async function resumeSession(deps: ServiceDeps, secret: string): Promise<SessionContext | null> {
  const idHash = hashSecret(secret);
  const found = await sessions.findSession(deps.db, idHash);
  const now = deps.clock.now();
  if (!found || found.expiresAt <= now.toISOString() || found.user.disabled) return null;
  if (now.getTime() - Date.parse(found.lastSeenAt) > MINUTE) {
    await sessions.extendSession(deps.db, idHash, nowIso(deps), addMilliseconds(now, SESSION_LENGTH).toISOString());
  }
  return { user: found.user, idHash };
}

export async function endSession(deps: ServiceDeps, idHash: string): Promise<void> {
  await sessions.deleteSession(deps.db, idHash);
}

/** The CSRF token is bound to the session, so it needs no storage of its own. */
export function csrfTokenFor(deps: ServiceDeps, sessionSecret: string): string {
  return hmac(deps.csrfSecret, `csrf:${hashSecret(sessionSecret)}`);
}

export function csrfTokenForHash(deps: ServiceDeps, idHash: string): string {
  return hmac(deps.csrfSecret, `csrf:${idHash}`);
}
