import Fastify from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { allRoutes } from '../schemas/routes.js';
import { registerTable } from './registerRoutes.js';

const bareApp = () => {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  return app;
};

describe('registering the route table', () => {
  it('stops the start when a route has no handler, naming it', () => {
    const app = bareApp();
    expect(() =>
      registerTable(app, (feature, name) => (feature === 'cycles' && name === 'patch' ? undefined : async () => null)),
    ).toThrow('No handler for routes.cycles.patch (PATCH /api/v1/cycles/{id})');
  });

  it('registers every route of the table once', async () => {
    const app = bareApp();
    registerTable(app, () => async () => null);
    await app.ready();
    for (const route of allRoutes) {
      const url = route.path.replace(/\{(\w+)\}/g, ':$1');
      expect(app.hasRoute({ method: route.method, url }), `${route.method} ${route.path}`).toBe(true);
    }
    await app.close();
  });
});
