import { growthMap, mapPatch } from '../../../schemas/map.js';
import * as maps from '../../../services/map.js';
import type { App, RouteContext } from '../../app.js';
import { actorOf } from '../../identity.js';

const tags = ['map'];

export async function mapRoutes(app: App, { deps }: RouteContext) {
  app.get('/api/v1/map', { schema: { tags, response: { 200: growthMap } } }, async (request) =>
    maps.getMap(deps, actorOf(request)),
  );

  app.patch('/api/v1/map', { schema: { tags, body: mapPatch, response: { 200: growthMap } } }, async (request) =>
    maps.patchMap(deps, actorOf(request), request.body),
  );
}
