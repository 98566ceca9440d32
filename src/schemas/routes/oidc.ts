import { z } from 'zod';
import { oidcCallbackQuery } from '../oidc.js';
import { defineRoute } from '../route.js';

const tags = ['session'];

/** Single sign-on with OpenID Connect (authorization code with PKCE); 404 while it is not configured. */
export const oidcRoutes = {
  start: defineRoute({
    method: 'GET',
    path: '/api/v1/oidc/start',
    response: { 303: z.null() },
    public: true,
    tags,
    summary: 'Single sign-on: sends the browser to the OpenID provider',
    description: 'Sets a ten-minute cookie that ties the answer to this browser. 404 when single sign-on is not configured.',
  }),
  callback: defineRoute({
    method: 'GET',
    path: '/api/v1/oidc/callback',
    query: oidcCallbackQuery,
    response: { 303: z.null() },
    public: true,
    tags,
    summary: 'Single sign-on: the provider sends the browser back here; signs in and goes on to /map',
    description:
      'Register `{BASE_URL}/api/v1/oidc/callback` at the provider. A failure goes on to `/sign-in?sso={reason}` instead.',
  }),
};
