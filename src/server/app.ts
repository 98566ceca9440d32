import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type RouteOptions } from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Engine } from '../db/database.js';
import type { ServiceDeps } from '../services/context.js';
import { AppPages } from './appPages.js';
import { compressAnswers, precompressedFiles, varyOnEncoding } from './compression.js';
import { errorHandler, frameworkErrorHandler } from './errors.js';
import { idempotency } from './idempotency.js';
import { registerPages } from './pages.js';
import { identityHook } from './identity.js';
import { registerRoutes } from './registerRoutes.js';
import { swaggerOptions } from './openapi.js';
import type { App } from './routeContext.js';
import { addSecurityHeaders } from './securityHeaders.js';

export type { App, RouteContext } from './routeContext.js';

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
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  const https = deps.baseUrl.startsWith('https://');
  addSecurityHeaders(app, https);
  await app.register(cookie);
  await compressAnswers(app);
  await app.register(swagger, swaggerOptions(options.version));

  const context = { deps, engine: options.engine, version: options.version, secureCookies: https };
  // Identity runs for the API's routes only, decided by the route matched (never the raw URL,
  // which a percent-encoded path could disguise); the web app's files are outside this scope.
  await app.register(async (api) => {
    // Set as the request arrives, so errors carry it too, without an onSend hook on every answer.
    api.addHook('onRequest', (_request, reply, done) => {
      reply.header('Cache-Control', 'no-store');
      done();
    });
    api.addHook('onRequest', identityHook(deps));
    api.addHook('onRoute', idempotentPosts(idempotency(deps)));
    registerRoutes(api, context);
    await options.extraRoutes?.(api);
  });

  registerPages(app, context);
  await serveWeb(app, options.webDir ?? null);
  return app;
}

const listOf = <T>(hooks: T | T[] | undefined): T[] => (hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]);

/**
 * Only a POST can carry an Idempotency-Key, so only POST routes get its hooks: every other
 * request skips them. Its onSend goes first, ahead of compression's, so it keeps the JSON.
 */
function idempotentPosts(idempotent: ReturnType<typeof idempotency>) {
  return (route: RouteOptions) => {
    if (route.method !== 'POST') return;
    route.preHandler = [...listOf(route.preHandler), idempotent.preHandler];
    route.onSend = [idempotent.onSend, ...listOf(route.onSend)];
  };
}

/**
 * The SPA: hashed assets cached for a year, every other page path answered with the app's page
 * for that address (index.html naming the screen's files, see appPages.ts).
 */
async function serveWeb(app: App, webDir: string | null): Promise<void> {
  const pages = webDir !== null && fs.existsSync(path.join(webDir, 'index.html')) ? AppPages.fromBuild(webDir) : null;
  if (pages && webDir) {
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
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !pages) {
      return reply.status(404).send({ error: { code: 'not_found', message: 'There is nothing at this address.' } });
    }
    return pages.send(request, reply);
  });
}
