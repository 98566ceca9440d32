import type { SignedIn } from '../../../../src/schemas/accounts.js';
import { ApiError, api } from '../../api/client.js';

/** Too many attempts: `retryAt` says when the server will listen again. */
export class SignInLimited extends ApiError {
  constructor(
    message: string,
    readonly retryAt: Date | null,
  ) {
    super(429, 'rate_limited', message);
  }
}

/** Signs in; a rate-limited person learns when to try again. */
export async function requestSignIn(body: { email: string; password: string }): Promise<SignedIn> {
  try {
    return await api('POST /api/v1/session', { body });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 429) throw error;
    const seconds = error.retryAfterSeconds;
    throw new SignInLimited(error.message, seconds ? new Date(Date.now() + seconds * 1000) : null);
  }
}
