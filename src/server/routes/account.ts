import type { Routes } from '../../schemas/routes.js';
import { exportAccount } from '../../services/export.js';
import { restoreAccount } from '../../services/restore.js';
import { accountExportJsonSchema } from '../../schemas/exportJsonSchema.js';
import * as accounts from '../../services/accounts.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';
import { clearSessionCookie } from '../sessionCookie.js';

export const accountHandlers = ({ deps, secureCookies }: RouteContext): Handlers<Routes['account']> => ({
  patch: async (request) => accounts.updateAccount(deps, actorOf(request), request.body),
  changePassword: async (request) => {
    await accounts.changePassword(deps, actorOf(request), request.body, request.sessionHash);
    return null;
  },
  export: async (request, reply) => {
    const data = await exportAccount(deps, actorOf(request));
    reply.header('Content-Disposition', `attachment; filename="growth-map-${data.exportedAt.slice(0, 10)}.json"`);
    return data;
  },
  import: async (request) => restoreAccount(deps, actorOf(request), request.body, request.query),
  exportSchema: async () => accountExportJsonSchema(),
  delete: async (request, reply) => {
    await accounts.deleteAccount(deps, actorOf(request), request.body, request.sessionHash);
    clearSessionCookie(reply, secureCookies);
    return null;
  },
});
