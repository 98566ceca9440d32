import type { Routes } from '../../schemas/routes.js';
import * as accounts from '../../services/accounts.js';
import { csrfTokenForHash, endSession } from '../../services/sessions.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';
import { clearSessionCookie, signInWithCookie } from '../sessionCookie.js';

export const sessionHandlers = ({ deps, secureCookies }: RouteContext): Handlers<Routes['session']> => ({
  setupStatus: async () => ({
    needsSetup: await accounts.needsSetup(deps),
    signup: deps.signup,
    singleSignOn: deps.oidc ? { label: deps.oidc.label } : null,
  }),
  setup: async (request, reply) => signInWithCookie(deps, reply, await accounts.setup(deps, request.body), secureCookies),
  signUp: async (request, reply) => signInWithCookie(deps, reply, await accounts.signUp(deps, request.body), secureCookies),
  signIn: async (request, reply) => {
    const user = await accounts.signIn(deps, request.body, request.ip);
    if (request.sessionHash) await endSession(deps, request.sessionHash);
    return signInWithCookie(deps, reply, user, secureCookies);
  },
  signOut: async (request, reply) => {
    if (request.sessionHash) await endSession(deps, request.sessionHash);
    clearSessionCookie(reply, secureCookies);
    return null;
  },
  me: async (request) => {
    const actor = actorOf(request);
    // Token callers have no session, so no CSRF token applies to them.
    const csrfToken = request.sessionHash ? csrfTokenForHash(deps, request.sessionHash) : '';
    return { user: actor.user, csrfToken, hasPassword: await accounts.hasPassword(deps, actor) };
  },
});
