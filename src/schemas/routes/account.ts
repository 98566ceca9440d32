import { z } from 'zod';
import { accountDeleteBody, accountPatch, passwordChangeBody, user } from '../accounts.js';
import { accountExport, accountImport, accountImportQuery, accountImported } from '../export.js';
import { defineRoute } from '../route.js';

const tags = ['account'];

/** An export carries every file of the account as base64; 50 MB holds a few of the 10 MB files. */
export const importBodyLimit = 50_000_000;

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
  import: defineRoute({
    method: 'POST',
    path: '/api/v1/me/import',
    query: accountImportQuery,
    body: accountImport,
    bodyLimit: importBodyLimit,
    response: { 200: accountImported },
    tags,
    summary: 'Restore an account export into your account, which must be empty',
    description:
      'The body is a file from `GET /api/v1/me/export` (any format version up to this one; older ones are upgraded), ' +
      'up to 50 MB (413 above). `?dryRun=true` checks it and counts its records without writing. ' +
      '409 when the account already holds records; 400 with fields when the file is incomplete or from a newer version.',
  }),
  exportSchema: defineRoute({
    method: 'GET',
    path: '/api/v1/schemas/account-export.json',
    response: { 200: z.record(z.string(), z.unknown()) },
    public: true,
    tags,
    summary: 'The JSON Schema of an account export (the current format version)',
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
