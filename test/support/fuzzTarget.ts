import { z } from 'zod';
import type { App } from '../../src/server/app.js';
import type { Caller } from './api.js';
import { type BodyField, type FieldKind, type FuzzPlan, type OperationShape, type Slot, describe } from './fuzzInput.js';
import { validBodies } from './validBodies.js';

// The routes the fuzz walks, the records it aims at, and how one case is sent and judged.

const parameter = z.object({ in: z.string(), name: z.string() });
const requestBody = z.object({
  content: z.record(z.string(), z.object({ schema: z.object({ properties: z.record(z.string(), z.unknown()).optional() }) })),
});
const operation = z.object({
  parameters: z.array(parameter).optional(),
  requestBody: requestBody.optional(),
  security: z.array(z.unknown()).optional(),
  tags: z.array(z.string()).optional(),
});
const httpMethod = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const openApi = z.object({ paths: z.record(z.string(), z.record(z.string(), operation)) });

export interface FuzzTarget {
  /** "PATCH /api/v1/skills/{id}", the key of validBodies. */
  key: string;
  method: z.infer<typeof httpMethod>;
  path: string;
  isPublic: boolean;
  adminOnly: boolean;
  shape: OperationShape;
}

const jsonSchema = z.object({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  format: z.string().optional(),
  anyOf: z.array(z.unknown()).optional(),
});

/** The kind of a body field from its JSON schema; a nullable field takes its non-null branch. */
function fieldKind(schema: unknown): FieldKind {
  const parsed = jsonSchema.safeParse(schema);
  if (!parsed.success) return 'other';
  const { type, format, anyOf } = parsed.data;
  if (anyOf) return anyOf.map(fieldKind).find((kind) => kind !== 'other') ?? 'other';
  if (format === 'date') return 'date';
  const types = [type ?? []].flat();
  if (types.includes('integer') || types.includes('number')) return 'number';
  return types.includes('string') ? 'string' : 'other';
}

function bodyFieldsOf(body: z.infer<typeof requestBody> | undefined): BodyField[] {
  const properties = body?.content['application/json']?.schema.properties ?? {};
  return Object.entries(properties).map(([name, schema]) => ({ name, kind: fieldKind(schema) }));
}

/**
 * Bodies that are only valid with the owner's own ids: "$destinations" stands for the seeded
 * destination's id and is filled in at send time, so the fuzz reaches past the first check.
 */
const fuzzBodies: Record<string, unknown> = {
  'POST /api/v1/cycles': { destinationIds: ['$destinations'], goal: 'Give the first talk', lengthWeeks: 6 },
  'PATCH /api/v1/cycles/{id}': { version: 1, destinationIds: ['$destinations'], goal: 'Give the second talk' },
  'PUT /api/v1/destinations/order': { ids: ['$destinations'] },
  'PUT /api/v1/destinations/{id}/skills/order': { ids: ['$skills'] },
};

/** Every operation of the app's OpenAPI document (generated from the routes themselves). */
export async function fuzzTargets(app: App): Promise<FuzzTarget[]> {
  await app.ready();
  const spec = openApi.parse(app.swagger());
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([lower, op]) => {
      const method = httpMethod.parse(lower.toUpperCase());
      const key = `${method} ${path}`;
      const names = (where: string) => (op.parameters ?? []).filter((p) => p.in === where).map((p) => p.name);
      return {
        key,
        method,
        path,
        isPublic: op.security?.length === 0,
        adminOnly: op.tags?.includes('administration') ?? false,
        shape: {
          pathParams: names('path'),
          queryParams: names('query'),
          validBody: fuzzBodies[key] ?? validBodies[key],
          takesBody: op.requestBody !== undefined,
          bodyFields: bodyFieldsOf(op.requestBody),
        },
      };
    }),
  );
}

/**
 * These end the caller's session or account when they succeed, so they run as a fresh
 * member who is replaced after every success; the owner's session must outlive the walk.
 */
export const endsTheCaller = new Set(['DELETE /api/v1/session', 'DELETE /api/v1/me', 'PUT /api/v1/me/password']);

/** Stands in for a record that exists but whose id the fuzz did not create. */
const someId = '00000000-0000-7000-8000-000000000000';

const lastSegment = (url: unknown) => (typeof url === 'string' ? (url.split('/').pop() ?? '') : '');

/**
 * One record of each kind for the owner, and the administrator's invitation and reset link
 * for a member the administrator routes act on; keyed by the path segment in front of the id.
 */
