import { z } from 'zod';
import { accountDeleteBody, accountPatch, passwordChangeBody, user } from '../accounts.js';
import { accountExport } from '../export.js';
import { defineRoute } from '../route.js';

const tags = ['account'];

export const accountRoutes = {
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/me',
    body: accountPatch,
    response: { 200: user },
    tags,
    summary: 'Change your name, email or time zone',
  }),
  changePassword: defineRoute({
    method: 'PUT',
    path: '/api/v1/me/password',
    body: passwordChangeBody,
    response: { 204: z.null() },
    tags,
    summary: 'Change your password; other sessions end',
  }),
  export: defineRoute({
    method: 'GET',
    path: '/api/v1/me/export',
    response: { 200: accountExport },
    download: true,
    tags,
    summary: 'Download everything in your account as one JSON document',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/me',
    body: accountDeleteBody,
    response: { 204: z.null() },
    tags,
    summary: 'Delete your account and everything in it',
  }),
};
