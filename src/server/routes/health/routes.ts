import { z } from 'zod';
import { pingDatabase } from '../../../db/repositories/health.js';
import type { App, RouteContext } from '../../app.js';
import { publicRoute } from '../../sessionCookie.js';

const health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgresql']),
  version: z.string(),
});

export async function healthRoutes(app: App, { deps, engine, version }: RouteContext) {
  app.get('/api/health', { ...publicRoute, schema: { tags: ['meta'], security: [], response: { 200: health } } }, async () => {
    // A round trip proves the database answers, not just that the process is up.
    await pingDatabase(deps.db);
    return { status: 'ok' as const, database: engine, version };
  });

  app.get('/api/openapi.json', { ...publicRoute, schema: { hide: true } }, async () => app.swagger());
}
