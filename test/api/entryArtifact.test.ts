import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

describe.each(engines)('a progress entry’s link made into an artifact on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let bob: Caller;
  let cycleId: string;
  let destinationId: string;

  const log = (text: string, links: string[] = []) =>
    ada.call('POST /api/v1/cycles/{id}/entries', {
      params: { id: cycleId },
      body: { week: 1, text, evidence: links.map((url) => ({ kind: 'link' as const, url })) },
    });
  const makeArtifact = (who: Caller, id: string) => who.call('POST /api/v1/entries/{id}/artifact', { params: { id } });

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    ada = await api.admin();
    bob = await api.member('Bob');
    // 23:30 in UTC is already the next day in Berlin: the artifact is dated in the owner's time zone.
    api.clock.set('2026-03-02T23:30:00.000Z');
    const me = await ada.call('GET /api/v1/me');
    await ada.call('PATCH /api/v1/me', { body: { version: me.user.version, timeZone: 'Europe/Berlin' } });
    const destination = await ada.call('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by Q3', category: 'technical-specialization' },
    });
    destinationId = destination.id;
    const cycle = await ada.call('POST /api/v1/cycles', {
      body: { destinationIds: [destinationId], goal: 'Trace the checkout path', lengthWeeks: 6 },
    });
    cycleId = cycle.id;
  });
  afterAll(() => api.close());

  it('creates the artifact from the entry and cites it in the entry, keeping the link', async () => {
    const entry = await log('Wrote the tracing design doc\nand shared it with the team', [
      'https://docs.example.test/tracing',
      'https://example.test/second',
    ]);
    const answer = await ada.request('POST', `/api/v1/entries/${entry.id}/artifact`, {});
    expect(answer.status).toBe(201);
    const { artifact, entry: changed } = answer.body;
    expect(artifact).toMatchObject({
      title: 'Wrote the tracing design doc',
      kind: 'other',
      url: 'https://docs.example.test/tracing',
      date: '2026-03-03',
      cycleId,
      destinationIds: [destinationId],
      skills: [],
      outcome: null,
      version: 1,
    });
    expect(changed.evidence).toEqual([...entry.evidence, { kind: 'artifact', id: artifact.id }]);
    expect(changed.version).toBe(entry.version + 1);
    // Both are stored, not only answered.
    expect(await ada.call('GET /api/v1/artifacts/{id}', { params: { id: artifact.id } })).toEqual(artifact);
    const stored = await ada.call('GET /api/v1/cycles/{id}/entries', { params: { id: cycleId } });
    expect(stored.find((e) => e.id === entry.id)).toEqual(changed);
  });

  it('answers 400 for an entry without a link and creates nothing', async () => {
    const entry = await log('Read two chapters on sampling');
    const before = (await ada.call('GET /api/v1/artifacts', { query: {} })).length;
    const error = await refusal(makeArtifact(ada, entry.id));
    expect(error.status).toBe(400);
    expect(error.fields.evidence).toMatch(/link/);
    expect((await ada.call('GET /api/v1/artifacts', { query: {} })).length).toBe(before);
  });

  it('answers 404 for another user’s entry and changes nothing', async () => {
    const entry = await log('Paired on the collector config', ['https://example.test/pr/1']);
    const before = (await ada.call('GET /api/v1/artifacts', { query: {} })).length;
    const error = await refusal(makeArtifact(bob, entry.id));
    expect(error.status).toBe(404);
    expect((await ada.call('GET /api/v1/artifacts', { query: {} })).length).toBe(before);
    expect(await bob.call('GET /api/v1/artifacts', { query: {} })).toEqual([]);
    const stored = await ada.call('GET /api/v1/cycles/{id}/entries', { params: { id: cycleId } });
    expect(stored.find((e) => e.id === entry.id)?.evidence).toEqual(entry.evidence);
  });

  it('refuses an entry that already cites as much evidence as it may', async () => {
    const links = Array.from({ length: 20 }, (_, i) => `https://example.test/${i}`);
    const entry = await log('Collected every dashboard', links);
    const before = (await ada.call('GET /api/v1/artifacts', { query: {} })).length;
    expect((await refusal(makeArtifact(ada, entry.id))).status).toBe(400);
    expect((await ada.call('GET /api/v1/artifacts', { query: {} })).length).toBe(before);
  });

  it('makes one artifact per call: a second call cites a second artifact', async () => {
    const entry = await log('Recorded the demo', ['https://video.example.test/demo']);
    const first = await makeArtifact(ada, entry.id);
    const second = await makeArtifact(ada, entry.id);
    expect(second.artifact.id).not.toBe(first.artifact.id);
    expect(second.entry.evidence.filter((e) => e.kind === 'artifact').map((e) => e.kind === 'artifact' && e.id)).toEqual([
      first.artifact.id,
      second.artifact.id,
    ]);
  });

  it('keeps the artifact and the citation together under concurrent calls: every artifact made is cited', async () => {
    const entry = await log('Ran the load test', ['https://example.test/report']);
    const before = (await ada.call('GET /api/v1/artifacts', { query: {} })).length;
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => ada.request('POST', `/api/v1/entries/${entry.id}/artifact`, {})));
    const made = answers.filter((a) => a.status === 201);
    expect(made.length).toBeGreaterThanOrEqual(1);
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    const stored = await ada.call('GET /api/v1/cycles/{id}/entries', { params: { id: cycleId } });
    const cited = stored.find((e) => e.id === entry.id)?.evidence.filter((e) => e.kind === 'artifact') ?? [];
    expect(cited).toHaveLength(made.length);
    expect((await ada.call('GET /api/v1/artifacts', { query: {} })).length).toBe(before + made.length);
  });
});
