import type { ErrorCode } from '../schemas/errors.js';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  upstream_failed: 502,
};

/** The one error type: a stable code clients branch on, mapped to HTTP in one place. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: Record<string, string>; current?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = statusOf[code];
  }
}

export const notFound = (what = 'That record') => new AppError('not_found', `${what} was not found.`);
/**
 * A secret link (a shared portfolio, an endorsement request) that is unknown, expired, revoked or
 * withdrawn: all answer exactly alike, so a link says nothing about any other.
 */
export const linkNotFound = () => new AppError('not_found', 'This link does not work.');
export const forbidden = (message = 'You do not have permission to do that.') => new AppError('forbidden', message);
export const unauthenticated = (message = 'Sign in to continue.') => new AppError('unauthenticated', message);
export const conflict = (message: string, current?: unknown) =>
  new AppError('conflict', message, current === undefined ? {} : { current });
export const staleVersion = (current: unknown) => conflict('This record was changed elsewhere since you loaded it.', current);
export const gone = (message: string) => new AppError('gone', message);
export const invalid = (fields: Record<string, string>, message = 'Some fields need attention.') =>
  new AppError('validation_failed', message, { fields });
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('rate_limited', 'Too many attempts. Try again later.', { retryAfterSeconds });
