import { z } from 'zod';
import { idParams } from '../../../schemas/common.js';
import {
  backupSwitchBody,
  cycle,
  cycleCreate,
  cyclePatch,
  cycleReviewBody,
  cycleReviewed,
  entryCreate,
  entryPatch,
  progressEntry,
} from '../../../schemas/cycles.js';
import { reviewCycle } from '../../../services/cycleReview.js';
import * as cycles from '../../../services/cycles.js';
import * as log from '../../../services/progressLog.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';

const tags = ['cycles'];

export async function cycleRoutes(app: App, { deps }: RouteContext) {
  app.get('/api/v1/cycles', { schema: { tags, response: { 200: z.array(cycle) } } }, async (request) =>
    cycles.listCycles(deps, actorOf(request)),
  );

  app.post('/api/v1/cycles', { schema: { tags, body: cycleCreate, response: { 201: cycle } } }, async (request, reply) =>
    reply.status(201).send(await cycles.createCycle(deps, actorOf(request), request.body)),
  );

  app.get('/api/v1/cycles/:id', { schema: { tags, params: idParams, response: { 200: cycle } } }, async (request) =>
    cycles.getCycle(deps, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/cycles/:id',
    { schema: { tags, params: idParams, body: cyclePatch, response: { 200: cycle } } },
    async (request) => cycles.patchCycle(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/cycles/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await cycles.deleteCycle(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/cycles/:id/backup-switch',
    { schema: { tags, params: idParams, body: backupSwitchBody, response: { 200: cycle } } },
    async (request) => log.switchToBackup(deps, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/cycles/:id/entries',
    { schema: { tags, params: idParams, response: { 200: z.array(progressEntry) } } },
    async (request) => log.listEntries(deps, actorOf(request), request.params.id),
  );

  app.post(
    '/api/v1/cycles/:id/entries',
    { schema: { tags, params: idParams, body: entryCreate, response: { 201: progressEntry } } },
    async (request, reply) => reply.status(201).send(await log.addEntry(deps, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/entries/:id',
    { schema: { tags, params: idParams, body: entryPatch, response: { 200: progressEntry } } },
    async (request) => log.patchEntry(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/entries/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await log.deleteEntry(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/cycles/:id/review',
    { schema: { tags, params: idParams, body: cycleReviewBody, response: { 201: cycleReviewed } } },
    async (request, reply) => reply.status(201).send(await reviewCycle(deps, actorOf(request), request.params.id, request.body)),
  );
}
