import { z } from 'zod';
import { setupBody, setupStatus, signInBody, signUpBody, signedIn } from '../accounts.js';
import { defineRoute } from '../route.js';

const tags = ['session'];

export const sessionRoutes = {
  setupStatus: defineRoute({
    method: 'GET',
    path: '/api/v1/setup',
    response: { 200: setupStatus },
    public: true,
    tags,
    summary: 'Whether the first administrator still has to be created, and how people join',
  }),
  setup: defineRoute({
    method: 'POST',
    path: '/api/v1/setup',
    body: setupBody,
    response: { 201: signedIn },
    public: true,
    tags,
    summary: 'Create the first administrator and sign in (409 once done)',
  }),
  signUp: defineRoute({
    method: 'POST',
    path: '/api/v1/users',
    body: signUpBody,
    response: { 201: signedIn },
    public: true,
    tags,
    summary: 'Join with an invitation (or freely when sign-up is open) and sign in',
  }),
  signIn: defineRoute({
    method: 'POST',
    path: '/api/v1/session',
    body: signInBody,
    response: { 200: signedIn },
    public: true,
    tags,
    summary: 'Sign in with email and password; sets the session cookie',
  }),
  signOut: defineRoute({
    method: 'DELETE',
    path: '/api/v1/session',
    response: { 204: z.null() },
    tags,
    summary: 'Sign out: end this session',
  }),
  me: defineRoute({
    method: 'GET',
    path: '/api/v1/me',
    response: { 200: signedIn },
    tags,
    summary: 'Who is signed in, and the CSRF token for this session',
  }),
};
