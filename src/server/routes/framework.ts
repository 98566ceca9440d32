import type { Routes } from '../../schemas/routes.js';
import * as content from '../../services/content.js';
import * as selfChecks from '../../services/selfChecks.js';
import * as wizard from '../../services/wizard.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const frameworkHandlers = ({ deps }: RouteContext): Handlers<Routes['framework']> => ({
  get: async (request) => {
    actorOf(request);
    return deps.content.current(deps.db);
  },
  listUploads: async (request) => content.listUploads(deps, actorOf(request)),
  upload: async (request) => content.uploadContentFile(deps, actorOf(request), request.body),
  importSkillsCsv: async (request) => content.importSkillsCsv(deps, actorOf(request), request.body),
  deleteUpload: async (request) => {
    await content.deleteUpload(deps, actorOf(request), request.params.id);
    return null;
  },
});

export const selfCheckHandlers = ({ deps }: RouteContext): Handlers<Routes['selfChecks']> => ({
  list: async (request) =>
    selfChecks.listSelfChecks(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'self-checks')),
  take: async (request) => selfChecks.takeSelfCheck(deps, actorOf(request), request.body),
  compare: async (request) =>
    selfChecks.compareOwnSelfChecks(
      deps,
      await scopeFor(deps, actorOf(request), request.query.owner, 'self-checks'),
      request.query.before,
      request.query.after,
    ),
  get: async (request) =>
    selfChecks.getSelfCheck(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'self-checks'), request.params.id),
  delete: async (request) => {
    await selfChecks.deleteSelfCheck(deps, actorOf(request), request.params.id);
    return null;
  },
});

export const wizardHandlers = ({ deps }: RouteContext): Handlers<Routes['wizard']> => ({
  draft: async (request) => wizard.draftMap(deps, actorOf(request), request.body),
  accept: async (request) => wizard.acceptDraft(deps, actorOf(request), request.body),
});
