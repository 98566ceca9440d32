import * as attempts from '../db/repositories/signInAttempts.js';
import { MINUTE } from '../domain/time.js';
import type { ServiceDeps } from './context.js';
import { rateLimited } from './errors.js';

/**
 * How often a key (an email, an address on a page) may be used in a window. Counted in the
 * database, so every instance of the app shares one count and a restart does not reset it.
 */
export interface Allowance {
  limit: number;
  windowMs: number;
}

/** Takes one use from the key's allowance; throws rate_limited, with when to retry, when spent. */
export async function takeAllowance(deps: ServiceDeps, key: string, allowance: Allowance): Promise<void> {
  const nowMs = deps.clock.now().getTime();
  const since = new Date(nowMs - allowance.windowMs).toISOString();
  const now = new Date(nowMs).toISOString();
  // Keep the table small: a window that ended no longer counts (every allowance is 15 minutes or less).
  if (Math.random() < 0.05) await attempts.pruneAttempts(deps.db, new Date(nowMs - 15 * MINUTE).toISOString());
  if (await attempts.reserveAttempt(deps.db, { key, limit: allowance.limit, now, since })) return;
  const windowStart = await attempts.windowStartOf(deps.db, key);
  const freeAt = (windowStart ? Date.parse(windowStart) : nowMs) + allowance.windowMs;
  throw rateLimited(Math.max(1, Math.ceil((freeAt - nowMs) / 1000)));
}

/** Reading a page reached without an account (a shared portfolio, an endorsement link). */
export const publicReads: Allowance = { limit: 120, windowMs: 15 * MINUTE };
/** Writing through such a page (submitting an endorsement). */
export const publicWrites: Allowance = { limit: 10, windowMs: 15 * MINUTE };

/**
 * One address's use of one public page; `page` names it, so one page's traffic does not spend
 * another's allowance.
 */
export const takePublicAllowance = (deps: ServiceDeps, page: string, address: string, allowance: Allowance) =>
  takeAllowance(deps, `public:${page}:${address}`, allowance);
