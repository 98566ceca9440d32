import type { FastifyReply } from 'fastify';
import type { User } from '../schemas/accounts.js';
import { hasPassword } from '../services/accounts.js';
import type { ServiceDeps } from '../services/context.js';
import { csrfTokenFor, startSession } from '../services/sessions.js';
import { SESSION_COOKIE } from './identity.js';

const THIRTY_DAYS_SECONDS = 30 * 24 * 60 * 60;

/** Starts a fresh session for the user and answers what the client needs: the user, its CSRF token, whether it has a password. */
export async function signInWithCookie(deps: ServiceDeps, reply: FastifyReply, user: User, secure: boolean) {
  const secret = await startSession(deps, user.id);
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: THIRTY_DAYS_SECONDS,
  });
  return { user, csrfToken: csrfTokenFor(deps, secret), hasPassword: await hasPassword(deps, { user }) };
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
