import type { Routes } from '../../schemas/routes.js';
import * as comments from '../../services/comments.js';
import * as mentees from '../../services/mentees.js';
import * as ratings from '../../services/mentorRatings.js';
import { getRoadmapReview } from '../../services/roadmapReview.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const commentHandlers = ({ deps }: RouteContext): Handlers<Routes['comments']> => ({
  thread: async (request) => comments.getThread(deps, actorOf(request), request.query),
  create: async (request) => comments.createComment(deps, actorOf(request), request.body),
  unread: async (request) => comments.countUnread(deps, actorOf(request)),
  read: async (request) => {
    await comments.markThreadRead(deps, actorOf(request), request.body);
    return null;
  },
});

export const mentorRatingHandlers = ({ deps }: RouteContext): Handlers<Routes['mentorRatings']> => ({
  create: async (request) => ratings.rateSkill(deps, actorOf(request), request.params.id, request.body, request.query.owner),
  list: async (request) => ratings.listSkillRatings(deps, actorOf(request), request.params.id, request.query.owner),
  sideBySide: async (request) => ratings.ratingsSideBySide(deps, actorOf(request), request.query.owner),
});

export const menteeHandlers = ({ deps }: RouteContext): Handlers<Routes['mentees']> => ({
  list: async (request) => mentees.listMentees(deps, actorOf(request)),
  seen: async (request) => {
    await mentees.markMenteeSeen(deps, actorOf(request), request.params.id);
    return null;
  },
});

export const roadmapReviewHandlers = ({ deps }: RouteContext): Handlers<Routes['roadmapReview']> => ({
  outline: async (request) => getRoadmapReview(deps, actorOf(request), request.query.owner),
});
