import { z } from 'zod';
import { idParams, orderBody } from '../../../schemas/common.js';
import { destination, destinationCreate, destinationPatch, smart, smartCheckBody } from '../../../schemas/map.js';
import * as destinations from '../../../services/destinations.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';

const tags = ['destinations'];

export async function destinationRoutes(app: App, { deps }: RouteContext) {
  app.post(
    '/api/v1/destinations',
    { schema: { tags, body: destinationCreate, response: { 201: destination } } },
    async (request, reply) => reply.status(201).send(await destinations.createDestination(deps, actorOf(request), request.body)),
  );

  app.put(
    '/api/v1/destinations/order',
    { schema: { tags, body: orderBody, response: { 204: z.null() } } },
    async (request, reply) => {
      await destinations.reorderDestinations(deps, actorOf(request), request.body.ids);
      return reply.status(204).send(null);
    },
  );

  app.get('/api/v1/destinations/:id', { schema: { tags, params: idParams, response: { 200: destination } } }, async (request) =>
    destinations.getDestination(deps, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/destinations/:id',
    { schema: { tags, params: idParams, body: destinationPatch, response: { 200: destination } } },
    async (request) => destinations.patchDestination(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/destinations/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await destinations.deleteDestination(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // The SMART check of a draft, so the form can show it live with the user's own "today".
  app.post('/api/v1/smart-check', { schema: { tags, body: smartCheckBody, response: { 200: smart } } }, async (request) =>
    destinations.previewSmart(deps, actorOf(request), request.body),
  );
}
