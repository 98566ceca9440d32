import type { Routes } from '../../schemas/routes.js';
import { reviewCycle } from '../../services/cycleReview.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const cycleReviewHandlers = ({ deps }: RouteContext): Handlers<Routes['cycleReview']> => ({
  review: async (request) => reviewCycle(deps, actorOf(request), request.params.id, request.body),
});
