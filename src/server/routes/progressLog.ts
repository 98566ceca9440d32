import type { Routes } from '../../schemas/routes.js';
import * as log from '../../services/progressLog.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const progressLogHandlers = ({ deps }: RouteContext): Handlers<Routes['progressLog']> => ({
  list: async (request) =>
    log.listEntries(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'cycles'), request.params.id),
  add: async (request) => log.addEntry(deps, actorOf(request), request.params.id, request.body),
  patch: async (request) => log.patchEntry(deps, actorOf(request), request.params.id, request.body),
  makeArtifact: async (request) => log.makeArtifact(deps, actorOf(request), request.params.id),
  delete: async (request) => {
    await log.deleteEntry(deps, actorOf(request), request.params.id);
    return null;
  },
});
