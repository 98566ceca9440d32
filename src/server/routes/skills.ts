import type { Routes } from '../../schemas/routes.js';
import * as skills from '../../services/skills.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const skillHandlers = ({ deps }: RouteContext): Handlers<Routes['skills']> => ({
  create: async (request) => skills.createSkill(deps, actorOf(request), request.params.id, request.body),
  reorder: async (request) => {
    await skills.reorderSkills(deps, actorOf(request), request.params.id, request.body.ids);
    return null;
  },
  patch: async (request) => skills.patchSkill(deps, actorOf(request), request.params.id, request.body),
  delete: async (request) => {
    await skills.deleteSkill(deps, actorOf(request), request.params.id);
    return null;
  },
  listLevelChanges: async (request) =>
    skills.listLevelChanges(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'map'), request.params.id),
  addLevelChange: async (request) => skills.addLevelChange(deps, actorOf(request), request.params.id, request.body),
});
