import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import { type SeededMentee, countingQueries, seedMentee } from '../../test/support/mentoring.js';
import { insertComment } from '../db/repositories/comments.js';
import { countUnread } from './comments.js';
import { deleteArtifact } from './artifacts.js';
import type { Actor } from './context.js';

describe.each(engines)('unread comments on %s', (engine) => {
  let h: ServiceHarness;
  let oneMentor: Actor;
  let fiveMentor: Actor;
  let five: SeededMentee[];

  beforeAll(async () => {
    h = await serviceHarness(engine);
    await h.user('Admin');
    oneMentor = await h.user('Olga');
    fiveMentor = await h.user('Fay');
    await seedMentee(h, oneMentor, 'Solo');
    five = [];
    for (const name of ['Eve', 'Dan', 'Cid', 'Bea', 'Abe']) five.push(await seedMentee(h, fiveMentor, name));
  });
  afterAll(() => h.dispose());

  it('counts every unread thread of every mentee, ordered by owner and title', async () => {
    const unread = await countUnread(h.deps, fiveMentor);
    expect(unread.total).toBe(15);
    expect(unread.threads.map((t) => t.owner.name)).toEqual([
      'Abe',
      'Abe',
      'Abe',
      'Bea',
      'Bea',
      'Bea',
      'Cid',
      'Cid',
      'Cid',
      'Dan',
      'Dan',
      'Dan',
      'Eve',
      'Eve',
      'Eve',
    ]);
    expect(unread.threads.filter((t) => t.owner.name === 'Abe').map((t) => [t.subjectKind, t.title])).toEqual([
      ['destination', 'Abe ships faster'],
      ['artifact', "Abe's design doc"],
      ['progress-entry', 'Week 1 of “Abe traces checkout”'],
    ]);
    expect((await countUnread(h.deps, fiveMentor, five[4]?.actor.user.id)).total).toBe(3);
  });

  it('reads one mentee’s threads and five mentees’ threads in the same number of queries', async () => {
    const counting = countingQueries(h.deps.db);
    const deps = { ...h.deps, db: counting.db };
    const queriesFor = async (mentor: Actor, threads: number) => {
      const before = counting.count();
      expect((await countUnread(deps, mentor)).threads).toHaveLength(threads);
      return counting.count() - before;
    };
    const one = await queriesFor(oneMentor, 3);
    expect(await queriesFor(fiveMentor, 15)).toBe(one);
    // The mentorships, the unread groups, then one query per kind of subject.
    expect(one).toBe(5);
  });

  it('leaves out a thread whose subject was deleted, and one whose subject is not its owner’s', async () => {
    const [eve, dan] = five;
    if (!eve || !dan) throw new Error('the mentees are missing');
    await deleteArtifact(h.deps, eve.actor, eve.artifactId);
    // A comment naming Eve as owner on Dan's destination: the subject's owner decides, so it does not count.
    await insertComment(h.deps.db, {
      id: 'comment-on-someone-else',
      ownerId: eve.actor.user.id,
      authorId: eve.actor.user.id,
      subjectKind: 'destination',
      subjectId: dan.destinationId,
      body: 'Misfiled',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    const unread = await countUnread(h.deps, fiveMentor, eve.actor.user.id);
    expect(unread.threads.map((t) => t.subjectKind)).toEqual(['destination', 'progress-entry']);
    expect(unread.total).toBe(2);
  });
});
