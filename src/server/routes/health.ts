import { pingDatabase } from '../../db/repositories/health.js';
import { type Routes, routes } from '../../schemas/routes.js';
import { EncodedJson } from '../encodedJson.js';
import type { Handlers } from '../handler.js';
import type { RouteContext } from '../routeContext.js';

export const healthHandlers = ({ deps, engine, version }: RouteContext): Handlers<Routes['health']> => {
  // The answer is the same for the life of the process: checked against its schema and encoded
  // once, so a load balancer's frequent probe pays for the database round trip only.
  const ok = EncodedJson.of(routes.health.check, { status: 'ok', database: engine, version });
  return {
    check: async () => {
      // A round trip proves the database answers, not just that the process is up.
      await pingDatabase(deps.db);
      return ok;
    },
    openapi: async (request) => request.server.swagger(),
  };
};
