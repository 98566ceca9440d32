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

  it('bounds every picked date to 1970–2199 with a message naming the window', async () => {
    const cycle = { destinationIds: [destinationId], goal: 'Rehearse the talk' };
    const answers = [
      ['reviewDate', await ada.post('/api/v1/cycles', { ...cycle, reviewDate: '9999-12-31' })],
      ['startDate', await ada.post('/api/v1/cycles', { ...cycle, startDate: '0050-03-02' })],
      [
        'targetDate',
        await ada.post('/api/v1/destinations', { title: 'Fine', category: 'leadership-impact', targetDate: '2200-01-01' }),
      ],
      [
        'feedbackCadence.startDate',
        await ada.patch('/api/v1/preferences', {
          version: 1,
          feedbackCadence: { weekday: 'TU', time: '10:00', intervalWeeks: 2, startDate: '1969-12-31' },
        }),
      ],
    ] as const;
    for (const [field, answer] of answers) {
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.fields[field], field).toBe('Use a date between 1970-01-01 and 2199-12-31.');
    }
  });

  it('serves the calendar for a cycle and a 1:1 slot at the end of the window', async () => {
    const created = await ada.post('/api/v1/cycles', {
      destinationIds: [destinationId],
      // A cycle starts within two years of today; its review date may stand at the window's end.
      goal: 'The last review date the window allows',
      reviewDate: '2199-12-31',
    });
    expect(created.status).toBe(201);
    const preferences = (await ada.get('/api/v1/preferences')).body;
    const patched = await ada.patch('/api/v1/preferences', {
      version: preferences.version,
      feedbackCadence: { weekday: 'TU', time: '10:00', intervalWeeks: 1, startDate: '2199-12-31' },
    });
    expect(patched.status).toBe(200);
    expect((await ada.get('/api/v1/calendar.ics')).status).toBe(200);
    const feed = (await ada.post('/api/v1/calendar-feed')).body;
    expect((await api.caller().get(new URL(feed.url).pathname)).status).toBe(200);
    expect((await ada.get('/api/v1/this-week')).status).toBe(200);
  });

  it('refuses a wizard cycle of 4 weeks with 2 review weeks with a 400', async () => {
    const answer = await ada.post('/api/v1/wizard/accept', {
      destinations: [{ key: 'talks', title: 'Give two talks this year', category: 'personal-reputation', skills: [] }],
      cycle: {
        goal: 'Outline the talk',
        destinationKeys: ['talks'],
        lengthWeeks: 4,
        reviewWeeks: 2,
        startDate: '2026-03-02',
        modes: [],
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields['cycle.reviewWeeks']).toMatch(/at least 5 weeks/);
  });
});
