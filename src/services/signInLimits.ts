import * as failures from '../db/repositories/signInLimits.js';
import { MINUTE } from '../domain/time.js';
import { type ServiceDeps, newId, nowIso } from './context.js';
import { rateLimited } from './errors.js';

// The 11th failure within 15 minutes for one email, or the 51st from one address, is refused.
const WINDOW = 15 * MINUTE;
const PER_EMAIL = 10;
const PER_ADDRESS = 50;

export async function assertMayTrySignIn(deps: ServiceDeps, email: string, address: string): Promise<void> {
  const now = deps.clock.now().getTime();
  const since = new Date(now - WINDOW).toISOString();
  const [byEmail, byAddress] = await Promise.all([
    failures.failuresSince(deps.db, { email }, since),
    failures.failuresSince(deps.db, { address }, since),
  ]);
  const blocking = [
    byEmail.count >= PER_EMAIL ? byEmail.oldest : null,
    byAddress.count >= PER_ADDRESS ? byAddress.oldest : null,
  ].filter((oldest): oldest is string => oldest !== null);
  if (blocking.length === 0) return;
  const freeAt = Math.max(...blocking.map((oldest) => Date.parse(oldest) + WINDOW));
  throw rateLimited(Math.max(1, Math.ceil((freeAt - now) / 1000)));
}

export async function recordSignInFailure(deps: ServiceDeps, email: string, address: string): Promise<void> {
  await failures.recordFailure(deps.db, { id: newId(), email, address, at: nowIso(deps) });
  // Keep the table small: anything older than the window no longer counts.
  if (Math.random() < 0.05) {
    await failures.pruneFailures(deps.db, new Date(deps.clock.now().getTime() - WINDOW).toISOString());
  }
}
