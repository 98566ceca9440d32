import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

const destinationC = {
  title: 'Publish a technical article series and deliver two internal talks per quarter.',
  category: 'personal-reputation' as const,
  measure: 'Talks given per quarter: 2',
  targetDate: '2026-12-31',
  businessImpact: 'Spreads observability practice across teams and cuts incident response time.',
};

describe.each(engines)('the map API on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  beforeEach(async () => {
    api = await startApi(engine);
    ada = await api.admin();
  });
  afterEach(() => api.close());

  it('answers the map with the exact wire shape', async () => {
    const created = await ada.request('POST', '/api/v1/destinations', destinationC);
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(
      [
        'id',
        'title',
        'category',
        'description',
        'measure',
        'targetDate',
        'businessImpact',
        'status',
        'version',
        'skills',
        'smart',
      ].sort(),
    );
    expect(Object.keys(created.body.smart)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
    expect(created.body.smart.relevant).toEqual({ pass: true, reason: expect.any(String), hint: expect.any(String) });
    const skill = await ada.post(`/api/v1/destinations/${created.body.id}/skills`, {
      name: 'Technical writing',
      currentLevel: 'novice',
      targetLevel: 'practitioner',
    });
    expect(skill.status).toBe(201);
    expect(skill.body).toEqual({
      id: expect.any(String),
      destinationId: created.body.id,
      name: 'Technical writing',
      currentLevel: 'novice',
      targetLevel: 'practitioner',
      version: 1,
    });
    const map = await ada.call('GET /api/v1/map');
    expect(map).toMatchObject({ title: 'Growth Map for Admin', role: null, techStack: [], systemStage: null, version: 1 });
    expect(map.destinations[0]?.skills[0]?.name).toBe('Technical writing');
    expect(map.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives per-field messages for bad input and loses nothing', async () => {
    const bad = await ada.post('/api/v1/destinations', { title: '', category: 'wizardry', targetDate: '31/12/2026' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['category', 'targetDate', 'title']);
    expect((await ada.call('GET /api/v1/map')).destinations).toEqual([]);
  });

  it('leaves fields a PATCH does not name alone, and clears one sent empty', async () => {
    const d = await ada.call('POST /api/v1/destinations', { body: destinationC });
    const renamed = await ada.call('PATCH /api/v1/destinations/{id}', {
      params: { id: d.id },
      body: { version: d.version, title: 'Give two internal talks per quarter' },
    });
    expect(renamed).toMatchObject({
      measure: destinationC.measure,
      businessImpact: destinationC.businessImpact,
      version: 2,
    });
    const cleared = await ada.call('PATCH /api/v1/destinations/{id}', {
      params: { id: d.id },
      body: { version: 2, measure: '' },
    });
    expect(cleared.measure).toBeNull();
  });

  it('answers a stale version with 409 and the record as it is now', async () => {
    const d = await ada.call('POST /api/v1/destinations', { body: destinationC });
    const params = { id: d.id };
    await ada.call('PATCH /api/v1/destinations/{id}', {
      params,
      body: { version: d.version, title: 'Edited in another tab, two talks per quarter' },
    });
    const stale = await refusal(
      ada.call('PATCH /api/v1/destinations/{id}', { params, body: { version: d.version, status: 'retired' } }),
    );
    expect(stale).toMatchObject({
      status: 409,
      code: 'conflict',
      current: { title: 'Edited in another tab, two talks per quarter', version: 2 },
    });
    const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params,
      body: { name: 'Speaking', currentLevel: 'novice', targetLevel: 'expert' },
    });
    await ada.call('PATCH /api/v1/skills/{id}', { params: { id: skill.id }, body: { version: 1, name: 'Public speaking' } });
    const staleSkill = await refusal(
      ada.call('PATCH /api/v1/skills/{id}', { params: { id: skill.id }, body: { version: 1, targetLevel: 'practitioner' } }),
    );
    expect(staleSkill).toMatchObject({ status: 409, current: { name: 'Public speaking' } });
  });

  it('records level changes with a required note and lists the history', async () => {
    const d = await ada.call('POST /api/v1/destinations', { body: destinationC });
    const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: d.id },
      body: { name: 'Writing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    const params = { id: skill.id };
    const noNote = await ada.post(`/api/v1/skills/${skill.id}/level-changes`, { to: 'practitioner' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields.note).toBeDefined();
    const badLink = await refusal(
      ada.call('POST /api/v1/skills/{id}/level-changes', {
        params,
        body: { to: 'practitioner', note: 'Series published', evidence: [{ kind: 'link', url: 'javascript:alert(1)' }] },
      }),
    );
    expect(badLink.status).toBe(400);
    await ada.call('POST /api/v1/skills/{id}/level-changes', {
      params,
      body: {
        to: 'practitioner',
        note: 'Published three articles',
        evidence: [{ kind: 'link', url: 'https://blog.example.test/series' }],
      },
    });
    const history = await ada.call('GET /api/v1/skills/{id}/level-changes', { params });
    expect(history.map((e) => e.to)).toEqual(['novice', 'practitioner']);
    expect((await ada.call('GET /api/v1/map')).destinations[0]?.skills[0]?.currentLevel).toBe('practitioner');
  });

  it('refuses the same skill twice on one destination', async () => {
    const d = await ada.call('POST /api/v1/destinations', { body: destinationC });
    const params = { id: d.id };
    await ada.call('POST /api/v1/destinations/{id}/skills', {
      params,
      body: { name: 'Public speaking', currentLevel: 'novice', targetLevel: 'expert' },
    });
    const again = await refusal(
      ada.call('POST /api/v1/destinations/{id}/skills', {
        params,
        body: { name: 'public speaking', currentLevel: 'novice', targetLevel: 'expert' },
      }),
    );
    expect(again.status).toBe(400);
    expect(again.fields.name).toMatch(/already/);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const huge = await refusal(
      ada.call('POST /api/v1/destinations', { body: { ...destinationC, description: 'x'.repeat(1_100_000) } }),
    );
    expect(huge).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('answers unknown API paths and malformed JSON with the one error shape, without stack traces', async () => {
    const missing = await ada.get('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await ada.request('POST', '/api/v1/destinations', '{"title": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('sends API answers with a CSP that allows nothing, never sniffed or framed', async () => {
    const health = await api.caller().get('/api/health');
    expect(health.body).toEqual({ status: 'ok', database: engine, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(health.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['x-frame-options']).toBe('DENY');
    expect(health.headers['strict-transport-security']).toBeUndefined();
  });
});
