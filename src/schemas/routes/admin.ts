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
} from '../accounts.js';
import { idParams } from '../common.js';
import { defineRoute } from '../route.js';

const tags = ['administration'];
export const linkStatus = z.object({ valid: z.boolean() });

export const adminRoutes = {
  createInvitation: defineRoute({
    method: 'POST',
    path: '/api/v1/invitations',
    response: { 201: invitation },
    answersSecret: true,
    tags,
    summary: 'Create an invitation link (administrators)',
  }),
  listInvitations: defineRoute({
    method: 'GET',
    path: '/api/v1/invitations',
    response: { 200: z.array(invitationSummary) },
    tags,
    summary: 'Open and used invitations (administrators)',
  }),
  revokeInvitation: defineRoute({
    method: 'DELETE',
    path: '/api/v1/invitations/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Revoke an invitation (administrators)',
  }),
  invitationStatus: defineRoute({
    method: 'GET',
    path: '/api/v1/join/{token}',
    params: tokenParams,
    response: { 200: linkStatus },
    public: true,
    tags,
    summary: 'Whether an invitation link still works, so the join page can say so up front',
  }),
  listUsers: defineRoute({
    method: 'GET',
    path: '/api/v1/users',
    response: { 200: z.array(user) },
    tags,
    summary: 'Every user (administrators)',
  }),
  patchUser: defineRoute({
    method: 'PATCH',
    path: '/api/v1/users/{id}',
    params: idParams,
    body: adminUserPatch,
    response: { 200: user },
    tags,
    summary: 'Change a user’s role or disable them (administrators; the last administrator is protected)',
  }),
  issuePasswordReset: defineRoute({
    method: 'POST',
    path: '/api/v1/users/{id}/password-reset',
    params: idParams,
    response: { 201: passwordResetLink },
    answersSecret: true,
    tags,
    summary: 'Make a password-reset link for a user (administrators)',
  }),
  passwordResetStatus: defineRoute({
    method: 'GET',
    path: '/api/v1/password-resets/{token}',
    params: tokenParams,
    response: { 200: linkStatus },
    public: true,
    tags,
    summary: 'Whether a password-reset link still works',
  }),
  resetPassword: defineRoute({
    method: 'POST',
    path: '/api/v1/password-resets/{token}',
    params: tokenParams,
    body: passwordResetBody,
    response: { 200: signedIn },
    public: true,
    tags,
    summary: 'Set a new password with a reset link, and sign in',
  }),
};
