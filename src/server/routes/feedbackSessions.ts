import type { Routes } from '../../schemas/routes.js';
import { createSessionWith, patchSessionWith } from '../../services/coWrittenSessions.js';
import * as feedback from '../../services/feedbackSessions.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const feedbackSessionHandlers = ({ deps }: RouteContext): Handlers<Routes['feedbackSessions']> => ({
  list: async (request) => {
    const { owner, ...filter } = request.query;
    return feedback.listSessions(deps, await scopeFor(deps, actorOf(request), owner, 'feedback'), filter);
  },
  create: async (request) => {
    const actor = actorOf(request);
    return createSessionWith(deps, actor, request.query.owner ?? actor.user.id, request.body);
  },
  get: async (request) =>
    feedback.getSession(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'feedback'), request.params.id),
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
  list: async (request) =>
    feedback.listActionItems(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'feedback'), request.query.status),
  patch: async (request) => feedback.patchActionItem(deps, actorOf(request), request.params.id, request.body),
});
