import type { Routes } from '../../schemas/routes.js';
import * as admin from '../../services/admin.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';
import { signInWithCookie } from '../sessionCookie.js';

export const adminHandlers = ({ deps, secureCookies }: RouteContext): Handlers<Routes['admin']> => ({
  createInvitation: async (request) => admin.createInvitation(deps, actorOf(request)),
  listInvitations: async (request) => admin.listInvitations(deps, actorOf(request)),
  revokeInvitation: async (request) => {
    await admin.revokeInvitation(deps, actorOf(request), request.params.id);
    return null;
  },
  invitationStatus: async (request) => ({ valid: await admin.invitationIsOpen(deps, request.params.token) }),
  listUsers: async (request) => admin.listUsers(deps, actorOf(request)),
  patchUser: async (request) => admin.updateUser(deps, actorOf(request), request.params.id, request.body),
  issuePasswordReset: async (request) => admin.issuePasswordReset(deps, actorOf(request), request.params.id),
  passwordResetStatus: async (request) => ({ valid: await admin.passwordResetIsOpen(deps, request.params.token) }),
  resetPassword: async (request, reply) => {
    const user = await admin.resetPassword(deps, request.params.token, request.body.password);
    return signInWithCookie(deps, reply, user, secureCookies);
  },
});
