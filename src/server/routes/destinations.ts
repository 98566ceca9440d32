import type { Routes } from '../../schemas/routes.js';
import * as destinations from '../../services/destinations.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const destinationHandlers = ({ deps }: RouteContext): Handlers<Routes['destinations']> => ({
  create: async (request) => destinations.createDestination(deps, actorOf(request), request.body),
  reorder: async (request) => {
    await destinations.reorderDestinations(deps, actorOf(request), request.body.ids);
    return null;
  },
  get: async (request) =>
    destinations.getDestination(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'map'), request.params.id),
  patch: async (request) => destinations.patchDestination(deps, actorOf(request), request.params.id, request.body),
  delete: async (request) => {
    await destinations.deleteDestination(deps, actorOf(request), request.params.id);
    return null;
  },
  smartCheck: async (request) => destinations.previewSmart(deps, actorOf(request), request.body),
});
