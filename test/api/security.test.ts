import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';
import { validBodies } from '../support/validBodies.js';

interface Operation {
  security?: unknown[];
  tags?: string[];
  requestBody?: unknown;
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Stands in for a record that exists but whose id the test did not need to create. */
const someId = '00000000-0000-7000-8000-000000000000';

describe.each(engines)('every route of the OpenAPI document on %s', (engine) => {
  let api: ApiHarness;
  let owner: Caller;
  let stranger: Caller;
  let spec: OpenApi;
  const ownerIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    owner = await api.admin();
    stranger = await api.member('Stranger');
    const destination = await owner.post('/api/v1/destinations', validBodies['POST /api/v1/destinations']);
    const skill = await owner.post(`/api/v1/destinations/${destination.body.id}/skills`, {
      name: 'Tracing',
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
    const invitation = await owner.post('/api/v1/invitations');
    const me = await owner.get('/api/v1/me');
    Object.assign(ownerIds, {
      destinations: destination.body.id,
      skills: skill.body.id,
      tokens: token.body.id,
      invitations: invitation.body.id,
      users: me.body.user.id,
      cycles: cycle.body.id,
      entries: entry.body.id,
      'quarterly-reviews': review.body.id,
      'self-checks': check.body.id,
    });
    spec = (await api.caller().get('/api/openapi.json')).body;
  });
  afterAll(() => api.close());

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
    );

  const concrete = (path: string) =>
    path
      .replace(/\/(\w[\w-]*)\/\{id\}/g, (_, resource: string) => `/${resource}/${ownerIds[resource] ?? someId}`)
      .replace(
        /\/([\w-]+)\/compare$/,
        (_, resource: string) => `/${resource}/compare?before=${ownerIds[resource]}&after=${ownerIds[resource]}`,
      );

  it('documents the routes, and marks the public ones with security: []', () => {
    const publicOnes = operations()
      .filter((o) => Array.isArray(o.operation.security) && o.operation.security.length === 0)
      .map((o) => `${o.method} ${o.path}`);
    expect(publicOnes).toEqual(
      expect.arrayContaining(['GET /api/health', 'POST /api/v1/setup', 'POST /api/v1/session', 'POST /api/v1/users']),
    );
    expect(operations().length).toBeGreaterThan(25);
  });

  it('has a valid body on file for every route that takes one', () => {
    const missing = operations()
      .filter((o) => o.operation.requestBody && !(`${o.method} ${o.path}` in validBodies))
      .map((o) => `${o.method} ${o.path}`);
    expect(missing).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every non-public route', async () => {
    const anonymous = api.caller();
    const answers: string[] = [];
    for (const { path, method, operation } of operations()) {
      if (Array.isArray(operation.security) && operation.security.length === 0) continue;
      const answer = await anonymous.request(method, concrete(path), validBodies[`${method} ${path}`]);
      answers.push(`${method} ${path} → ${answer.status}`);
      expect.soft(answer.status, `${method} ${path}`).toBe(401);
      expect.soft(answer.body.error.code).toBe('unauthenticated');
    }
    expect(answers.length).toBeGreaterThan(20);
  });

  it('answers 404 (or 403 for an administrator-only route) when another user touches the owner’s records', async () => {
    let checked = 0;
    for (const { path, method, operation } of operations()) {
      const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
      const adminOnly = operation.tags?.includes('administration') ?? false;
      const touchesOthers = path.includes('{id}') || path.endsWith('/compare');
      if (isPublic || (!touchesOthers && !adminOnly)) continue;
      const answer = await stranger.request(method, concrete(path), validBodies[`${method} ${path}`]);
      expect.soft([403, 404], `${method} ${path} answered ${answer.status}`).toContain(answer.status);
      if (!adminOnly) expect.soft(answer.status, `${method} ${path}`).toBe(404);
      checked++;
    }
    expect(checked).toBeGreaterThan(12);
    // And nothing of the owner's changed.
    const map = await owner.get('/api/v1/map');
    expect(map.body.destinations[0].title).toBe('Publish two internal talks per quarter');
    expect(map.body.destinations[0].skills[0].name).toBe('Tracing');
    expect((await owner.get('/api/v1/tokens')).body).toHaveLength(1);
  });

  it('shows the stranger only their own map', async () => {
    const map = await stranger.get('/api/v1/map');
    expect(map.body.title).toBe('Growth Map for Stranger');
    expect(map.body.destinations).toEqual([]);
  });
});
