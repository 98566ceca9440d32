import type { FastifyReply, FastifyRequest } from 'fastify';
import * as keys from '../db/repositories/idempotencyKeys.js';
import { DAY, MINUTE } from '../domain/time.js';
import type { ServiceDeps } from '../services/context.js';
import { conflict, invalid } from '../services/errors.js';
import { hashSecret } from '../services/secrets.js';

/** How long a key answers with its first result. */
const KEEP = DAY;
/** A first request that has not answered by then is taken to have died with its process. */
const PENDING_TIMEOUT = MINUTE;
const VISIBLE_ASCII = /^[\x21-\x7e]{1,200}$/;
/**
 * Creates whose answer carries a secret shown once (a token, a link): keeping the answer to
 * replay it would store the secret in plain text, so these ignore the key. Public routes
 * (setup, sign-up, sign-in) have no user to key on.
 */
const ANSWERS_WITH_SECRETS = new Set([
  '/api/v1/tokens',
  '/api/v1/invitations',
  '/api/v1/users/:id/password-reset',
  '/api/v1/calendar-feed',
  '/api/v1/endorsement-requests',
]);

/**
 * `Idempotency-Key` on any signed-in POST: the same key from the same user on the same path
 * within 24 hours answers the first request's status and body again instead of running it
 * twice (a double-submitted form, a retried script). Only successes are kept: a refused
 * request releases its key, so the corrected request can reuse it.
 */
export function idempotency(deps: ServiceDeps) {
  const claimed = new WeakMap<FastifyRequest, keys.KeyRef>();

  async function preHandler(request: FastifyRequest, reply: FastifyReply) {
    const sent = request.headers['idempotency-key'];
    if (request.method !== 'POST' || !request.actor || sent === undefined) return;
    if (request.routeOptions.config?.public === true || ANSWERS_WITH_SECRETS.has(request.routeOptions.url ?? '')) return;
    if (typeof sent !== 'string' || !VISIBLE_ASCII.test(sent)) {
      throw invalid({ 'Idempotency-Key': 'Use 1 to 200 visible ASCII characters, new for each submission.' });
    }
    const ref = { userId: request.actor.user.id, route: `POST ${request.url}`, keyHash: hashSecret(sent) };
    const now = deps.clock.now().getTime();
    const expiredBefore = new Date(now - KEEP).toISOString();
    const times = { now: new Date(now).toISOString(), staleBefore: new Date(now - PENDING_TIMEOUT).toISOString(), expiredBefore };
    if (await keys.claimKey(deps.db, ref, times)) {
      claimed.set(request, ref);
      if (Math.random() < 0.01) await keys.pruneKeys(deps.db, expiredBefore);
      return;
    }
    const first = await keys.findKey(deps.db, ref);
    if (first?.status == null || first.body === null) {
      throw conflict('A request with this Idempotency-Key is still running. Try again in a moment.');
    }
    return reply
      .status(first.status)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(first.body);
  }

  async function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const ref = claimed.get(request);
    if (!ref) return payload;
    claimed.delete(request);
    const body = typeof payload === 'string' ? payload : payload == null ? '' : null;
    if (reply.statusCode >= 200 && reply.statusCode < 300 && body !== null) {
      await keys.completeKey(deps.db, ref, { status: reply.statusCode, body });
    } else {
      await keys.releaseKey(deps.db, ref);
    }
    return payload;
  }

  return { preHandler, onSend };
}
