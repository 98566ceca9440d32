import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/services/secrets.js';
import { type ApiHarness, type Caller, password, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

const DAY = 24 * 60 * 60 * 1000;

const tokenOf = (url: string) => url.split('/').at(-1) ?? '';
const jsonPath = (url: string) => `/api/v1/shared/portfolio/${tokenOf(url)}`;
const pagePath = (url: string) => `/shared/portfolio/${tokenOf(url)}`;

describe.each(engines)('the Portfolio of Impact over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let bob: Caller;
  let skillId: string;
  const ids: Record<string, string> = {};

  const record = (title: string, extra: Record<string, unknown> = {}) =>
    ada.call('POST /api/v1/artifacts', { body: { title, kind: 'design-doc', ...extra } });
  const reader = (address = '198.51.100.7') => api.caller(address);

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open', baseUrl: 'https://growth.example.test' });
    ada = await api.admin();
    bob = await api.member('Bob');
    const destination = await ada.call('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by Q3', category: 'technical-specialization' },
    });
    const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Distributed tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    skillId = skill.id;
    ids.measured = (
      await record('Tracing rollout', {
        date: '2026-02-20',
        url: 'https://docs.example.test/tracing',
        outcome: 'Incidents are found from traces, not guesses.',
        metric: {
          name: 'MTTR',
          before: 45,
          after: 12,
          unit: 'minutes',
          measuredOn: '2026-03-01',
          sourceUrl: 'https://metrics.example.test/mttr',
        },
        skills: [{ skillId, level: 'practitioner' }],
      })
    ).id;
    ids.stated = (await record('Runbook series', { kind: 'writing', outcome: 'On-call follows one runbook.' })).id;
    ids.bare = (await record('Queue design notes')).id;
    ids.spare = (await record('Spare talk', { kind: 'presentation' })).id;
  });
  afterAll(() => api.close());

  it('keeps the chosen order, notices outside 3–5 and ranks the rest by outcome strength', async () => {
    const empty = await ada.call('GET /api/v1/portfolio');
    expect(empty).toMatchObject({ artifacts: [], version: 1, notice: { code: 'too-few-artifacts' } });
    expect(empty.suggestions.map((s) => [s.artifactId, s.strength])).toEqual([
      [ids.measured, 'metric'],
      [ids.stated, 'outcome'],
      [ids.spare, 'none'],
      [ids.bare, 'none'],
    ]);
    expect(empty.suggestions[0]?.reason).toBe('Shows a measured change: MTTR 45 → 12 minutes.');

    const order = [ids.stated, ids.measured, ids.bare].map(String);
    const put = await ada.call('PUT /api/v1/portfolio', { body: { artifactIds: order, version: 1 } });
    expect(put.artifacts.map((a) => a.id)).toEqual(order);
    expect(put.notice).toBeNull();
    expect(put.suggestions.map((s) => s.artifactId)).toEqual([ids.spare]);
    expect(put.version).toBe(2);
    expect((await ada.call('GET /api/v1/portfolio')).artifacts.map((a) => a.id)).toEqual(order);
    expect((await bob.call('GET /api/v1/portfolio')).artifacts).toEqual([]);
  });

  it('refuses a foreign or unknown id naming it, and a repeated one', async () => {
    const bobs = await bob.call('POST /api/v1/artifacts', { body: { title: 'Bob’s doc' } });
    const foreign = await refusal(
      ada.call('PUT /api/v1/portfolio', {
        body: { artifactIds: [String(ids.measured), bobs.id, '00000000-0000-7000-8000-000000000000'] },
      }),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.fields).toEqual({
      'artifactIds.1': 'Pick one of your own artifacts.',
      'artifactIds.2': 'Pick one of your own artifacts.',
    });
    const twice = await ada.request('PUT', '/api/v1/portfolio', { artifactIds: [ids.measured, ids.measured] });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body.error.fields)).toContain('Name each artifact once.');
  });

  it('answers 409 with the current portfolio to a stale version, and replaces it without one', async () => {
    const now = await ada.call('GET /api/v1/portfolio');
    const stale = await refusal(ada.call('PUT /api/v1/portfolio', { body: { artifactIds: [], version: now.version - 1 } }));
    expect(stale.status).toBe(409);
    expect(stale.current).toEqual(now);
    const replaced = await ada.call('PUT /api/v1/portfolio', {
      body: { artifactIds: [String(ids.measured), String(ids.stated), String(ids.bare)] },
    });
    expect(replaced.version).toBe(now.version + 1);
  });

  it('gives one 200 and the rest 409 to concurrent PUTs naming one version, and never mixes two lists', async () => {
    const { version } = await ada.call('GET /api/v1/portfolio');
    const lists = [
      [String(ids.measured), String(ids.stated)],
      [String(ids.bare), String(ids.spare), String(ids.measured)],
    ];
    const named = await Promise.all(
      Array.from({ length: 40 }, (_, i) => ada.put('/api/v1/portfolio', { artifactIds: lists[i % 2], version })),
    );
    expect(named.map((a) => a.status).sort()).toEqual([200, ...Array.from({ length: 39 }, () => 409)]);
    const unnamed = await Promise.all(
      Array.from({ length: 40 }, (_, i) => ada.put('/api/v1/portfolio', { artifactIds: lists[i % 2] })),
    );
    expect(new Set(unnamed.map((a) => a.status))).toEqual(new Set([200]));
    const after = await ada.call('GET /api/v1/portfolio');
    expect(lists).toContainEqual(after.artifacts.map((a) => a.id));
    expect(after.version).toBe(version + 41);
    await ada.call('PUT /api/v1/portfolio', {
      body: { artifactIds: [String(ids.measured), String(ids.stated), String(ids.bare)] },
    });
  });

  it('takes a deleted artifact out of the portfolio', async () => {
    const gone = await record('Soon gone');
    const before = await ada.call('GET /api/v1/portfolio');
    await ada.call('PUT /api/v1/portfolio', { body: { artifactIds: [...before.artifacts.map((a) => a.id), gone.id] } });
    await ada.call('DELETE /api/v1/artifacts/{id}', { params: { id: gone.id } });
    const after = await ada.call('GET /api/v1/portfolio');
    expect(after.artifacts.map((a) => a.id)).toEqual(before.artifacts.map((a) => a.id));
  });

  it('shares for 30 days by default, up to a year, never in the past, and stores only the link’s hash', async () => {
    const now = api.clock.now().getTime();
    const share = await ada.call('POST /api/v1/portfolio/shares', { body: {} });
    expect(share.url).toMatch(/^https:\/\/growth\.example\.test\/shared\/portfolio\/[\w-]{43}$/);
    expect(share.expiresAt).toBe(new Date(now + 30 * DAY).toISOString());

    const yearOn = new Date(now);
    yearOn.setUTCFullYear(yearOn.getUTCFullYear() + 1);
    const longest = await ada.call('POST /api/v1/portfolio/shares', { body: { expiresAt: yearOn.toISOString() } });
    expect(longest.expiresAt).toBe(yearOn.toISOString());
    const tooLong = await refusal(
      ada.call('POST /api/v1/portfolio/shares', { body: { expiresAt: new Date(yearOn.getTime() + 1000).toISOString() } }),
    );
    expect(tooLong.fields).toEqual({ expiresAt: 'Pick a time at most a year from now.' });
    const past = await refusal(
      ada.call('POST /api/v1/portfolio/shares', { body: { expiresAt: new Date(now - 1000).toISOString() } }),
    );
    expect(past.fields).toEqual({ expiresAt: 'Pick a time in the future.' });

    const rows = await api.runtime.deps.db.selectFrom('portfolio_shares').selectAll().where('id', '=', share.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashSecret(tokenOf(share.url)));
    expect(JSON.stringify(rows)).not.toContain(tokenOf(share.url));
    const listed = await ada.call('GET /api/v1/portfolio/shares');
    expect(listed.map((s) => s.id)).toEqual([longest.id, share.id]);
    expect(listed[1]).toEqual({
      id: share.id,
      createdAt: new Date(now).toISOString(),
      expiresAt: share.expiresAt,
      revokedAt: null,
      status: 'active',
      viewCount: 0,
      includeEndorsements: false,
    });
    expect(JSON.stringify(listed)).not.toContain(tokenOf(share.url));
    expect(await bob.call('GET /api/v1/portfolio/shares')).toEqual([]);
  });

  it('shows the reader a frozen snapshot, as a page and as JSON, with nothing else of the account', async () => {
    const share = await ada.call('POST /api/v1/portfolio/shares', { body: { includeEndorsements: true } });
    await ada.call('PATCH /api/v1/artifacts/{id}', {
      params: { id: String(ids.measured) },
      body: { version: 1, title: 'Renamed after sharing', metric: { name: 'MTTR', before: 45, after: 5 } },
    });

    const json = await reader().get(jsonPath(share.url));
    expect(json.status).toBe(200);
    expect(json.body.ownerName).toBe('Admin');
    expect(json.body.endorsements).toEqual([]);
    expect(json.body.artifacts[0]).toEqual({
      title: 'Tracing rollout',
      kind: 'design-doc',
      date: '2026-02-20',
      url: 'https://docs.example.test/tracing',
      description: null,
      outcome: 'Incidents are found from traces, not guesses.',
      metric: {
        name: 'MTTR',
        before: 45,
        after: 12,
        unit: 'minutes',
        measuredOn: '2026-03-01',
        sourceUrl: 'https://metrics.example.test/mttr',
      },
      skills: [{ name: 'Distributed tracing', level: 'practitioner' }],
    });
    expect(json.body.artifacts.map((a: { title: string }) => a.title)).toEqual([
      'Tracing rollout',
      'Runbook series',
      'Queue design notes',
    ]);

    const page = await reader().get(pagePath(share.url));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const text: string = page.body;
    expect(text).toContain('<h1>Portfolio of Impact: Admin</h1>');
    expect(text).toContain('Tracing rollout');
    expect(text).not.toContain('Renamed after sharing');
    expect(text).toContain(
      '<strong>MTTR:</strong> 45 → 12 minutes (measured on 2026-03-01, <a href="https://metrics.example.test/mttr" rel="noopener noreferrer nofollow">source</a>)',
    );
    expect(text).toContain('Distributed tracing (Practitioner)');
    for (const secret of ['admin@example.test', ids.measured, skillId, share.id]) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(json.body)).not.toContain(secret);
    }
  });

  it('logs each view by time, counts them, and stops a revoked link at once', async () => {
    const share = await ada.call('POST /api/v1/portfolio/shares', { body: {} });
    const first = api.clock.now().toISOString();
    await reader().get(pagePath(share.url));
    api.clock.advance(60_000);
    await reader().get(jsonPath(share.url));
    const views = await ada.call('GET /api/v1/portfolio/shares/{id}/views', { params: { id: share.id } });
    expect(views).toEqual([{ viewedAt: new Date(Date.parse(first) + 60_000).toISOString() }, { viewedAt: first }]);
    const listed = (await ada.call('GET /api/v1/portfolio/shares')).find((s) => s.id === share.id);
    expect(listed?.viewCount).toBe(2);
    expect((await bob.request('GET', `/api/v1/portfolio/shares/${share.id}/views`)).status).toBe(404);
    expect((await bob.request('DELETE', `/api/v1/portfolio/shares/${share.id}`)).status).toBe(404);

    const unknownJson = await reader().get(`/api/v1/shared/portfolio/${'x'.repeat(43)}`);
    const unknownPage = await reader().get(`/shared/portfolio/${'x'.repeat(43)}`);
    expect(unknownJson.status).toBe(404);
    expect(unknownPage.status).toBe(404);

    await ada.call('DELETE /api/v1/portfolio/shares/{id}', { params: { id: share.id } });
    const revokedJson = await reader().get(jsonPath(share.url));
    const revokedPage = await reader().get(pagePath(share.url));
    expect([revokedJson.status, revokedJson.body]).toEqual([404, unknownJson.body]);
    expect([revokedPage.status, revokedPage.body]).toEqual([404, unknownPage.body]);
    const revoked = (await ada.call('GET /api/v1/portfolio/shares')).find((s) => s.id === share.id);
    expect(revoked).toMatchObject({ status: 'revoked', revokedAt: api.clock.now().toISOString(), viewCount: 2 });
    // The log stays, and a second revoke is no news.
    expect(await ada.call('GET /api/v1/portfolio/shares/{id}/views', { params: { id: share.id } })).toHaveLength(2);
    await ada.call('DELETE /api/v1/portfolio/shares/{id}', { params: { id: share.id } });
  });

  it('answers an expired link exactly like an unknown one', async () => {
    const hourOn = new Date(api.clock.now().getTime() + 60 * 60_000).toISOString();
    const share = await ada.call('POST /api/v1/portfolio/shares', { body: { expiresAt: hourOn } });
    const unknownJson = await reader().get(`/api/v1/shared/portfolio/${'y'.repeat(43)}`);
    const unknownPage = await reader().get(`/shared/portfolio/${'y'.repeat(43)}`);
    const started = api.clock.now().toISOString();
    api.clock.set(hourOn);
    try {
      const json = await reader().get(jsonPath(share.url));
      const page = await reader().get(pagePath(share.url));
      expect([json.status, json.body]).toEqual([404, unknownJson.body]);
      expect([page.status, page.body]).toEqual([404, unknownPage.body]);
      const listed = (await ada.call('GET /api/v1/portfolio/shares')).find((s) => s.id === share.id);
      expect(listed?.status).toBe('expired');
    } finally {
      api.clock.set(started);
    }
  });

  it('marks the page and the JSON noindex, no-referrer and no-store, found or not', async () => {
    const share = await ada.call('POST /api/v1/portfolio/shares', { body: {} });
    for (const path of [pagePath(share.url), jsonPath(share.url), '/shared/portfolio/nope', '/api/v1/shared/portfolio/nope']) {
      const answer = await reader().get(path);
      expect.soft(answer.headers['x-robots-tag'], path).toMatch(/noindex/);
      expect.soft(answer.headers['referrer-policy'], path).toBe('no-referrer');
      expect.soft(answer.headers['cache-control'], path).toBe('no-store');
    }
    const page = await reader().get(pagePath(share.url));
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('answers 429, as a page and as JSON, once an address has spent its allowance', async () => {
    const share = await ada.call('POST /api/v1/portfolio/shares', { body: {} });
    const greedy = reader('203.0.113.50');
    for (let i = 0; i < 120; i++) {
      const answer = await greedy.get(`/api/v1/shared/portfolio/guess-${i}`);
      expect.soft(answer.status).toBe(404);
    }
    const json = await greedy.get(jsonPath(share.url));
    expect(json.status).toBe(429);
    expect(json.body.error.code).toBe('rate_limited');
    expect(json.headers['retry-after']).toBeDefined();
    const page = await greedy.get(pagePath(share.url));
    expect(page.status).toBe(429);
    expect(page.body).toContain('Too many requests');
    // Another address still reads it.
    expect((await reader('203.0.113.51').get(jsonPath(share.url))).status).toBe(200);
  });

  it('exports the portfolio and shares without their links, and deletes them with the account', async () => {
    const carol = await api.member(`Carol${engine}`);
    const artifact = await carol.call('POST /api/v1/artifacts', { body: { title: 'Carol’s talk', kind: 'presentation' } });
    await carol.call('PUT /api/v1/portfolio', { body: { artifactIds: [artifact.id] } });
    const share = await carol.call('POST /api/v1/portfolio/shares', { body: {} });
    await reader().get(jsonPath(share.url));

    const exported = await carol.call('GET /api/v1/me/export');
    expect(exported.records.portfolio_items).toEqual([{ artifact_id: artifact.id, position: 0 }]);
    expect(exported.records.portfolio_shares).toHaveLength(1);
    expect(exported.records.portfolio_shares[0]).toMatchObject({ id: share.id, revoked_at: null });
    expect(JSON.parse(exported.records.portfolio_shares[0]?.snapshot ?? '{}').artifacts[0]?.title).toBe('Carol’s talk');
    expect(exported.records.portfolio_share_views).toMatchObject([{ share_id: share.id }]);
    expect(JSON.stringify(exported)).not.toContain(tokenOf(share.url));

    await carol.call('DELETE /api/v1/me', { body: { confirm: `carol${engine}@example.test`, password } });
    const db = api.runtime.deps.db;
    expect(await db.selectFrom('portfolio_shares').select('id').where('id', '=', share.id).execute()).toEqual([]);
    expect(await db.selectFrom('portfolio_share_views').select('id').where('share_id', '=', share.id).execute()).toEqual([]);
    expect(await db.selectFrom('portfolio_items').select('artifact_id').where('artifact_id', '=', artifact.id).execute()).toEqual(
      [],
    );
    expect((await reader().get(jsonPath(share.url))).status).toBe(404);
  });
});
