import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountExport } from '../../src/schemas/export.js';
import { type ApiHarness, type Caller, refusal, startApi } from '../support/api.js';
import { seedAccount } from '../support/seedAccount.js';

const v1File = JSON.parse(readFileSync(new URL('../fixtures/account-export-v1.json', import.meta.url), 'utf8'));

/** The records with every id blanked and each table's rows in one order: equal when two differ only in ids. */
function withoutIds(records: AccountExport['records']): Record<string, string[]> {
  const blank = (row: unknown) =>
    JSON.stringify(row).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'id');
  return Object.fromEntries(Object.entries(records).map(([table, rows]) => [table, rows.map(blank).sort()]));
}

describe.each([
  ['sqlite', 'postgresql'],
  ['postgresql', 'sqlite'],
] as const)('an account exported on %s restores on %s', (from, to) => {
  let source: ApiHarness;
  let target: ApiHarness;
  let owner: Caller;
  let exported: AccountExport;
  let other: Caller;
  let otherBefore: AccountExport;

  beforeAll(async () => {
    [source, target] = await Promise.all([startApi(from, { signup: 'open' }), startApi(to, { signup: 'open' })]);
    owner = await source.admin();
    await seedAccount(owner, source.caller('198.51.100.9'));
    exported = await owner.call('GET /api/v1/me/export');
    await target.admin();
    other = await target.member('Otto');
    await other.call('POST /api/v1/destinations', { body: { title: 'Run the on-call rotation', category: 'leadership-impact' } });
    otherBefore = await other.call('GET /api/v1/me/export');
  });
  afterAll(() => Promise.all([source.close(), target.close()]));

  it('previews the counts, restores every record, and a second export equals the first', async () => {
    const rae = await target.member('Rae');
    const preview = await rae.call('POST /api/v1/me/import', { query: { dryRun: 'true' }, body: exported });
    expect(preview).toMatchObject({ dryRun: true, formatVersion: 2, renumbered: 0 });
    expect(preview.counts).toMatchObject({
      destinations: 2,
      skills: 2,
      artifact_files: 1,
      endorsements: 1,
      portfolio_share_views: 1,
    });
    expect((await rae.call('GET /api/v1/map')).destinations).toEqual([]);

    const restored = await rae.call('POST /api/v1/me/import', { query: { dryRun: 'false' }, body: exported });
    expect(restored).toEqual({ ...preview, dryRun: false });
    const again = await rae.call('GET /api/v1/me/export');
    expect(again.records).toEqual(exported.records);
    expect(again.user.email).toBe('rae@example.test');

    // The restored account works as any other: the map reads, the file downloads, the old links open nothing.
    const map = await rae.call('GET /api/v1/map');
    expect(map.destinations.map((d) => d.title)).toEqual([
      'Lead the observability rollout by Q3 2026',
      'Speak at two internal meetups',
    ]);
    const artifactId = exported.records.artifact_files[0]?.artifact_id ?? '';
    const file = await rae.call('GET /api/v1/artifacts/{id}/file', { params: { id: artifactId } });
    expect(Buffer.from(file).toString('base64')).toBe(exported.records.artifact_files[0]?.bytes);
    expect((await rae.call('GET /api/v1/portfolio/shares'))[0]).toMatchObject({ viewCount: 1 });

    expect(await other.call('GET /api/v1/me/export')).toEqual({ ...otherBefore, exportedAt: expect.any(String) });
  });

  it('refuses an account that already holds records, with a message, and changes nothing', async () => {
    const error = await refusal(other.call('POST /api/v1/me/import', { query: { dryRun: 'false' }, body: exported }));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/empty account.*destinations/);
    expect(await other.call('GET /api/v1/me/export')).toEqual({ ...otherBefore, exportedAt: expect.any(String) });
  });

  it('refuses a file from a newer version, and names what is missing in an incomplete one', async () => {
    const sam = await target.member('Sam');
    const newer = await sam.request('POST', '/api/v1/me/import', { ...exported, formatVersion: 3 });
    expect(newer.status).toBe(400);
    expect(newer.body.error.message).toMatch(/newer Growth Map \(format version 3\)/);
    expect(newer.body.error.fields).toHaveProperty('formatVersion');

    const { destinations: _, ...withoutDestinations } = exported.records;
    const incomplete = await sam.request('POST', '/api/v1/me/import', { ...exported, records: withoutDestinations });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.fields).toHaveProperty(['records.destinations']);

    const dangling = {
      ...exported,
      records: {
        ...exported.records,
        skills: exported.records.skills.map((s) => ({ ...s, destination_id: crypto.randomUUID() })),
      },
    };
    const refused = await sam.request('POST', '/api/v1/me/import', dangling);
    expect(refused.status).toBe(400);
    expect((await sam.call('GET /api/v1/map')).destinations).toEqual([]);
  });

  it('upgrades a version-1 file and restores it', async () => {
    const vee = await target.member('Vee');
    const restored = await vee.call('POST /api/v1/me/import', { query: { dryRun: 'false' }, body: v1File });
    expect(restored).toMatchObject({ formatVersion: 1, renumbered: 0, counts: { destinations: 2, level_changes: 3 } });
    const map = await vee.call('GET /api/v1/map');
    expect(map.destinations.map((d) => [d.title, d.skills.map((s) => [s.name, s.currentLevel])])).toEqual(
      v1File.map.destinations.map((d: { title: string; skills: { name: string; currentLevel: string }[] }) => [
        d.title,
        d.skills.map((s) => [s.name, s.currentLevel]),
      ]),
    );
    const [cycle] = await vee.call('GET /api/v1/cycles');
    expect(cycle).toMatchObject({ goal: v1File.cycles[0].goal, status: v1File.cycles[0].status, weeks: v1File.cycles[0].weeks });
    const artifact = await vee.call('GET /api/v1/artifacts/{id}', { params: { id: v1File.artifacts[0].id } });
    expect(artifact).toMatchObject({
      title: v1File.artifacts[0].title,
      metric: v1File.artifacts[0].metric,
      file: v1File.artifacts[0].file,
    });
    expect(await vee.call('GET /api/v1/endorsements')).toMatchObject([{ quote: v1File.endorsements[0].quote }]);
  });

  it('gives new ids on the instance the file came from, where the original records still hold theirs', async () => {
    const before = await owner.call('GET /api/v1/me/export');
    const twin = await source.member('Twin');
    const restored = await twin.call('POST /api/v1/me/import', { query: { dryRun: 'false' }, body: exported });
    expect(restored.renumbered).toBeGreaterThan(10);
    const copy = await twin.call('GET /api/v1/me/export');
    expect(withoutIds(copy.records)).toEqual(withoutIds(exported.records));
    expect(copy.records.destinations.map((d) => d.id)).not.toContain(exported.records.destinations[0]?.id);
    expect(await owner.call('GET /api/v1/me/export')).toEqual({ ...before, exportedAt: expect.any(String) });
  });

  it('takes a file up to 50 MB on this route only', async () => {
    const sam = await target.member('Big');
    const tooLarge = await sam.request('POST', '/api/v1/me/import', `{"pad":"${'x'.repeat(51 * 1024 * 1024)}"}`, {
      'content-type': 'application/json',
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toMatch(/50 MB/);
  });
});
