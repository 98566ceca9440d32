import type { FastifyRequest } from 'fastify';
import type { RedirectTo } from '../../schemas/route.js';
import type { Routes } from '../../schemas/routes.js';
import { endSession } from '../../services/sessions.js';
import { LOGIN_LENGTH, SsoRefused, beginSingleSignOn, finishSingleSignOn } from '../../services/singleSignOn.js';
import type { Handlers } from '../handler.js';
import type { RouteContext } from '../routeContext.js';
import { signInWithCookie } from '../sessionCookie.js';

/** Ties the provider's answer to the browser that asked; sent back on the top-level redirect, so Lax. */
const LOGIN_COOKIE = 'gm_oidc';

export const oidcHandlers = ({ deps, secureCookies }: RouteContext): Handlers<Routes['oidc']> => {
  const cookieOptions = { path: '/api/v1/oidc', httpOnly: true, sameSite: 'lax', secure: secureCookies } as const;
  return {
    start: async (request, reply) => {
      try {
        const { cookie, location } = await beginSingleSignOn(deps, request.ip);
        reply.setCookie(LOGIN_COOKIE, cookie, { ...cookieOptions, maxAge: LOGIN_LENGTH / 1000 });
        return { location };
      } catch (error) {
        return toSignIn(request, error);
      }
    },
    callback: async (request, reply) => {
      reply.clearCookie(LOGIN_COOKIE, cookieOptions);
      try {
        const user = await finishSingleSignOn(deps, {
          cookie: request.cookies[LOGIN_COOKIE],
          query: request.query,
          address: request.ip,
        });
        if (request.sessionHash) await endSession(deps, request.sessionHash);
        await signInWithCookie(deps, reply, user, secureCookies);
        // Where the password form leads too.
        return { location: '/map' };
      } catch (error) {
        return toSignIn(request, error);
      }
    },
  };
};

/** A refused sign-in goes back to the sign-in page, which says why; anything else is an error answer. */
function toSignIn(request: FastifyRequest, error: unknown): RedirectTo {
  if (!(error instanceof SsoRefused)) throw error;
  if (error.reason === 'failed') request.log.warn({ err: error.cause }, 'single sign-on failed');
  return { location: `/sign-in?sso=${error.reason}` };
}
