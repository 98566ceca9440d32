import { z } from 'zod';

export const errorCode = z.enum([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  /** A one-time link already used: an endorsement request already answered. */
  'gone',
  'payload_too_large',
  'rate_limited',
  'internal',
  /** A service the server called for the user (a team channel's webhook) failed. */
  'upstream_failed',
]);
export type ErrorCode = z.infer<typeof errorCode>;

/** The one error body every route answers with. */
export const errorBody = z.object({
  error: z.object({
    code: errorCode,
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    current: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
