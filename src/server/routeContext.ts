import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Engine } from '../db/database.js';
import type { ServiceDeps } from '../services/context.js';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** What route handlers are built with; its own module so route files never import the app. */
export interface RouteContext {
  deps: ServiceDeps;
  engine: Engine;
  version: string;
  secureCookies: boolean;
}
