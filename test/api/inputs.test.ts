import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

const NUL = 'a\u0000b';
const loneSurrogate = 'a\uD800b';

describe.each(engines)('what the API refuses at its edge on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let destinationId: string;
  beforeAll(async () => {
    api = await startApi(engine);
    ada = await api.admin();
    const created = await ada.post('/api/v1/destinations', { title: 'Lead the platform team', category: 'leadership-impact' });
    destinationId = created.body.id;
  });
  afterAll(() => api.close());

  it.each([
    ['a NUL', NUL],
    ['a lone surrogate', loneSurrogate],
  ])('refuses %s in text with a 400 naming the field', async (_, bad) => {
    const answers = [
      ['title', await ada.post('/api/v1/destinations', { title: bad, category: 'leadership-impact' })],
      ['description', await ada.post('/api/v1/destinations', { title: 'Fine', category: 'leadership-impact', description: bad })],
      [
        'name',
        await ada.post(`/api/v1/destinations/${destinationId}/skills`, {
          name: bad,
          currentLevel: 'novice',
          targetLevel: 'expert',
        }),
      ],
      ['role', await ada.patch('/api/v1/map', { version: 1, role: bad })],
      ['email', await api.caller().post('/api/v1/session', { email: `x${bad}@example.test`, password: 'whatever it is' })],
      ['notes', await ada.post('/api/v1/quarterly-reviews', { notes: bad })],
      ['text', await ada.post('/api/v1/framework/skills-csv', { text: `name\n${bad}`, sourceName: 'CSV' })],
    ] as const;
    for (const [field, answer] of answers) {
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.code).toBe('validation_failed');
      expect(answer.body.error.fields[field], field).toMatch(/NUL or broken Unicode/);
    }
  });

  it('refuses a version no integer column holds, with a 400 naming the field', async () => {
    for (const answer of [
      await ada.patch('/api/v1/map', { version: 2_147_483_648, title: 'Mine' }),
      await ada.patch(`/api/v1/destinations/${destinationId}`, { version: 2_147_483_648, title: 'Mine' }),
      await ada.patch('/api/v1/me', { version: 2_147_483_648, name: 'Ada' }),
      await ada.patch('/api/v1/preferences', { version: 2_147_483_648, digestEnabled: true }),
    ]) {
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields.version).toBeTruthy();
    }
    const largestHeld = await ada.patch('/api/v1/map', { version: 2_147_483_646, title: 'Mine' });
    expect(largestHeld.status).toBe(409);
  });

  it('answers framework errors in the one error format without echoing the input', async () => {
    const marker = 'zqxmarker';
    const answers = [
      await ada.get(`/api/v1/destinations/%FF%FE${marker}`),
      await ada.get(`/api/v1/destinations/${marker}${'a'.repeat(3000)}`),
      await ada.request('POST', '/api/v1/destinations', `{"title": "${marker}`, { 'content-type': 'application/json' }),
      await ada.request('POST', '/api/v1/destinations', marker, { 'content-type': `text/${marker}` }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).toEqual({ error: { code: 'validation_failed', message: expect.any(String), fields: {} } });
      expect(JSON.stringify(answer.body)).not.toContain(marker);
    }
  });
});
