import type { Routes } from '../../schemas/routes.js';
import * as ladders from '../../services/ladders.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const ladderHandlers = ({ deps }: RouteContext): Handlers<Routes['ladders']> => ({
  list: async (request) => ladders.listLadders(deps, actorOf(request)),
  create: async (request) => ladders.createLadder(deps, actorOf(request), request.body, request.query.name),
  get: async (request) => ladders.getLadder(deps, actorOf(request), request.params.id),
  delete: async (request) => {
    await ladders.deleteLadder(deps, actorOf(request), request.params.id);
    return null;
  },
});

export const myLadderHandlers = ({ deps }: RouteContext): Handlers<Routes['myLadder']> => ({
  get: async (request) => ladders.getChoice(deps, actorOf(request)),
  put: async (request) => ladders.putChoice(deps, actorOf(request), request.body),
  nextLevel: async (request) => ladders.getNextLevel(deps, actorOf(request)),
});
