import { createClient } from '../../../src/client/api.js';

export { ApiError, currentOf, fieldErrors, isConflict, urlOf, type CallInput, type CallOutput } from '../../../src/client/api.js';

let csrfToken = '';

/** Set from every response that carries one (setup, sign-in, /me). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** For the one request the typed client cannot make: an upload that reports its progress (XMLHttpRequest). */
export const currentCsrfToken = (): string => csrfToken;

/** The typed client over the browser's fetch, with the session cookie and its CSRF token. */
export const api = createClient({
  fetch: (url, request) => fetch(url, { ...request, credentials: 'same-origin' }),
  csrfToken: () => csrfToken,
});