export async function seedRecords(owner: Caller, admin: Caller, memberId: string): Promise<Record<string, string>> {
  const destination = await owner.post('/api/v1/destinations', validBodies['POST /api/v1/destinations']);
  const skill = await owner.post(`/api/v1/destinations/${destination.body.id}/skills`, {
    name: `Tracing ${Date.now()}-${Math.random()}`,
    currentLevel: 'novice',
    targetLevel: 'expert',
  });
  const cycle = await owner.post('/api/v1/cycles', {
    destinationIds: [destination.body.id],
    goal: 'Give the first talk',
    lengthWeeks: 6,
    backupProject: 'Write the article instead',
  });
  const entry = await owner.post(`/api/v1/cycles/${cycle.body.id}/entries`, { week: 1, text: 'Outlined the talk' });
  const review = await owner.post('/api/v1/quarterly-reviews', { decisions: [] });
  const framework = (await owner.get('/api/v1/framework')).body;
  const item = framework.selfCheck.find((i: { stage: string }) => i.stage === 'scale');
  const check = await owner.post('/api/v1/self-checks', { stage: 'scale', answers: { [item.id]: 'partly' } });
  const token = await owner.post('/api/v1/tokens', { name: 'laptop' });
  const invitation = await admin.post('/api/v1/invitations');
  const feed = await owner.post('/api/v1/calendar-feed');
  const reset = await admin.post(`/api/v1/users/${memberId}/password-reset`);
  const feedback = await owner.post('/api/v1/feedback-sessions', validBodies['POST /api/v1/feedback-sessions']);
  const artifact = await owner.post('/api/v1/artifacts', {
    title: 'Tracing design doc',
    skills: [{ skillId: skill.body.id, level: 'novice' }],
  });
  const ids: Record<string, string | undefined> = {
    destinations: destination.body.id,
    skills: skill.body.id,
    cycles: cycle.body.id,
    entries: entry.body.id,
    'quarterly-reviews': review.body.id,
    'self-checks': check.body.id,
    tokens: token.body.id,
    invitations: invitation.body.id,
    join: lastSegment(invitation.body.url),
    calendar: lastSegment(feed.body.url),
    users: memberId,
    'password-resets': lastSegment(reset.body.url),
    'feedback-sessions': feedback.body.id,
    'action-items': feedback.body.actionItems?.[0]?.id,
    artifacts: artifact.body.id,
  };
  const missing = Object.entries(ids).filter(([, v]) => !v);
  if (missing.length) throw new Error(`seeding the fuzz records failed for ${missing.map(([k]) => k).join(', ')}`);
  return Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v ?? someId]));
}

/** The resource a path or query value names: the segment before it, or the path's own resource. */
function resourceOf(path: string, name: string): string {
  const before = new RegExp(`/([\\w-]+)/\\{${name}\\}`).exec(path)?.[1];
  if (before) return before;
  return /^\/api\/v1\/([\w-]+)/.exec(path)?.[1] ?? '';
}

function fill(slot: Slot, path: string, name: string, ids: Record<string, string>): string {
  return slot.valid ? encodeURIComponent(ids[resourceOf(path, name)] ?? someId) : slot.raw;
}

/** A valid request of a reading route, sent after another route's cases to read back what they stored. */
export function readBack(target: FuzzTarget, after: string): FuzzPlan {
  const valid: Slot = { valid: true };
  return {
    params: Object.fromEntries(target.shape.pathParams.map((name) => [name, valid])),
    query: target.shape.queryParams.map((name): [string, Slot] => [name, valid]),
    body: { kind: 'none' },
    mutations: [`read back after fuzzing ${after}`],
  };
}

export interface SentCase {
  method: FuzzTarget['method'];
  url: string;
  headers: Record<string, string>;
  payload: string | Buffer | undefined;
  mutations: string[];
}

export function materialise(
  target: FuzzTarget,
  plan: FuzzPlan,
  ids: Record<string, string>,
  identity: Record<string, string>,
): SentCase {
  const pathPart = target.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    fill(plan.params[name] ?? { valid: true }, target.path, name, ids),
  );
  const query = plan.query.map(([name, slot]) => `${name}=${fill(slot, target.path, name, ids)}`).join('&');
  const headers = { ...identity };
  let payload: string | Buffer | undefined;
  if (plan.body.kind === 'json') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(plan.body.value).replace(/"\$([\w-]+)"/g, (placeholder, resource: string) =>
      resource in ids ? JSON.stringify(ids[resource]) : placeholder,
    );
  } else if (plan.body.kind === 'raw') {
    if (plan.body.contentType) headers['content-type'] = plan.body.contentType;
    payload = typeof plan.body.payload === 'string' ? plan.body.payload : Buffer.from(plan.body.payload);
  }
  return {
    method: target.method,
    url: query ? `${pathPart}?${query}` : pathPart,
    headers,
    payload,
    mutations: plan.mutations,
  };
}

export interface Verdict {
  status: number;
  body: string;
  problem: string | null;
}

const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** Never a 5xx; every 4xx in the one error format. */
export function judge(status: number, body: string): string | null {
  if (status >= 500) return `answered ${status}`;
  if (status < 400) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `answered ${status} with a body that is not JSON`;
  }
  return errorBody.safeParse(parsed).success ? null : `answered ${status} without {error: {code, message}}`;
}

export async function send(app: App, sent: SentCase): Promise<Verdict> {
  const response = await app.inject({
    method: sent.method,
    url: sent.url,
    headers: sent.headers,
    ...(sent.payload === undefined ? {} : { payload: sent.payload }),
  });
  return { status: response.statusCode, body: response.body, problem: judge(response.statusCode, response.body) };
}

/** The failing request as one would retype it: method, URL, content type, mutations and body. */
export function explain(sent: SentCase, verdict: Verdict): string {
  const payload =
    sent.payload === undefined
      ? '(no body)'
      : typeof sent.payload === 'string'
        ? describe(sent.payload)
        : `bytes ${sent.payload.toString('hex')}`;
  const answer = verdict.body.length > 300 ? `${verdict.body.slice(0, 300)}…` : verdict.body;
  return [
    `${sent.method} ${describe(sent.url)} → ${verdict.status} ${answer}`,
    `  content-type: ${sent.headers['content-type'] ?? '(none)'}`,
    `  mutations: ${sent.mutations.join('; ')}`,
    `  body: ${payload}`,
  ].join('\n');
}
