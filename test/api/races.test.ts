import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, password, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

const countOf = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe.each(engines)('parallel requests on %s', (engine) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await startApi(engine);
    await api.admin();
  });
  afterEach(() => api.close());

  it('checks at most 10 of 100 simultaneous wrong passwords for one email; the rest are refused unchecked', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api.caller(`198.51.100.${i + 1}`).post('/api/v1/session', { email: 'admin@example.test', password: `wrong guess ${i}` }),
      ),
    );
    const statuses = guesses.map((g) => g.status);
    expect(countOf(statuses, 401)).toBe(10);
    expect(countOf(statuses, 429)).toBe(90);
    // The allowance is spent for the right password too, until the window ends.
    const right = await api.caller('203.0.113.1').post('/api/v1/session', { email: 'admin@example.test', password });
    expect(right.status).toBe(429);
    api.clock.advance(15 * 60_000 + 1);
    expect((await api.caller('203.0.113.1').post('/api/v1/session', { email: 'admin@example.test', password })).status).toBe(200);
  });

  it('does not count a right password against the allowance', async () => {
    for (let i = 0; i < 12; i++) {
      const answer = await api.caller().post('/api/v1/session', { email: 'admin@example.test', password });
      expect(answer.status).toBe(200);
    }
  });

  it('creates one skill when the same name arrives twice at once; the other is told it exists', async () => {
    const owner = await api.member('Sam');
    const destination = (await owner.post('/api/v1/destinations', { title: 'Run the platform', category: 'leadership-impact' }))
      .body;
    for (let round = 0; round < 5; round++) {
      const names = [`Kafka ${round}`, `KAFKA ${round}`];
      const answers = await Promise.all(
        names.map((name) =>
          owner.post(`/api/v1/destinations/${destination.id}/skills`, { name, currentLevel: 'novice', targetLevel: 'expert' }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 400]);
      expect(answers.find((a) => a.status === 400)?.body.error.fields.name).toMatch(/already has a skill with this name/);
    }
    const renamed = await owner.post(`/api/v1/destinations/${destination.id}/skills`, {
      name: 'Terraform',
      currentLevel: 'novice',
      targetLevel: 'expert',
    });
    const clash = await owner.patch(`/api/v1/skills/${renamed.body.id}`, { version: 1, name: 'kafka 0' });
    expect(clash.status).toBe(400);
    expect(clash.body.error.fields.name).toMatch(/already has a skill/);
  });

  it('gives 100 concurrent skills and destinations each their own position', async () => {
    const owner = await api.member('Pat');
    const destination = (await owner.post('/api/v1/destinations', { title: 'Run the platform', category: 'leadership-impact' }))
      .body;
    const created = await Promise.all([
      ...Array.from({ length: 100 }, (_, i) =>
        owner.post(`/api/v1/destinations/${destination.id}/skills`, {
          name: `Skill ${i}`,
          currentLevel: 'novice',
          targetLevel: 'expert',
        }),
      ),
      ...Array.from({ length: 30 }, (_, i) =>
        owner.post('/api/v1/destinations', { title: `Goal ${i}`, category: 'craft-and-process' }),
      ),
    ]);
    expect(created.every((c) => c.status === 201)).toBe(true);
    const db = api.runtime.database.db;
    const skillPositions = await db
      .selectFrom('skills')
      .select('position')
      .where('destination_id', '=', destination.id)
      .execute();
    expect(new Set(skillPositions.map((r) => r.position)).size).toBe(100);
    const map = (await owner.get('/api/v1/map')).body;
    const destinationPositions = await db.selectFrom('destinations').select('position').where('map_id', '=', map.id).execute();
    expect(new Set(destinationPositions.map((r) => r.position)).size).toBe(31);
  });
});
