import { routes, type Routes } from '../../schemas/routes.js';
import * as maps from '../../services/map.js';
import { AnswerCache } from '../answerCache.js';
import { EncodedJson } from '../encodedJson.js';
import { exportMapMarkdown } from '../../services/mapMarkdown.js';
import { importMapMarkdown } from '../../services/mapMarkdownImport.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const mapHandlers = ({ deps }: RouteContext): Handlers<Routes['map']> => {
  // The one-page map reads this on every load: the answer is kept per user and checked against
  // the map's revision in the database on each read (see services/map.ts, mapReadKey).
  const answers = new AnswerCache<Routes['map']['get']>();
  return {
    // The policy decides first; only an allowed read reaches the copy, which is kept per owner
    // (the owner and their mentors share it: the answer is the same map).
    get: async (request) => {
      const scope = await scopeFor(deps, actorOf(request), request.query.owner, 'map');
      const key = await maps.mapReadKey(deps, scope);
      return answers.get(scope.ownerId, key, async () => EncodedJson.of(routes.map.get, await maps.getMap(deps, scope)));
    },
    patch: async (request) => maps.patchMap(deps, actorOf(request), request.body),
    exportMarkdown: async (request, reply) => {
      reply.header('Content-Disposition', 'attachment; filename="growth-map.md"');
      return exportMapMarkdown(deps, actorOf(request));
    },
    importMarkdown: async (request) => importMapMarkdown(deps, actorOf(request), request.body, request.query.dryRun ?? false),
  };
};
