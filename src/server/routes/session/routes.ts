import { z } from 'zod';
import { setupBody, setupStatus, signInBody, signUpBody, signedIn } from '../../../schemas/accounts.js';
import { errorBody } from '../../../schemas/errors.js';
import * as accounts from '../../../services/accounts.js';
import { endSession, csrfTokenForHash } from '../../../services/sessions.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';
import { clearSessionCookie, publicRoute, signInWithCookie } from '../../sessionCookie.js';

const tags = ['session'];

export async function sessionRoutes(app: App, { deps, secureCookies }: RouteContext) {
  app.get('/api/v1/setup', { ...publicRoute, schema: { tags, security: [], response: { 200: setupStatus } } }, async () => ({
    needsSetup: await accounts.needsSetup(deps),
    signup: deps.signup,
  }));

  app.post(
    '/api/v1/setup',
    { ...publicRoute, schema: { tags, security: [], body: setupBody, response: { 201: signedIn, 409: errorBody } } },
    async (request, reply) => {
      const user = await accounts.setup(deps, request.body);
      return reply.status(201).send(await signInWithCookie(deps, reply, user, secureCookies));
    },
  );

  app.post(
    '/api/v1/users',
    { ...publicRoute, schema: { tags, security: [], body: signUpBody, response: { 201: signedIn } } },
    async (request, reply) => {
      const user = await accounts.signUp(deps, request.body);
      return reply.status(201).send(await signInWithCookie(deps, reply, user, secureCookies));
    },
  );

  app.post(
    '/api/v1/session',
    { ...publicRoute, schema: { tags, security: [], body: signInBody, response: { 200: signedIn } } },
    async (request, reply) => {
      const user = await accounts.signIn(deps, request.body, request.ip);
      if (request.sessionHash) await endSession(deps, request.sessionHash);
      return signInWithCookie(deps, reply, user, secureCookies);
    },
  );

  app.delete('/api/v1/session', { schema: { tags, response: { 204: z.null() } } }, async (request, reply) => {
    if (request.sessionHash) await endSession(deps, request.sessionHash);
    clearSessionCookie(reply, secureCookies);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/me', { schema: { tags, response: { 200: signedIn } } }, async (request) => {
    const { user } = actorOf(request);
    // Token callers have no session, so no CSRF token applies to them.
    return { user, csrfToken: request.sessionHash ? csrfTokenForHash(deps, request.sessionHash) : '' };
  });
}
