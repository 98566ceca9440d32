import type { Routes } from '../../schemas/routes.js';
import * as endorsements from '../../services/endorsements.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const endorsementRequestHandlers = ({ deps }: RouteContext): Handlers<Routes['endorsementRequests']> => ({
  list: async (request) => endorsements.listRequests(deps, actorOf(request)),
  create: async (request) => endorsements.createRequest(deps, actorOf(request), request.body),
  delete: async (request) => {
    await endorsements.withdrawRequest(deps, actorOf(request), request.params.id);
    return null;
  },
});

export const endorsementHandlers = ({ deps }: RouteContext): Handlers<Routes['endorsements']> => ({
  list: async (request) =>
    endorsements.listEndorsements(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'evidence')),
  sheet: async (request) => endorsements.getSheet(deps, actorOf(request)),
  patch: async (request) => endorsements.patchEndorsement(deps, actorOf(request), request.params.id, request.body),
  delete: async (request) => {
    await endorsements.deleteEndorsement(deps, actorOf(request), request.params.id);
    return null;
  },
});

export const endorseHandlers = ({ deps }: RouteContext): Handlers<Routes['endorse']> => ({
  describe: async (request) => endorsements.describeRequest(deps, request.ip, request.params.token),
  submit: async (request) => {
    await endorsements.submitEndorsement(deps, request.ip, request.params.token, request.body);
    return { thanks: 'Thank you: your endorsement was sent.' };
  },
});
