import type { SignedIn } from '../../../../src/schemas/accounts.js';
import type { ErrorBody } from '../../../../src/schemas/errors.js';
import { ApiError } from '../../api/client.js';

/** Too many attempts: `retryAt` says when the server will listen again. */
export class SignInLimited extends ApiError {
  constructor(
    message: string,
    readonly retryAt: Date | null,
  ) {
    super(429, 'rate_limited', message);
  }
}

/**
 * POST /api/v1/session. Unlike api(), this reads the Retry-After header so a rate-limited
 * person learns when to try again. The route is public, so no CSRF header is needed.
 */
export async function requestSignIn(body: { email: string; password: string }): Promise<SignedIn> {
  let response: Response;
  try {
    response = await fetch('/api/v1/session', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return data as SignedIn;
  const error = (data as ErrorBody | null)?.error;
  const message = error?.message ?? `The server answered ${response.status}.`;
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    throw new SignInLimited(message, Number.isFinite(seconds) && seconds > 0 ? new Date(Date.now() + seconds * 1000) : null);
  }
  throw new ApiError(response.status, error?.code ?? 'internal', message, error?.fields ?? {}, error?.current);
}
