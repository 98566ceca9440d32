import type { Routes } from '../../schemas/routes.js';
import { calendarFor, calendarForToken } from '../../services/calendar.js';
import * as prefs from '../../services/preferences.js';
import * as quarterly from '../../services/quarterlyReviews.js';
import { getThisWeek } from '../../services/thisWeek.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const planningHandlers = ({ deps }: RouteContext): Handlers<Routes['planning']> => ({
  thisWeek: async (request) => getThisWeek(deps, actorOf(request)),
  preferences: async (request) => prefs.getPreferences(deps, actorOf(request)),
  patchPreferences: async (request) => prefs.patchPreferences(deps, actorOf(request), request.body),
});

export const calendarHandlers = ({ deps }: RouteContext): Handlers<Routes['calendar']> => ({
  renewFeed: async (request) => prefs.renewCalendarFeed(deps, actorOf(request)),
  revokeFeed: async (request) => {
    await prefs.revokeCalendarFeed(deps, actorOf(request));
    return null;
  },
  download: async (request, reply) => {
    reply.header('Content-Disposition', 'inline; filename="growth-map.ics"');
    return calendarFor(deps, actorOf(request));
  },
  feed: async (request, reply) => {
    reply.header('Content-Disposition', 'inline; filename="growth-map.ics"');
    return calendarForToken(deps, request.params.file.slice(0, -'.ics'.length));
  },
});

export const quarterlyReviewHandlers = ({ deps }: RouteContext): Handlers<Routes['quarterlyReviews']> => ({
  list: async (request) => quarterly.listQuarterlyReviews(deps, actorOf(request)),
  create: async (request) => quarterly.createQuarterlyReview(deps, actorOf(request), request.body),
  compare: async (request) =>
    quarterly.compareQuarterlyReviews(deps, actorOf(request), request.query.before, request.query.after),
  get: async (request) => quarterly.getQuarterlyReview(deps, actorOf(request), request.params.id),
  delete: async (request) => {
    await quarterly.deleteQuarterlyReview(deps, actorOf(request), request.params.id);
    return null;
  },
});
