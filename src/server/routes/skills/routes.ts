import { z } from 'zod';
import { idParams, orderBody } from '../../../schemas/common.js';
import { levelChange, levelChangeCreate, skill, skillCreate, skillPatch } from '../../../schemas/map.js';
import * as skills from '../../../services/skills.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';

const tags = ['skills'];

export async function skillRoutes(app: App, { deps }: RouteContext) {
  app.post(
    '/api/v1/destinations/:id/skills',
    { schema: { tags, params: idParams, body: skillCreate, response: { 201: skill } } },
    async (request, reply) =>
      reply.status(201).send(await skills.createSkill(deps, actorOf(request), request.params.id, request.body)),
  );

  app.put(
    '/api/v1/destinations/:id/skills/order',
    { schema: { tags, params: idParams, body: orderBody, response: { 204: z.null() } } },
    async (request, reply) => {
      await skills.reorderSkills(deps, actorOf(request), request.params.id, request.body.ids);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/v1/skills/:id',
    { schema: { tags, params: idParams, body: skillPatch, response: { 200: skill } } },
    async (request) => skills.patchSkill(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/skills/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await skills.deleteSkill(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/skills/:id/level-changes',
    { schema: { tags, params: idParams, response: { 200: z.array(levelChange) } } },
    async (request) => skills.listLevelChanges(deps, actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/skills/:id/level-changes',
    { schema: { tags, params: idParams, body: levelChangeCreate, response: { 201: levelChange } } },
    async (request, reply) =>
      reply.status(201).send(await skills.addLevelChange(deps, actorOf(request), request.params.id, request.body)),
  );
}
