import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import { type SeededMentee, allSections, countingQueries, seedMentee } from '../../test/support/mentoring.js';
import { REPEAT_WINDOW_MS, listAccessLog } from '../db/repositories/accessLog.js';
import { OwnerScope } from './access.js';
import type { Actor } from './context.js';
import { listMentees, markMenteeSeen } from './mentees.js';
import { getDestination, patchDestination } from './destinations.js';

describe.each(engines)('the mentor dashboard on %s', (engine) => {
  let h: ServiceHarness;
  let oneMentor: Actor;
  let fiveMentor: Actor;
  let solo: SeededMentee;
  let five: SeededMentee[];

  beforeAll(async () => {
    h = await serviceHarness(engine);
    await h.user('Admin');
    oneMentor = await h.user('Olga');
    fiveMentor = await h.user('Fay');
    h.clock.set('2026-03-03T09:00:00.000Z');
    solo = await seedMentee(h, oneMentor, 'Solo');
    five = [];
    for (const name of ['Eve', 'Dan', 'Cid', 'Bea', 'Abe']) five.push(await seedMentee(h, fiveMentor, name));
    // Only the evidence: nothing due, only artifacts change.
    five.push(await seedMentee(h, fiveMentor, 'Zed', ['evidence']));
  });
  afterAll(() => h.dispose());

  it('shows each mentee what is due, what changed and what is unread, from the shared sections only', async () => {
    h.clock.set('2026-03-31T09:00:00.000Z');
    const summaries = await listMentees(h.deps, fiveMentor);
    expect(summaries.map((s) => s.mentee.name)).toEqual(['Abe', 'Bea', 'Cid', 'Dan', 'Eve', 'Zed']);
    const abe = summaries[0];
    expect(abe?.due.map((d) => d.title)).toEqual([
      'Open action item: Write the runbook',
      'Week 5: demonstrate progress to a peer or mentor (“Abe traces checkout”)',
    ]);
    expect(abe?.changes.map((c) => `${c.section} ${c.kind}`).sort()).toEqual([
      'cycles cycle',
      'cycles progress-entry',
      'evidence artifact',
      'feedback feedback-session',
      'map destination',
    ]);
    expect(abe?.unreadComments).toBe(3);
    const zed = summaries[5];
    expect(zed?.due).toEqual([]);
    expect(zed?.changes.map((c) => c.kind)).toEqual(['artifact']);
    expect(zed?.unreadComments).toBe(1);
  });

  it('keeps one access-log row per section read, and later changes only after a look', async () => {
    const [eve] = five;
    if (!eve) throw new Error('the mentees are missing');
    h.clock.set('2026-04-01T09:00:00.000Z');
    await listMentees(h.deps, fiveMentor);
    const log = await listAccessLog(h.deps.db, eve.actor.user.id, { limit: null });
    const atThisLoad = log.filter((entry) => entry.at === '2026-04-01T09:00:00.000Z');
    expect(atThisLoad.map((entry) => entry.section).sort()).toEqual(['cycles', 'evidence', 'feedback', 'map', 'self-checks']);
    expect(atThisLoad.every((entry) => entry.viewer.userId === fiveMentor.user.id)).toBe(true);

    await markMenteeSeen(h.deps, fiveMentor, eve.actor.user.id);
    h.clock.advance(60_000);
    const destination = await getDestination(h.deps, eve.actor, eve.destinationId);
    await patchDestination(h.deps, eve.actor, eve.destinationId, {
      version: destination.version,
      measure: 'p95 on the dashboard',
    });
    const after = (await listMentees(h.deps, fiveMentor)).find((s) => s.mentee.userId === eve.actor.user.id);
    expect(after?.changes.map((c) => [c.section, c.kind])).toEqual([['map', 'destination']]);
  });

  it('gives scopes over several owners only as far as their own grants go, read by the policy itself', async () => {
    const zed = five.find((m) => m.actor.user.name === 'Zed');
    const ids = [solo.actor.user.id, ...five.map((m) => m.actor.user.id)];
    const scoped = await OwnerScope.grantedEach(h.deps, fiveMentor, ids, allSections, 'read');
    // Solo mentors with Olga, not Fay: no scope. Zed shared the evidence only.
    expect(scoped.map((s) => s.scope.ownerId)).not.toContain(solo.actor.user.id);
    expect(scoped).toHaveLength(6);
    expect(scoped.find((s) => s.scope.ownerId === zed?.actor.user.id)?.targets).toEqual(['evidence']);
    expect(scoped.every((s) => s.scope.viewerId === fiveMentor.user.id && s.scope.via === 'mentorship')).toBe(true);
    expect(await OwnerScope.grantedEach(h.deps, oneMentor, [zed?.actor.user.id ?? ''], allSections, 'read')).toEqual([]);
  });

  it('logs a reload inside ten minutes as no new look, and the next look after them', async () => {
    const eve = five.find((m) => m.actor.user.name === 'Eve');
    const owner = eve?.actor.user.id ?? '';
    const rowsOf = async () => (await listAccessLog(h.deps.db, owner, { limit: null })).length;
    h.clock.set('2026-05-04T09:00:00.000Z');
    await listMentees(h.deps, fiveMentor);
    const afterLook = await rowsOf();
    h.clock.set('2026-05-04T09:09:00.000Z');
    await listMentees(h.deps, fiveMentor);
    await listMentees(h.deps, fiveMentor);
    expect(await rowsOf()).toBe(afterLook);
    h.clock.set('2026-05-04T09:10:01.000Z');
    await listMentees(h.deps, fiveMentor);
    expect(await rowsOf()).toBe(afterLook + 5);
  });

  it('reads one mentee and six mentees in the same number of queries, the access log in one insert', async () => {
    const counting = countingQueries(h.deps.db);
    const deps = { ...h.deps, db: counting.db };
    const queriesFor = async (mentor: Actor, mentees: number) => {
      // A look of its own, not a reload inside the access log's repeat window.
      h.clock.advance(REPEAT_WINDOW_MS + 1000);
      const before = counting.count();
      expect(await listMentees(deps, mentor)).toHaveLength(mentees);
      return counting.count() - before;
    };
    const one = await queriesFor(oneMentor, 1);
    expect(await queriesFor(fiveMentor, 6)).toBe(one);
    expect(solo.actor.user.name).toBe('Solo');
    // Mentorships; the policy's own grants (mentorships, teams), time zones, last looks; preferences,
    // items, cycles (3); changes (7 over five sections); unread (groups, then 3 kinds of subject); the
    // access log's recent rows and one insert. Before: 27 for one mentee, 133 for six.
    expect(one).toBe(23);
  });
});
