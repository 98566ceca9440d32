import { z } from 'zod';
import { tokenCreateBody, tokenCreated, tokenSummary } from '../../../schemas/accounts.js';
import { idParams } from '../../../schemas/common.js';
import * as tokens from '../../../services/tokens.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';

const tags = ['tokens'];

export async function tokenRoutes(app: App, { deps }: RouteContext) {
  app.post(
    '/api/v1/tokens',
    { schema: { tags, body: tokenCreateBody, response: { 201: tokenCreated } } },
    async (request, reply) => reply.status(201).send(await tokens.createToken(deps, actorOf(request), request.body)),
  );

  app.get('/api/v1/tokens', { schema: { tags, response: { 200: z.array(tokenSummary) } } }, async (request) =>
    tokens.listTokens(deps, actorOf(request)),
  );

  app.delete(
    '/api/v1/tokens/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await tokens.revokeToken(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/tokens',
    { schema: { tags, response: { 200: z.object({ revoked: z.number().int() }) } } },
    async (request) => ({ revoked: await tokens.revokeAllTokens(deps, actorOf(request)) }),
  );
}
