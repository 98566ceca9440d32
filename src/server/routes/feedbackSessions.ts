import type { Routes } from '../../schemas/routes.js';
import { createSessionWith, patchSessionWith } from '../../services/coWrittenSessions.js';
import * as feedback from '../../services/feedbackSessions.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const feedbackSessionHandlers = ({ deps }: RouteContext): Handlers<Routes['feedbackSessions']> => ({
  list: async (request) => feedback.listSessions(deps, actorOf(request), request.query),
  create: async (request) => {
    const actor = actorOf(request);
    return createSessionWith(deps, actor, request.query.owner ?? actor.user.id, request.body);
  },
  get: async (request) => feedback.getSession(deps, actorOf(request), request.params.id),
  patch: async (request) => {
    const actor = actorOf(request);
    return patchSessionWith(deps, actor, request.query.owner ?? actor.user.id, request.params.id, request.body);
  },
  delete: async (request) => {
    await feedback.deleteSession(deps, actorOf(request), request.params.id);
    return null;
  },
  rotation: async (request) => feedback.getPairingRotation(deps, actorOf(request)),
});

export const actionItemHandlers = ({ deps }: RouteContext): Handlers<Routes['actionItems']> => ({
  list: async (request) => feedback.listActionItems(deps, actorOf(request), request.query.status),
  patch: async (request) => feedback.patchActionItem(deps, actorOf(request), request.params.id, request.body),
});
