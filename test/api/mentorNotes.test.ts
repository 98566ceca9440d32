import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, password, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

describe.each(engines)('what a mentor does, over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let bob: Caller;
  let eve: Caller;
  let adaId: string;
  let bobId: string;
  let bobsMentorship: string;
  const ids = { destination: '', skill: '', cycle: '', entry: '', artifact: '', session: '' };

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    ada = await api.admin();
    bob = await api.member('Bob');
    eve = await api.member('Eve');
    adaId = (await ada.call('GET /api/v1/me')).user.id;
    bobId = (await bob.call('GET /api/v1/me')).user.id;
    const destination = await ada.call('POST /api/v1/destinations', {
      body: {
        title: 'Cut p95 checkout latency from 900 ms to 300 ms by Q3 2026',
        category: 'technical-specialization',
        businessImpact: 'Checkout abandonment costs revenue every day',
      },
    });
    const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    // 2026-03-02 is a Monday: week 5, the demonstrate week, runs 2026-03-30 to 2026-04-05.
    const cycle = await ada.call('POST /api/v1/cycles', {
      body: { destinationIds: [destination.id], goal: 'Trace checkout', lengthWeeks: 6, startDate: '2026-03-02' },
    });
    const entry = await ada.call('POST /api/v1/cycles/{id}/entries', {
      params: { id: cycle.id },
      body: { week: 1, text: 'Set up spans' },
    });
    const artifact = await ada.call('POST /api/v1/artifacts', { body: { title: 'Tracing design doc', kind: 'design-doc' } });
    const preferences = await ada.call('GET /api/v1/preferences');
    await ada.call('PATCH /api/v1/preferences', {
      body: {
        version: preferences.version,
        feedbackCadence: { weekday: 'TU', time: '10:00', intervalWeeks: 2, startDate: '2026-03-02' },
      },
    });
    const session = await ada.call('POST /api/v1/feedback-sessions', {
      body: { kind: 'one-on-one', partner: 'Bob', actionItems: [{ text: 'Write the runbook', owner: 'me', due: '2026-03-20' }] },
    });
    Object.assign(ids, {
      destination: destination.id,
      skill: skill.id,
      cycle: cycle.id,
      entry: entry.id,
      artifact: artifact.id,
      session: session.id,
    });
    const toBob = await ada.call('POST /api/v1/mentorships', {
      body: { email: 'bob@example.test', sections: ['map', 'cycles', 'feedback', 'self-checks'] },
    });
    await bob.call('POST /api/v1/mentorships/{id}/accept', { params: { id: toBob.id } });
    bobsMentorship = toBob.id;
    const toEve = await ada.call('POST /api/v1/mentorships', { body: { email: 'eve@example.test', sections: ['evidence'] } });
    await eve.call('POST /api/v1/mentorships/{id}/accept', { params: { id: toEve.id } });
  });
  afterAll(() => api.close());

  const onDestination = () => ({ subjectKind: 'destination' as const, subjectId: ids.destination });

  it('lets a mentor comment where the section is shared, the engineer reply, and both see what is unread', async () => {
    api.clock.set('2026-03-03T09:00:00.000Z');
    const comment = await bob.call('POST /api/v1/comments', { body: { ...onDestination(), body: 'What would done look like?' } });
    expect(comment).toMatchObject({ author: { userId: bobId, name: 'Bob' }, mine: true, read: true });
    expect(await ada.call('GET /api/v1/comments/unread')).toEqual({
      total: 1,
      threads: [
        { ...onDestination(), title: expect.stringContaining('Cut p95'), owner: { userId: adaId, name: 'Admin' }, unread: 1 },
      ],
    });
    const thread = await ada.call('GET /api/v1/comments', { query: onDestination() });
    expect(thread.comments).toEqual([expect.objectContaining({ body: 'What would done look like?', mine: false, read: false })]);
    await ada.call('POST /api/v1/comments/read', { body: onDestination() });
    expect((await ada.call('GET /api/v1/comments/unread')).total).toBe(0);

    api.clock.advance(60_000);
    await ada.call('POST /api/v1/comments', { body: { ...onDestination(), body: 'p95 under 300 ms for a month.' } });
    const bobsUnread = await bob.call('GET /api/v1/comments/unread');
    expect(bobsUnread.total).toBe(1);
    expect(
      (await bob.call('GET /api/v1/comments', { query: onDestination() })).comments.map((c) => [c.author.name, c.read]),
    ).toEqual([
      ['Bob', true],
      ['Admin', false],
    ]);
    await bob.call('POST /api/v1/comments/read', { body: onDestination() });
    expect((await bob.call('GET /api/v1/comments/unread')).total).toBe(0);
  });

  it('answers 404 to a comment on a section not shared, and to someone who mentors nothing of it', async () => {
    const onArtifact = { subjectKind: 'artifact' as const, subjectId: ids.artifact, body: 'Nice doc' };
    expect((await refusal(bob.call('POST /api/v1/comments', { body: onArtifact }))).status).toBe(404);
    expect((await refusal(eve.call('POST /api/v1/comments', { body: { ...onDestination(), body: 'Hi' } }))).status).toBe(404);
    expect((await refusal(eve.call('GET /api/v1/comments', { query: onDestination() }))).status).toBe(404);
    // Eve holds `evidence`: the artifact is hers to comment on.
    expect(await eve.call('POST /api/v1/comments', { body: onArtifact })).toMatchObject({ mine: true });
    // A progress entry is part of the cycles Bob holds.
    const onEntry = { subjectKind: 'progress-entry' as const, subjectId: ids.entry };
    await bob.call('POST /api/v1/comments', { body: { ...onEntry, body: 'Which spans?' } });
    expect((await ada.call('GET /api/v1/comments', { query: onEntry })).title).toBe('Week 1 of “Trace checkout”');
  });

  it('keeps a mentor’s ratings as history and shows them beside the engineer’s own level', async () => {
    await bob.call('POST /api/v1/skills/{id}/mentor-ratings', {
      params: { id: ids.skill },
      query: { owner: adaId },
      body: { level: 'practitioner' },
    });
    api.clock.advance(60_000);
    await bob.call('POST /api/v1/skills/{id}/mentor-ratings', {
      params: { id: ids.skill },
      query: { owner: adaId },
      body: { level: 'expert', note: 'Led the incident review' },
    });
    const history = await ada.call('GET /api/v1/skills/{id}/mentor-ratings', { params: { id: ids.skill } });
    expect(history.map((r) => r.level)).toEqual(['expert', 'practitioner']);
    expect(await ada.call('GET /api/v1/mentor-ratings')).toEqual([
      expect.objectContaining({
        skillId: ids.skill,
        name: 'Tracing',
        selfLevel: 'novice',
        mentors: [
          expect.objectContaining({ mentor: { userId: bobId, name: 'Bob' }, level: 'expert', difference: 'mentor-higher' }),
        ],
      }),
    ]);
    expect((await bob.call('GET /api/v1/mentor-ratings', { query: { owner: adaId } }))[0]?.mentors).toHaveLength(1);
    // Eve does not hold the map; the engineer's own level is the one on the map.
    const eves = await refusal(
      eve.call('POST /api/v1/skills/{id}/mentor-ratings', {
        params: { id: ids.skill },
        query: { owner: adaId },
        body: { level: 'novice' },
      }),
    );
    expect(eves.status).toBe(404);
    expect((await refusal(eve.call('GET /api/v1/mentor-ratings', { query: { owner: adaId } }))).status).toBe(404);
    const own = await refusal(
      ada.call('POST /api/v1/skills/{id}/mentor-ratings', { params: { id: ids.skill }, body: { level: 'expert' } }),
    );
    expect(own.status).toBe(400);
  });

  it('shows the mentor what is due for each mentee and what changed since the last look, from shared sections only', async () => {
    api.clock.set('2026-03-31T09:00:00.000Z');
    const [summary] = await bob.call('GET /api/v1/mentees');
    expect(summary?.mentee).toEqual({ userId: adaId, name: 'Admin' });
    expect(summary?.due.map((d) => d.title)).toEqual([
      'Open action item: Write the runbook',
      'Next 1:1 today',
      'Week 5: demonstrate progress to a peer or mentor (“Trace checkout”)',
    ]);
    expect(summary?.lastSeen).toBeNull();
    expect(summary?.changes.map((c) => c.kind).sort()).toEqual([
      'cycle',
      'destination',
      'feedback-session',
      'progress-entry',
      'skill',
    ]);
    expect(summary?.unreadComments).toBe(0);

    await bob.call('POST /api/v1/mentees/{id}/seen', { params: { id: adaId } });
    api.clock.advance(60_000);
    const destination = await ada.call('GET /api/v1/map');
    const version = destination.destinations[0]?.version ?? 0;
    await ada.call('PATCH /api/v1/destinations/{id}', {
      params: { id: ids.destination },
      body: { version, measure: 'p95 on the dashboard' },
    });
    const [after] = await bob.call('GET /api/v1/mentees');
    expect(after?.changes.map((c) => [c.section, c.kind])).toEqual([['map', 'destination']]);

    // Eve holds only evidence: no 1:1, cycle or action item reaches her.
    const [evesView] = await eve.call('GET /api/v1/mentees');
    expect(evesView?.due).toEqual([]);
    expect(new Set(evesView?.changes.map((c) => c.section))).toEqual(new Set(['evidence']));
    // What the dashboard showed is in the engineer's access log, section by section.
    const log = await ada.call('GET /api/v1/access-log');
    expect(log.filter((entry) => entry.viewer.name === 'Eve').map((entry) => entry.section)).toContain('evidence');
    // Nobody marks a look at someone they do not mentor.
    expect((await refusal(ada.call('POST /api/v1/mentees/{id}/seen', { params: { id: bobId } }))).status).toBe(404);
  });

  it('walks a growth roadmap review and saves it, co-written, as a roadmap-review session the engineer sees', async () => {
    const review = await bob.call('GET /api/v1/roadmap-review', { query: { owner: adaId } });
    expect(review.steps.map((s) => s.id)).toEqual(['stage-fit', `destination:${ids.destination}`, 'cycle-plan']);
    const saved = await bob.call('POST /api/v1/feedback-sessions', {
      query: { owner: adaId },
      body: {
        kind: 'roadmap-review',
        partner: 'Bob',
        outcomes: [{ step: 'stage-fit', title: 'Stage fit', text: 'Take the self-check before the next review' }],
        actionItems: [{ text: 'Take the Scale self-check', owner: 'me' }],
      },
    });
    expect(saved).toMatchObject({ kind: 'roadmap-review', writtenWith: { userId: bobId, name: 'Bob' } });
    const [mine] = await ada.call('GET /api/v1/feedback-sessions', { query: { kind: 'roadmap-review' } });
    expect(mine).toMatchObject({
      id: saved.id,
      writtenWith: { name: 'Bob' },
      outcomes: [{ step: 'stage-fit', text: 'Take the self-check before the next review' }],
      actionItems: [expect.objectContaining({ text: 'Take the Scale self-check' })],
    });
    const edited = await bob.call('PATCH /api/v1/feedback-sessions/{id}', {
      params: { id: saved.id },
      query: { owner: adaId },
      body: { version: saved.version, improveNext: 'Sharpen the second destination' },
    });
    expect(edited.improveNext).toBe('Sharpen the second destination');
    // A mentor changes only what was written with them; without `feedback` nothing is written.
    const others = await refusal(
      bob.call('PATCH /api/v1/feedback-sessions/{id}', {
        params: { id: ids.session },
        query: { owner: adaId },
        body: { version: 1, partner: 'X' },
      }),
    );
    expect(others.status).toBe(404);
    const eves = await refusal(
      eve.call('POST /api/v1/feedback-sessions', { query: { owner: adaId }, body: { kind: 'one-on-one', partner: 'Eve' } }),
    );
    expect(eves.status).toBe(404);
    expect((await refusal(eve.call('GET /api/v1/roadmap-review', { query: { owner: adaId } }))).status).toBe(404);
  });

  it('keeps the notes, which name the mentor, out of the records export', async () => {
    const exported = await ada.call('GET /api/v1/me/export');
    for (const table of ['comments', 'comment_reads', 'mentor_ratings', 'mentee_views']) {
      expect(Object.keys(exported.records)).not.toContain(table);
    }
    // A co-written session is the engineer's: it leaves with them, without the mentor's account.
    const sessions = exported.records.feedback_sessions;
    expect(sessions.some((session) => session.kind === 'roadmap-review')).toBe(true);
    expect(JSON.stringify(sessions)).not.toContain(bobId);
  });

  it('refuses everything from the next request on once the engineer revokes', async () => {
    await ada.call('DELETE /api/v1/mentorships/{id}', { params: { id: bobsMentorship } });
    const attempts = [
      () => bob.call('POST /api/v1/comments', { body: { ...onDestination(), body: 'Still here?' } }),
      () => bob.call('GET /api/v1/comments', { query: onDestination() }),
      () =>
        bob.call('POST /api/v1/skills/{id}/mentor-ratings', {
          params: { id: ids.skill },
          query: { owner: adaId },
          body: { level: 'novice' },
        }),
      () => bob.call('GET /api/v1/mentor-ratings', { query: { owner: adaId } }),
      () => bob.call('GET /api/v1/roadmap-review', { query: { owner: adaId } }),
      () => bob.call('POST /api/v1/mentees/{id}/seen', { params: { id: adaId } }),
      () => bob.call('POST /api/v1/feedback-sessions', { query: { owner: adaId }, body: { kind: 'one-on-one', partner: 'Bob' } }),
    ];
    for (const attempt of attempts) expect((await refusal(attempt())).status).toBe(404);
    expect(await bob.call('GET /api/v1/mentees')).toEqual([]);
  });

  it('removes a deleted account’s comments and ratings', async () => {
    await bob.call('DELETE /api/v1/me', { body: { confirm: 'bob@example.test', password } });
    const thread = await ada.call('GET /api/v1/comments', { query: onDestination() });
    expect(thread.comments.map((c) => c.author.name)).toEqual(['Admin']);
    const [rated] = await ada.call('GET /api/v1/mentor-ratings');
    expect(rated?.mentors ?? []).toEqual([]);
    const [session] = await ada.call('GET /api/v1/feedback-sessions', { query: { kind: 'roadmap-review' } });
    expect(session?.writtenWith).toBeNull();
  });
});
