import { z } from 'zod';
import { accountDeleteBody, accountPatch, passwordChangeBody, user } from '../../../schemas/accounts.js';
import { accountExport } from '../../../schemas/export.js';
import * as accounts from '../../../services/accounts.js';
import { exportAccount } from '../../../services/export.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';
import { clearSessionCookie } from '../../sessionCookie.js';

const tags = ['account'];

export async function accountRoutes(app: App, { deps, secureCookies }: RouteContext) {
  app.patch('/api/v1/me', { schema: { tags, body: accountPatch, response: { 200: user } } }, async (request) =>
    accounts.updateAccount(deps, actorOf(request), request.body),
  );

  app.put(
    '/api/v1/me/password',
    { schema: { tags, body: passwordChangeBody, response: { 204: z.null() } } },
    async (request, reply) => {
      await accounts.changePassword(deps, actorOf(request), request.body, request.sessionHash);
      return reply.status(204).send(null);
    },
  );

  app.get('/api/v1/me/export', { schema: { tags, response: { 200: accountExport } } }, async (request, reply) => {
    const data = await exportAccount(deps, actorOf(request));
    reply.header('Content-Disposition', `attachment; filename="growth-map-${data.exportedAt.slice(0, 10)}.json"`);
    return data;
  });

  app.delete('/api/v1/me', { schema: { tags, body: accountDeleteBody, response: { 204: z.null() } } }, async (request, reply) => {
    await accounts.deleteAccount(deps, actorOf(request), request.body);
    clearSessionCookie(reply, secureCookies);
    return reply.status(204).send(null);
  });
}
