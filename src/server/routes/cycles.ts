import type { Routes } from '../../schemas/routes.js';
import * as cycles from '../../services/cycles.js';
import { switchToBackup } from '../../services/progressLog.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const cycleHandlers = ({ deps }: RouteContext): Handlers<Routes['cycles']> => ({
  list: async (request) => cycles.listCycles(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'cycles')),
  create: async (request) => cycles.createCycle(deps, actorOf(request), request.body),
  get: async (request) =>
    cycles.getCycle(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'cycles'), request.params.id),
  patch: async (request) => cycles.patchCycle(deps, actorOf(request), request.params.id, request.body),
  delete: async (request) => {
    await cycles.deleteCycle(deps, actorOf(request), request.params.id);
    return null;
  },
  switchToBackup: async (request) => switchToBackup(deps, actorOf(request), request.params.id, request.body),
});
