import { pingDatabase } from '../../db/repositories/health.js';
import type { Routes } from '../../schemas/routes.js';
import type { Handlers } from '../handler.js';
import type { RouteContext } from '../routeContext.js';

export const healthHandlers = ({ deps, engine, version }: RouteContext): Handlers<Routes['health']> => ({
  check: async () => {
    // A round trip proves the database answers, not just that the process is up.
    await pingDatabase(deps.db);
    return { status: 'ok', database: engine, version };
  },
  openapi: async (request) => request.server.swagger(),
});
