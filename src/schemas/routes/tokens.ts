import { z } from 'zod';
import { tokenCreateBody, tokenCreated, tokenSummary } from '../accounts.js';
import { idParams } from '../common.js';
import { defineRoute } from '../route.js';

const tags = ['tokens'];

export const tokenRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/tokens',
    body: tokenCreateBody,
    response: { 201: tokenCreated },
    answersSecret: true,
    tags,
    summary: 'Create a personal access token (its secret is shown once)',
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/tokens',
    response: { 200: z.array(tokenSummary) },
    tags,
    summary: 'Your access tokens, without their secrets',
  }),
  revoke: defineRoute({
    method: 'DELETE',
    path: '/api/v1/tokens/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Revoke one access token',
  }),
  revokeAll: defineRoute({
    method: 'DELETE',
    path: '/api/v1/tokens',
    response: { 200: z.object({ revoked: z.number().int() }) },
    tags,
    summary: 'Revoke all your access tokens',
  }),
};
