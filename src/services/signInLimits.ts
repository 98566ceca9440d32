import * as attempts from '../db/repositories/signInAttempts.js';
import { MINUTE } from '../domain/time.js';
import type { ServiceDeps } from './context.js';
import { takeAllowance } from './publicLimits.js';

// The 11th attempt within 15 minutes for one email, or the 51st from one address, is refused.
const WINDOW = 15 * MINUTE;
const PER_EMAIL = 10;
const PER_ADDRESS = 50;

const emailKey = (email: string) => `email:${email}`;

/** The attempt counter of an email, when its account is deleted. */
export async function forgetSignInAttempts(deps: ServiceDeps, email: string): Promise<void> {
  await attempts.forgetKey(deps.db, emailKey(email));
}

export interface SignInAttempt {
  /** The password was right: the attempt does not count against the allowance. */
  succeeded(): Promise<void>;
}

/**
 * Counts the attempt before the password is checked, so a burst of parallel guesses cannot
 * all be checked against a count none of them has raised yet. Throws rate_limited when spent.
 */
export async function reserveSignInAttempt(deps: ServiceDeps, email: string, address: string): Promise<SignInAttempt> {
  const taken: string[] = [];
  for (const [key, limit] of [
    [emailKey(email), PER_EMAIL],
    [`address:${address}`, PER_ADDRESS],
  ] as const) {
    try {
      await takeAllowance(deps, key, { limit, windowMs: WINDOW });
    } catch (refused) {
      for (const given of taken) await attempts.releaseAttempt(deps.db, given);
      throw refused;
    }
    taken.push(key);
  }
  return {
    async succeeded() {
      for (const key of taken) await attempts.releaseAttempt(deps.db, key);
    },
  };
}
