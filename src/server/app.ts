import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import { type ZodTypeProvider, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../db/database.js';
import type { ServiceDeps } from '../services/context.js';
import { compressAnswers, precompressedFiles, varyOnEncoding } from './compression.js';
import { errorHandler } from './errors.js';
import { identityHook } from './identity.js';
import { addSecurityHeaders } from './securityHeaders.js';
import { accountRoutes } from './routes/account/routes.js';
import { cycleRoutes } from './routes/cycles/routes.js';
import { adminRoutes } from './routes/admin/routes.js';
import { destinationRoutes } from './routes/destinations/routes.js';
import { frameworkRoutes } from './routes/framework/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { mapRoutes } from './routes/map/routes.js';
import { calendarRoutes, planningRoutes } from './routes/planning/routes.js';
import { sessionRoutes } from './routes/session/routes.js';
import { skillRoutes } from './routes/skills/routes.js';
import { tokenRoutes } from './routes/tokens/routes.js';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export interface AppOptions {
  deps: ServiceDeps;
  engine: Engine;
  version: string;
  trustProxy?: boolean;
  logLevel?: string;
  /** The built SPA; null serves the API only. */
  webDir?: string | null;
  /** Extra routes registered with the same hooks, serializer and auth (the benchmark's baseline). */
  extraRoutes?: (app: App) => Promise<void> | void;
}

export const BODY_LIMIT = 1_000_000;

export async function buildApp(options: AppOptions): Promise<App> {
  const { deps } = options;
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  const https = deps.baseUrl.startsWith('https://');
  addSecurityHeaders(app, https);
  await app.register(cookie);
  await compressAnswers(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Growth Map API', version: options.version },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal access token (gm_…).' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'gm_session' },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onRequest', identityHook(deps));
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  const context = { deps, engine: options.engine, version: options.version, secureCookies: https };
  await app.register(async (api) => {
    const typed = api.withTypeProvider<ZodTypeProvider>();
    await healthRoutes(typed, context);
    await sessionRoutes(typed, context);
    await accountRoutes(typed, context);
    await tokenRoutes(typed, context);
    await adminRoutes(typed, context);
    await mapRoutes(typed, context);
    await destinationRoutes(typed, context);
    await skillRoutes(typed, context);
    await cycleRoutes(typed, context);
    await planningRoutes(typed, context);
    await calendarRoutes(typed, context);
    await frameworkRoutes(typed, context);
    await options.extraRoutes?.(typed);
  });

  await serveWeb(app, options.webDir ?? null);
  return app;
}

export interface RouteContext {
  deps: ServiceDeps;
  engine: Engine;
  version: string;
  secureCookies: boolean;
}

/** The SPA: hashed assets cached for a year, every other page path answered with index.html. */
async function serveWeb(app: App, webDir: string | null): Promise<void> {
  const hasWeb = webDir !== null && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // Our own header below: hashed assets never change, so browsers keep them for a year.
      cacheControl: false,
      ...precompressedFiles,
      setHeaders: (res, filePath) => {
        varyOnEncoding(res);
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      return reply.status(404).send({ error: { code: 'not_found', message: 'There is nothing at this address.' } });
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
