import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heatmapRevision } from '../../src/db/repositories/heatmap.js';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

// The heatmap answer is kept per team and filter while its revision holds: every kind of change
// it shows must move that revision, or the lead would see yesterday's team.
describe.each(engines)('the kept heatmap on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let bob: Caller;
  let cyd: Caller;
  let eve: Caller;
  let teamId: string;
  const ids: Record<string, string> = {};

  const heatmap = (category?: 'leadership-impact') =>
    ada.call('GET /api/v1/teams/{id}/heatmap', { params: { id: teamId }, query: category ? { category } : {} });
  const revision = async () => heatmapRevision(api.runtime.deps.db, teamId);
  const levelsOf = async (skill: string) => (await heatmap()).skills.find((s) => s.name === skill)?.levels;

  async function skill(
    who: Caller,
    category: 'technical-specialization' | 'leadership-impact',
    name: string,
    level: 'novice' | 'expert',
  ) {
    const destination = await who.call('POST /api/v1/destinations', { body: { title: `Grow in ${name}`, category } });
    return who.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name, currentLevel: level, targetLevel: 'expert' },
    });
  }

  async function join(who: Caller, consent: 'levels' | 'goals') {
    const [invited] = await who.call('GET /api/v1/memberships');
    if (!invited) throw new Error('no invitation waiting');
    await who.call('PATCH /api/v1/memberships/{id}', {
      params: { id: invited.id },
      body: { version: invited.version, status: 'active', consent },
    });
  }

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    ada = await api.admin();
    bob = await api.member('Bob');
    cyd = await api.member('Cyd');
    eve = await api.member('Eve');
    for (const [name, who] of [
      ['bob', bob],
      ['cyd', cyd],
    ] as const) {
      ids[name] = (await who.call('GET /api/v1/me')).user.id;
    }
    await skill(bob, 'technical-specialization', 'Tracing', 'expert');
    await skill(cyd, 'leadership-impact', 'Tracing', 'novice');
    teamId = (await ada.call('POST /api/v1/teams', { body: { name: 'Platform' } })).id;
    for (const email of ['bob@example.test', 'cyd@example.test']) {
      await ada.call('POST /api/v1/teams/{id}/invitations', { params: { id: teamId }, body: { email } });
    }
    await join(bob, 'levels');
    await join(cyd, 'goals');
  });
  afterAll(() => api.close());

  it('stays the same while nothing it shows changes, even when an outsider edits their map', async () => {
    const before = await revision();
    expect(await heatmap()).toEqual(await heatmap());
    await skill(eve, 'technical-specialization', 'Tracing', 'expert');
    expect(await revision()).toBe(before);
  });

  it('shows a pairing session a member records', async () => {
    const [pairing] = (await heatmap()).pairings;
    expect(pairing).toMatchObject({ expert: ids.bob, novice: ids.cyd, lastPaired: null });
    await bob.call('POST /api/v1/feedback-sessions', { body: { kind: 'pairing', partner: 'Cyd', date: '2026-03-01' } });
    expect((await heatmap()).pairings[0]).toMatchObject({ expert: ids.bob, novice: ids.cyd, lastPaired: '2026-03-01' });
  });

  it('shows a member’s level change', async () => {
    expect(await levelsOf('Tracing')).toEqual({ [ids.bob ?? '']: 'expert', [ids.cyd ?? '']: 'novice' });
    const map = await bob.call('GET /api/v1/map');
    const tracing = map.destinations.flatMap((d) => d.skills).find((s) => s.name === 'Tracing');
    await bob.call('POST /api/v1/skills/{id}/level-changes', {
      params: { id: tracing?.id ?? '' },
      body: { to: 'practitioner', note: 'Stepped back from on-call' },
    });
    expect(await levelsOf('Tracing')).toEqual({ [ids.bob ?? '']: 'practitioner', [ids.cyd ?? '']: 'novice' });
  });

  it('shows a member’s new name', async () => {
    await heatmap();
    const { user } = await cyd.call('GET /api/v1/me');
    await cyd.call('PATCH /api/v1/me', { body: { version: user.version, name: 'Cydney' } });
    expect((await heatmap()).members.map((m) => m.name)).toContain('Cydney');
  });

  it('drops the goals of a member who narrows their consent from the filtered view', async () => {
    expect((await heatmap('leadership-impact')).skills.map((s) => Object.keys(s.levels))).toEqual([[ids.cyd]]);
    const [membership] = await cyd.call('GET /api/v1/memberships');
    await cyd.call('PATCH /api/v1/memberships/{id}', {
      params: { id: membership?.id ?? '' },
      body: { version: membership?.version ?? 0, consent: 'levels' },
    });
    expect((await heatmap('leadership-impact')).skills).toEqual([]);
  });

  it('drops a member who leaves', async () => {
    expect((await heatmap()).members.map((m) => m.userId)).toContain(ids.bob);
    const [membership] = await bob.call('GET /api/v1/memberships');
    await bob.call('DELETE /api/v1/memberships/{id}', { params: { id: membership?.id ?? '' } });
    expect((await heatmap()).members.map((m) => m.userId)).not.toContain(ids.bob);
  });

  it('moves with a team rename and the lead’s pairing setting', async () => {
    const before = await revision();
    const team = await ada.call('GET /api/v1/teams/{id}', { params: { id: teamId } });
    await ada.call('PATCH /api/v1/teams/{id}', { params: { id: teamId }, body: { version: team.version, name: 'Core' } });
    const renamed = await revision();
    expect(renamed).not.toBe(before);
    const preferences = await ada.call('GET /api/v1/preferences');
    await ada.call('PATCH /api/v1/preferences', { body: { version: preferences.version, pairingStaleWeeks: 12 } });
    expect(await revision()).not.toBe(renamed);
  });

  it('keeps the CSV on the same key, and a change reaches it too', async () => {
    const csv = () => ada.call('GET /api/v1/teams/{id}/heatmap.csv', { params: { id: teamId }, query: {} });
    const tracingRow = async () => (await csv()).split('\r\n').find((row) => row.startsWith('Tracing,'));
    const first = await csv();
    expect(await csv()).toBe(first);
    const kept = await ada.request('GET', `/api/v1/teams/${teamId}/heatmap.csv`);
    expect(kept.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(kept.headers['content-disposition']).toContain('attachment');

    const { user } = await cyd.call('GET /api/v1/me');
    await cyd.call('PATCH /api/v1/me', { body: { version: user.version, name: 'Cyd Lee' } });
    expect((await csv()).split('\r\n')[0]).toBe('Skill,Admin,Cyd Lee,Below target,Thin spot');

    expect(await tracingRow()).toMatch(/^Tracing,,Novice,/);
    const map = await cyd.call('GET /api/v1/map');
    const tracing = map.destinations.flatMap((d) => d.skills).find((s) => s.name === 'Tracing');
    await cyd.call('POST /api/v1/skills/{id}/level-changes', {
      params: { id: tracing?.id ?? '' },
      body: { to: 'expert', note: 'Ran the tracing rollout' },
    });
    expect(await tracingRow()).toMatch(/^Tracing,,Expert,/);
  });
});
