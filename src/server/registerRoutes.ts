import type { FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { errorBody } from '../schemas/errors.js';
import { type RedirectTo, type RouteDefinition, routeKey, successStatusOf } from '../schemas/route.js';
import { type Feature, type Routes, routes } from '../schemas/routes.js';
import { EncodedJson } from './encodedJson.js';
import type { Handlers } from './handler.js';
import type { App, RouteContext } from './routeContext.js';
import { accountHandlers } from './routes/account.js';
import { artifactHandlers } from './routes/artifacts.js';
import { adminHandlers } from './routes/admin.js';
import { cycleReviewHandlers } from './routes/cycleReview.js';
import { cycleHandlers } from './routes/cycles.js';
import { destinationHandlers } from './routes/destinations.js';
import { endorseHandlers, endorsementHandlers, endorsementRequestHandlers } from './routes/endorsements.js';
import { actionItemHandlers, feedbackSessionHandlers } from './routes/feedbackSessions.js';
import { frameworkHandlers, selfCheckHandlers, wizardHandlers } from './routes/framework.js';
import { healthHandlers } from './routes/health.js';
import { ladderHandlers, myLadderHandlers } from './routes/ladders.js';
import { mapHandlers } from './routes/map.js';
import { oidcHandlers } from './routes/oidc.js';
import { accessLogHandlers, mentorshipHandlers } from './routes/mentorships.js';
import { commentHandlers, menteeHandlers, mentorRatingHandlers, roadmapReviewHandlers } from './routes/mentoring.js';
import { calendarHandlers, planningHandlers, quarterlyReviewHandlers } from './routes/planning.js';
import { portfolioHandlers } from './routes/portfolio.js';
import { progressLogHandlers } from './routes/progressLog.js';
import { sessionHandlers } from './routes/session.js';
import { skillHandlers } from './routes/skills.js';
import { evidenceHealthHandlers, talkingPointHandlers, winHandlers } from './routes/talkingPoints.js';
import { membershipHandlers, teamHandlers, workshopHandlers } from './routes/teams.js';
import { tokenHandlers } from './routes/tokens.js';

/** A handler for every route of the table: a missing one fails the type check. */
export type AllHandlers = { [F in Feature]: Handlers<Routes[F]> };

export const handlersFor = (context: RouteContext): AllHandlers => ({
  health: healthHandlers(context),
  session: sessionHandlers(context),
  oidc: oidcHandlers(context),
  account: accountHandlers(context),
  tokens: tokenHandlers(context),
  admin: adminHandlers(context),
  map: mapHandlers(context),
  destinations: destinationHandlers(context),
  skills: skillHandlers(context),
  cycles: cycleHandlers(context),
  progressLog: progressLogHandlers(context),
  cycleReview: cycleReviewHandlers(context),
  planning: planningHandlers(context),
  calendar: calendarHandlers(context),
  quarterlyReviews: quarterlyReviewHandlers(context),
  framework: frameworkHandlers(context),
  selfChecks: selfCheckHandlers(context),
  wizard: wizardHandlers(context),
  feedbackSessions: feedbackSessionHandlers(context),
  actionItems: actionItemHandlers(context),
  artifacts: artifactHandlers(context),
  evidenceHealth: evidenceHealthHandlers(context),
  talkingPoints: talkingPointHandlers(context),
  wins: winHandlers(context),
  portfolio: portfolioHandlers(context),
  endorsementRequests: endorsementRequestHandlers(context),
  endorsements: endorsementHandlers(context),
  endorse: endorseHandlers(context),
  ladders: ladderHandlers(context),
  myLadder: myLadderHandlers(context),
  teams: teamHandlers(context),
  memberships: membershipHandlers(context),
  workshops: workshopHandlers(context),
  mentorships: mentorshipHandlers(context),
  accessLog: accessLogHandlers(context),
  comments: commentHandlers(context),
  mentorRatings: mentorRatingHandlers(context),
  mentees: menteeHandlers(context),
  roadmapReview: roadmapReviewHandlers(context),
});

type AnyHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
const isHandler = (value: unknown): value is AnyHandler => typeof value === 'function';
const isRedirect = (value: unknown): value is RedirectTo =>
  typeof value === 'object' && value !== null && 'location' in value && typeof value.location === 'string';

/** What Fastify validates and serializes with, and what OpenAPI documents. */
export function fastifySchema(route: RouteDefinition, operationId: string): FastifySchema & { hide?: boolean } {
  return {
    operationId,
    tags: route.tags,
    summary: route.summary,
    ...(route.description && { description: route.description }),
    ...(route.params && { params: route.params }),
    ...(route.query && { querystring: route.query }),
    ...(route.body && { body: route.body }),
    response: { ...route.response, '4XX': errorBody },
    ...(route.public && { security: [] }),
    ...(route.consumes && { consumes: [route.consumes] }),
    ...(route.produces && { produces: [route.produces] }),
    ...(route.hidden && { hide: true }),
  };
}

/**
 * Registers every route of the table, each with the handler `handlerOf` gives; a route
 * without one stops the start. The status and content type come from the table.
 */
export function registerTable(app: App, handlerOf: (feature: string, name: string) => unknown): void {
  for (const [feature, table] of Object.entries(routes)) {
    for (const [name, route] of Object.entries<RouteDefinition>(table)) {
      const handler = handlerOf(feature, name);
      if (!isHandler(handler)) throw new Error(`No handler for routes.${feature}.${name} (${routeKey(route)})`);
      const status = successStatusOf(route);
      const options = {
        method: route.method,
        url: route.path.replace(/\{(\w+)\}/g, ':$1'),
        config: { public: route.public === true, answersSecret: route.answersSecret === true },
        schema: fastifySchema(route, `${feature}.${name}`),
        ...(route.bodyLimit && { bodyLimit: route.bodyLimit }),
        ...(route.neverCompressed && { compress: false as const }),
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          reply.status(status);
          // A stored file's handler sets the file's own type.
          if (route.produces?.startsWith('text/')) reply.type(`${route.produces}; charset=utf-8`);
          else if (route.produces === 'application/pdf') reply.type(route.produces);
          const body = await handler(request, reply);
          if (body instanceof EncodedJson) return body.send(request, reply);
          if (status === 303 && isRedirect(body)) return reply.redirect(body.location, 303);
          return status === 204 ? reply.send(null) : body;
        },
      };
      if (route.consumes === 'application/octet-stream') app.register(async (scope) => scope.route(takingBytes(scope, options)));
      else if (route.consumes === 'text/*') app.register(async (scope) => scope.route(takingText(scope, options)));
      else app.route(options);
    }
  }
}

/**
 * A route that takes raw bytes gets them as a Buffer whatever the Content-Type says (the
 * handler decides what they are), in a scope of its own so every other route keeps JSON only.
 */
function takingBytes<T>(scope: App, options: T): T {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  return options;
}

/**
 * A route that takes a text file (YAML, Markdown) gets it as a string whatever the Content-Type
 * says (`text/yaml`, `text/markdown`, or curl's form type): the content says what it is.
 */
function takingText<T>(scope: App, options: T): T {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  return options;
}

export function registerRoutes(app: App, context: RouteContext): void {
  const handlers: Record<string, Record<string, unknown>> = handlersFor(context);
  registerTable(app, (feature, name) => handlers[feature]?.[name]);
}
