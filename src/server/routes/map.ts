import type { Routes } from '../../schemas/routes.js';
import * as maps from '../../services/map.js';
import { exportMapMarkdown } from '../../services/mapMarkdown.js';
import { importMapMarkdown } from '../../services/mapMarkdownImport.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const mapHandlers = ({ deps }: RouteContext): Handlers<Routes['map']> => ({
  get: async (request) => maps.getMap(deps, actorOf(request)),
  patch: async (request) => maps.patchMap(deps, actorOf(request), request.body),
  exportMarkdown: async (request, reply) => {
    reply.header('Content-Disposition', 'attachment; filename="growth-map.md"');
    return exportMapMarkdown(deps, actorOf(request));
  },
  importMarkdown: async (request) => importMapMarkdown(deps, actorOf(request), request.body, request.query.dryRun ?? false),
});
