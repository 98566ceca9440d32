import { z } from 'zod';
import { plainString } from './common.js';

/**
 * Why a single sign-on ended on the sign-in page (`/sign-in?sso=…`). A code, never the provider's
 * words, so nobody can put a sentence of their choosing on our page through a link.
 */
export const ssoFailure = z.enum([
  /** The sign-in cookie is missing or older than ten minutes (another browser, or too slow). */
  'expired',
  /** The answer's state is not the one this browser was sent with. */
  'state',
  /** The person cancelled at the provider, or it refused. */
  'denied',
  /** The provider has not verified the email address, so it cannot name an account here. */
  'unverified',
  /** No account has that email and joining needs an invitation. */
  'no-account',
  /** The account is disabled. */
  'disabled',
  'rate-limited',
  /** The provider could not be reached or its answer did not check out. */
  'failed',
]);
export type SsoFailure = z.infer<typeof ssoFailure>;

const param = plainString().max(4096).optional();

/** What an OpenID provider sends back to the callback (RFC 6749 §4.1.2, RFC 9207's `iss`). */
export const oidcCallbackQuery = z.object({
  code: param,
  state: param,
  iss: param,
  error: param,
  error_description: param,
});
