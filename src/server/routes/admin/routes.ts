import { z } from 'zod';
import {
  adminUserPatch,
  invitation,
  invitationSummary,
  passwordResetBody,
  passwordResetLink,
  signedIn,
  tokenParams,
  user,
} from '../../../schemas/accounts.js';
import { idParams } from '../../../schemas/common.js';
import * as admin from '../../../services/admin.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';
import { publicRoute, signInWithCookie } from '../../sessionCookie.js';

const tags = ['administration'];
const linkStatus = z.object({ valid: z.boolean() });

export async function adminRoutes(app: App, { deps, secureCookies }: RouteContext) {
  app.post('/api/v1/invitations', { schema: { tags, response: { 201: invitation } } }, async (request, reply) =>
    reply.status(201).send(await admin.createInvitation(deps, actorOf(request))),
  );

  app.get('/api/v1/invitations', { schema: { tags, response: { 200: z.array(invitationSummary) } } }, async (request) =>
    admin.listInvitations(deps, actorOf(request)),
  );

  app.delete(
    '/api/v1/invitations/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await admin.revokeInvitation(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Lets the join page say up front whether its link still works.
  app.get(
    '/api/v1/join/:token',
    { ...publicRoute, schema: { tags, security: [], params: tokenParams, response: { 200: linkStatus } } },
    async (request) => ({ valid: await admin.invitationIsOpen(deps, request.params.token) }),
  );

  app.get('/api/v1/users', { schema: { tags, response: { 200: z.array(user) } } }, async (request) =>
    admin.listUsers(deps, actorOf(request)),
  );

  app.patch(
    '/api/v1/users/:id',
    { schema: { tags, params: idParams, body: adminUserPatch, response: { 200: user } } },
    async (request) => admin.updateUser(deps, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/users/:id/password-reset',
    { schema: { tags, params: idParams, response: { 201: passwordResetLink } } },
    async (request, reply) => reply.status(201).send(await admin.issuePasswordReset(deps, actorOf(request), request.params.id)),
  );

  app.get(
    '/api/v1/password-resets/:token',
    { ...publicRoute, schema: { tags, security: [], params: tokenParams, response: { 200: linkStatus } } },
    async (request) => ({ valid: await admin.passwordResetIsOpen(deps, request.params.token) }),
  );

  app.post(
    '/api/v1/password-resets/:token',
    {
      ...publicRoute,
      schema: { tags, security: [], params: tokenParams, body: passwordResetBody, response: { 200: signedIn } },
    },
    async (request, reply) => {
      const resetUser = await admin.resetPassword(deps, request.params.token, request.body.password);
      return signInWithCookie(deps, reply, resetUser, secureCookies);
    },
  );
}
