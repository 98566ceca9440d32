import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pingDatabase } from '../db/repositories/health.js';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import { rejection } from '../../test/support/rejection.js';
import { deleteUpload, importSkillsCsv, listUploads } from './content.js';
import type { Actor } from './context.js';
import * as selfChecks from './selfChecks.js';

const matrix =
  'skill,category,novice,practitioner,expert,stages\nKafka operations,technical-specialization,Reads dashboards,Runs upgrades,Designs clusters,scale\n';

describe.each(engines)('framework content and self-checks on %s', (engine) => {
  let h: ServiceHarness;
  let admin: Actor;
  beforeEach(async () => {
    h = await serviceHarness(engine);
    admin = await h.user('Grace');
  });
  afterEach(() => h.dispose());

  it('layers an upload over the shipped content, lists it with its uploader, and drops it again', async () => {
    const before = (await h.deps.content.current(h.deps.db)).skills.length;
    expect(await importSkillsCsv(h.deps, admin, { text: matrix, sourceName: 'matrix.csv' })).toEqual({ added: 1 });
    const withUpload = await h.deps.content.current(h.deps.db);
    expect(withUpload.skills).toHaveLength(before + 1);
    expect(withUpload.skills.find((s) => s.id === 'kafka-operations')?.stages).toEqual(['scale']);

    const [upload, ...rest] = await listUploads(h.deps, admin);
    expect(rest).toEqual([]);
    expect(upload).toMatchObject({ file: 'skills.yaml', sourceName: 'matrix.csv', uploadedBy: 'Grace' });

    await deleteUpload(h.deps, admin, upload?.id ?? '');
    expect((await h.deps.content.current(h.deps.db)).skills).toHaveLength(before);
    expect(await listUploads(h.deps, admin)).toEqual([]);
    expect((await rejection(deleteUpload(h.deps, admin, upload?.id ?? ''))).code).toBe('not_found');
  });

  it('keeps uploads to administrators', async () => {
    const member = await h.user('Mallory');
    expect((await rejection(importSkillsCsv(h.deps, member, { text: matrix, sourceName: 'matrix.csv' }))).code).toBe('forbidden');
    expect((await rejection(listUploads(h.deps, member))).code).toBe('forbidden');
  });

  it('stores self-checks per user, newest first, scored from the content in force', async () => {
    const first = await selfChecks.takeSelfCheck(h.deps, admin, {
      stage: 'mvp-foundation',
      answers: { 'mvp-draw-every-moving-part': 'not-yet' },
    });
    h.clock.advance(60_000);
    const second = await selfChecks.takeSelfCheck(h.deps, admin, {
      stage: 'mvp-foundation',
      answers: { 'mvp-draw-every-moving-part': 'yes' },
    });
    expect((await selfChecks.listSelfChecks(h.deps, admin)).map((c) => c.id)).toEqual([second.id, first.id]);
    expect(await selfChecks.getSelfCheck(h.deps, admin, first.id)).toEqual(first);
    expect(first.answers).toEqual({ 'mvp-draw-every-moving-part': 'not-yet' });

    const other = await h.user('Eve');
    expect((await rejection(selfChecks.getSelfCheck(h.deps, other, first.id))).code).toBe('not_found');
    expect(await selfChecks.listSelfChecks(h.deps, other)).toEqual([]);

    await selfChecks.deleteSelfCheck(h.deps, admin, first.id);
    expect((await selfChecks.listSelfChecks(h.deps, admin)).map((c) => c.id)).toEqual([second.id]);
  });

  it('answers a database ping', async () => {
    await expect(pingDatabase(h.deps.db)).resolves.toBeUndefined();
  });
});
