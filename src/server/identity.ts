import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticateToken } from '../services/tokens.js';
import type { Actor, ServiceDeps } from '../services/context.js';
import { AppError, unauthenticated } from '../services/errors.js';
import { csrfTokenForHash, resumeSession } from '../services/sessions.js';
import { safeEqual } from '../services/secrets.js';

export const SESSION_COOKIE = 'gm_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the caller came with the session cookie (not a token). */
    sessionHash: string | null;
  }
  interface FastifyContextConfig {
    /** Routes are for signed-in users unless marked public. */
    public?: boolean;
    /** The answer shows a secret once: see `answersSecret` in the route table. */
    answersSecret?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who is calling: a Bearer token, else the session cookie, else nobody. */
async function identify(deps: ServiceDeps, request: FastifyRequest): Promise<void> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const user = await authenticateToken(deps, header.slice(7).trim());
    if (!user) throw unauthenticated('That access token is not valid. It may be revoked or expired.');
    request.actor = { user };
    return;
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return;
  const session = await resumeSession(deps, secret);
  if (session) {
    request.actor = { user: session.user };
    request.sessionHash = session.idHash;
  }
}

/**
 * Every API route requires a signed-in caller unless its table entry says public. Cookie callers that
 * change something must prove the request came from our page with the CSRF header; token
 * callers are exempt because a browser never attaches a token by itself.
 */
export function identityHook(deps: ServiceDeps) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    request.actor = null;
    request.sessionHash = null;
    // From the matched route's table entry, never from the URL as sent.
    const isPublic = request.routeOptions.config.public === true;
    try {
      await identify(deps, request);
    } catch (error) {
      if (isPublic) return;
      throw error;
    }
    if (isPublic) return;
    if (!request.actor) throw unauthenticated();
    if (request.sessionHash && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      const expected = csrfTokenForHash(deps, request.sessionHash);
      if (typeof sent !== 'string' || !safeEqual(sent, expected)) {
        throw new AppError('forbidden', 'Missing or wrong X-CSRF-Token header. Reload the page and try again.');
      }
    }
  };
}

/** For handlers of non-public routes: the hook has already made sure there is one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
