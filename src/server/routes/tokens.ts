import type { Routes } from '../../schemas/routes.js';
import * as tokens from '../../services/tokens.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const tokenHandlers = ({ deps }: RouteContext): Handlers<Routes['tokens']> => ({
  create: async (request) => tokens.createToken(deps, actorOf(request), request.body),
  list: async (request) => tokens.listTokens(deps, actorOf(request)),
  revoke: async (request) => {
    await tokens.revokeToken(deps, actorOf(request), request.params.id);
    return null;
  },
  revokeAll: async (request) => ({ revoked: await tokens.revokeAllTokens(deps, actorOf(request)) }),
});
