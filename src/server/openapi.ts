import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invitationSummary, signedIn, tokenSummary, user } from '../schemas/accounts.js';
import { contentShape } from '../schemas/content.js';
import { cycle, progressEntry } from '../schemas/cycles.js';
import { errorBody } from '../schemas/errors.js';
import { selfCheck, wizardDraft } from '../schemas/framework.js';
import { destination, growthMap, levelChange, skill, smart } from '../schemas/map.js';
import { preferences, quarterlyReview } from '../schemas/planning.js';
import { registerTable } from './registerRoutes.js';

const description = [
  'Growth Map’s HTTP API. Every route is generated from one table (`src/schemas/routes.ts`); this',
  'document is `docs/openapi.json`, regenerated with `npm run openapi`.',
  '',
  '- **Signing in**: a personal access token (`Authorization: Bearer gm_…`) or the session cookie.',
  '  Routes with `security: []` are public.',
  '- **CSRF**: a cookie caller sends `X-CSRF-Token` (from `GET /api/v1/me` or sign-in) on every',
  '  request that is not GET; token callers need none.',
  '- **Idempotency**: every POST accepts an `Idempotency-Key` header; clients send a fresh random',
  '  UUID per submission (the web client and the shared client do), so a retried create lands once.',
  '- **Optimistic concurrency**: an update names the `version` it read; a stale one answers 409',
  '  with the current record in `error.current`.',
  '- **Errors**: every 4xx and 5xx is `{error: {code, message, fields?, current?}}`; another',
  '  user’s record answers 404, an administrator-only route 403.',
].join('\n');

/** Shapes that recur: named once under components.schemas and referenced, not repeated inline. */
const components = {
  Error: errorBody,
  User: user,
  SignedIn: signedIn,
  TokenSummary: tokenSummary,
  InvitationSummary: invitationSummary,
  GrowthMap: growthMap,
  Destination: destination,
  Skill: skill,
  Smart: smart,
  LevelChange: levelChange,
  Cycle: cycle,
  ProgressEntry: progressEntry,
  Preferences: preferences,
  QuarterlyReview: quarterlyReview,
  Framework: contentShape,
  SelfCheck: selfCheck,
  WizardDraft: wizardDraft,
};
for (const [id, schema] of Object.entries(components)) {
  if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}

/** The options the served document and the committed one share, so they cannot differ. */
export function swaggerOptions(version: string): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Growth Map API', version, description },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal access token (gm_…).' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'gm_session' },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) => {
      if (!('openapiObject' in documentObject)) return documentObject.swaggerObject;
      const document = jsonSchemaTransformObject(documentObject);
      for (const operations of Object.values(document.paths ?? {})) {
        const post = operations?.post;
        if (!post) continue;
        post.parameters = [
          ...(post.parameters ?? []),
          {
            in: 'header',
            name: 'Idempotency-Key',
            required: false,
            description: 'A fresh random UUID per submission, so a retried create lands once.',
            schema: { type: 'string', maxLength: 200 },
          },
        ];
      }
      return document;
    },
  };
}

/** The OpenAPI document of the route table, without a database or a running server. */
export async function openApiDocument(version: string): Promise<unknown> {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(swagger, swaggerOptions(version));
  registerTable(app, () => async () => null);
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}

/** The committed file's exact text: pretty-printed, with a final newline. */
export const openApiText = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;
