import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../schemas/errors.js';
import { AppError } from '../services/errors.js';

function send(reply: FastifyReply, status: number, code: ErrorCode, message: string, extra: Partial<ErrorBody['error']> = {}) {
  const body: ErrorBody = { error: { code, message, ...extra } };
  return reply.status(status).type('application/json; charset=utf-8').serializer(JSON.stringify).send(body);
}

/** Turns a validation issue path like "/skills/0/name" into "skills.0.name". */
function fieldName(instancePath: string, params: unknown): string {
  const fromPath = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (fromPath) return fromPath;
  const missing = (params as { issue?: { path?: unknown[] } } | undefined)?.issue?.path;
  return missing?.length ? missing.join('.') : '_';
}

const unreadableBody = 'The request body could not be read: send JSON with Content-Type application/json.';
const unreadableMessages: Partial<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported Media Type: send JSON with Content-Type application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send a JSON object.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length does not match the body.',
};

/**
 * Errors the router raises before any route or hook runs (a malformed percent-encoding, an
 * over-long path segment): the same body as every other error, and never the URL echoed back.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return send(reply, 414, 'validation_failed', 'A part of the address is too long.', { fields: {} });
  }
  return send(reply, 400, 'validation_failed', 'The address is not valid.', { fields: {} });
}

/** The one place errors become HTTP: stable codes, no stack traces. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.details.retryAfterSeconds) reply.header('Retry-After', String(error.details.retryAfterSeconds));
    const { fields, current } = error.details;
    return send(reply, error.status, error.code, error.message, {
      ...(fields && { fields }),
      ...(current !== undefined && { current }),
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const name = fieldName(issue.instancePath, issue.params);
      fields[name] ??= issue.message ?? 'Not valid.';
    }
    return send(reply, 400, 'validation_failed', 'Some fields need attention.', { fields });
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    // An upload route has its own limit (10 MB for a file); the message names the one that applied.
    const limit = request.routeOptions.bodyLimit ?? 1_000_000;
    const size = limit < 1_000_000 ? `${Math.round(limit / 1000)} KB` : `${Math.round(limit / 1_000_000)} MB`;
    return send(reply, 413, 'payload_too_large', `The request body is larger than ${size}. Nothing was stored.`);
  }
  if (error.statusCode === 429) {
    return send(reply, 429, 'rate_limited', 'Too many requests. Try again later.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Malformed JSON, a wrong content type, an empty body: the client's input is the problem.
    // Fastify's and JSON.parse's own messages can quote the input, so they are never passed on.
    return send(reply, 400, 'validation_failed', unreadableMessages[error.code] ?? unreadableBody, { fields: {} });
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ issues: error.cause.issues, url: request.url }, 'response did not match its schema');
  } else {
    request.log.error({ err: error }, 'unhandled error');
  }
  return send(reply, 500, 'internal', 'Something went wrong on the server. It has been logged.');
}
