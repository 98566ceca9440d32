import type { Routes } from '../../schemas/routes.js';
import * as mentorships from '../../services/mentorships.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const mentorshipHandlers = ({ deps }: RouteContext): Handlers<Routes['mentorships']> => ({
  list: async (request) => mentorships.listMentorships(deps, actorOf(request)),
  create: async (request) => mentorships.createMentorship(deps, actorOf(request), request.body),
  patch: async (request) => mentorships.patchMentorship(deps, actorOf(request), request.params.id, request.body),
  delete: async (request) => {
    await mentorships.deleteMentorship(deps, actorOf(request), request.params.id);
    return null;
  },
  accept: async (request) => mentorships.acceptMentorship(deps, actorOf(request), request.params.id),
});

export const accessLogHandlers = ({ deps }: RouteContext): Handlers<Routes['accessLog']> => ({
  list: async (request) => mentorships.listAccessLog(deps, actorOf(request), request.query),
});
