import { z } from 'zod';
import { idParams } from '../../../schemas/common.js';
import { contentShape } from '../../../schemas/content.js';
import {
  contentUpload,
  csvUpload,
  selfCheck,
  selfCheckComparison,
  selfCheckCreate,
  uploadSummary,
  wizardAccept,
  wizardAccepted,
  wizardAnswers,
  wizardDraft,
} from '../../../schemas/framework.js';
import { compareQuery } from '../../../schemas/planning.js';
import * as content from '../../../services/content.js';
import * as selfChecks from '../../../services/selfChecks.js';
import * as wizard from '../../../services/wizard.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';

const tags = ['framework'];
const adminTags = ['administration'];

export async function frameworkRoutes(app: App, { deps }: RouteContext) {
  app.get('/api/v1/framework', { schema: { tags, response: { 200: contentShape } } }, async (request) => {
    actorOf(request);
    return deps.content.current(deps.db);
  });

  app.get(
    '/api/v1/framework/uploads',
    { schema: { tags: adminTags, response: { 200: z.array(uploadSummary) } } },
    async (request) => content.listUploads(deps, actorOf(request)),
  );

  app.post(
    '/api/v1/framework/uploads',
    { schema: { tags: adminTags, body: contentUpload, response: { 201: z.object({ id: z.string() }) } } },
    async (request, reply) => reply.status(201).send(await content.uploadContentFile(deps, actorOf(request), request.body)),
  );

  app.post(
    '/api/v1/framework/skills-csv',
    { schema: { tags: adminTags, body: csvUpload, response: { 201: z.object({ added: z.number().int() }) } } },
    async (request, reply) => reply.status(201).send(await content.importSkillsCsv(deps, actorOf(request), request.body)),
  );

  app.delete(
    '/api/v1/framework/uploads/:id',
    { schema: { tags: adminTags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await content.deleteUpload(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get('/api/v1/self-checks', { schema: { tags, response: { 200: z.array(selfCheck) } } }, async (request) =>
    selfChecks.listSelfChecks(deps, actorOf(request)),
  );

  app.post(
    '/api/v1/self-checks',
    { schema: { tags, body: selfCheckCreate, response: { 201: selfCheck } } },
    async (request, reply) => reply.status(201).send(await selfChecks.takeSelfCheck(deps, actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/self-checks/compare',
    { schema: { tags, querystring: compareQuery, response: { 200: selfCheckComparison } } },
    async (request) => selfChecks.compareOwnSelfChecks(deps, actorOf(request), request.query.before, request.query.after),
  );

  app.get('/api/v1/self-checks/:id', { schema: { tags, params: idParams, response: { 200: selfCheck } } }, async (request) =>
    selfChecks.getSelfCheck(deps, actorOf(request), request.params.id),
  );

  app.delete(
    '/api/v1/self-checks/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await selfChecks.deleteSelfCheck(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Computes a draft and writes nothing: POST only because the answers are a body.
  app.post('/api/v1/wizard/draft', { schema: { tags, body: wizardAnswers, response: { 200: wizardDraft } } }, async (request) =>
    wizard.draftMap(deps, actorOf(request), request.body),
  );

  app.post(
    '/api/v1/wizard/accept',
    { schema: { tags, body: wizardAccept, response: { 201: wizardAccepted } } },
    async (request, reply) => reply.status(201).send(await wizard.acceptDraft(deps, actorOf(request), request.body)),
  );
}
