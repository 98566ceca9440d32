import { pingDatabase } from '../../db/repositories/health.js';
import { type Routes, routes } from '../../schemas/routes.js';
import { EncodedJson } from '../encodedJson.js';
import type { Handlers } from '../handler.js';
import type { RouteContext } from '../routeContext.js';

const PING_INTERVAL_MS = 1000;

export const healthHandlers = ({ deps, engine, version }: RouteContext): Handlers<Routes['health']> => {
  // The answer is the same for the life of the process: checked against its schema and encoded
  // once, so a load balancer's frequent probe pays for the database round trip only.
  const ok = EncodedJson.of(routes.health.check, { status: 'ok', database: engine, version });
  // A round trip proves the database answers, not just that the process is up; probes that come
  // every few milliseconds (several load balancers, a monitor) share one round trip a second
  // instead of adding a query each to the database's work.
  let answeredAt = Number.NEGATIVE_INFINITY;
  return {
    check: async () => {
      if (deps.clock.now().getTime() - answeredAt >= PING_INTERVAL_MS) {
        await pingDatabase(deps.db);
        answeredAt = deps.clock.now().getTime();
      }
      return ok;
    },
    openapi: async (request) => request.server.swagger(),
  };
};
