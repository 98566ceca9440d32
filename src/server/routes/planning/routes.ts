import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { idParams } from '../../../schemas/common.js';
import {
  calendarFeed,
  compareQuery,
  preferences,
  preferencesPatch,
  quarterlyReview,
  quarterlyReviewCreate,
  snapshotComparison,
  thisWeek as thisWeekSchema,
} from '../../../schemas/planning.js';
import { calendarFor, calendarForToken } from '../../../services/calendar.js';
import * as prefs from '../../../services/preferences.js';
import * as quarterly from '../../../services/quarterlyReviews.js';
import { thisWeek } from '../../../services/thisWeek.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';
import { publicRoute } from '../../sessionCookie.js';

const tags = ['planning'];

export async function planningRoutes(app: App, { deps }: RouteContext) {
  app.get('/api/v1/this-week', { schema: { tags, response: { 200: thisWeekSchema } } }, async (request) =>
    thisWeek(deps, actorOf(request)),
  );

  app.get('/api/v1/preferences', { schema: { tags, response: { 200: preferences } } }, async (request) =>
    prefs.getPreferences(deps, actorOf(request)),
  );

  app.patch(
    '/api/v1/preferences',
    { schema: { tags, body: preferencesPatch, response: { 200: preferences } } },
    async (request) => prefs.patchPreferences(deps, actorOf(request), request.body),
  );

  app.post('/api/v1/calendar-feed', { schema: { tags, response: { 201: calendarFeed } } }, async (request, reply) =>
    reply.status(201).send(await prefs.renewCalendarFeed(deps, actorOf(request))),
  );

  app.delete('/api/v1/calendar-feed', { schema: { tags, response: { 204: z.null() } } }, async (request, reply) => {
    await prefs.revokeCalendarFeed(deps, actorOf(request));
    return reply.status(204).send(null);
  });

  app.get('/api/v1/quarterly-reviews', { schema: { tags, response: { 200: z.array(quarterlyReview) } } }, async (request) =>
    quarterly.listQuarterlyReviews(deps, actorOf(request)),
  );

  app.post(
    '/api/v1/quarterly-reviews',
    { schema: { tags, body: quarterlyReviewCreate, response: { 201: quarterlyReview } } },
    async (request, reply) => reply.status(201).send(await quarterly.createQuarterlyReview(deps, actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/quarterly-reviews/compare',
    { schema: { tags, querystring: compareQuery, response: { 200: snapshotComparison } } },
    async (request) => quarterly.compareQuarterlyReviews(deps, actorOf(request), request.query.before, request.query.after),
  );

  app.get(
    '/api/v1/quarterly-reviews/:id',
    { schema: { tags, params: idParams, response: { 200: quarterlyReview } } },
    async (request) => quarterly.getQuarterlyReview(deps, actorOf(request), request.params.id),
  );

  app.delete(
    '/api/v1/quarterly-reviews/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await quarterly.deleteQuarterlyReview(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}

const icsParams = z.object({ file: z.string().regex(/^cal_[\w-]{20,100}\.ics$/, 'Not a calendar address.') });

export async function calendarRoutes(app: App, { deps }: RouteContext) {
  const sendIcs = (reply: FastifyReply, body: string) =>
    reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', 'inline; filename="growth-map.ics"')
      .send(body);

  app.get(
    '/api/v1/calendar.ics',
    { schema: { tags, produces: ['text/calendar'], response: { 200: z.string() } } },
    async (request, reply) => sendIcs(reply, await calendarFor(deps, actorOf(request))),
  );

  app.get(
    '/api/v1/calendar/:file',
    {
      ...publicRoute,
      schema: { tags, security: [], params: icsParams, produces: ['text/calendar'], response: { 200: z.string() } },
    },
    async (request, reply) => sendIcs(reply, await calendarForToken(deps, request.params.file.slice(0, -'.ics'.length))),
  );
}
