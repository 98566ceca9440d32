import { expect } from 'vitest';
import { AppError } from '../../src/services/errors.js';

/** Awaits a promise that must fail with an AppError, and returns the error to look at. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
