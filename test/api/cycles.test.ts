import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, password, refusal, startApi } from '../support/api.js';
import { TestClock, engines } from '../support/engines.js';

const DAY = 86_400_000;

describe.each(engines)('a whole learning cycle over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let destinationId: string;
  let skillIds: string[];

  beforeEach(async () => {
    // Wednesday 2026-03-04, 09:00 in Berlin.
    api = await startApi(engine, { clock: new TestClock('2026-03-04T08:00:00.000Z') });
    ada = await api.admin();
    await ada.call('PATCH /api/v1/me', { body: { version: 1, timeZone: 'Europe/Berlin' } });
    const destination = await ada.call('POST /api/v1/destinations', {
      body: { title: 'Give two internal talks per quarter on observability', category: 'personal-reputation' },
    });
    destinationId = destination.id;
    skillIds = [];
    for (const name of ['Public speaking', 'Tracing']) {
      const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
        params: { id: destinationId },
        body: { name, currentLevel: 'novice', targetLevel: 'expert' },
      });
      skillIds.push(skill.id);
    }
  });
  afterEach(() => api.close());

  it('plans a 6-week cycle from next Monday with the source’s phases and a review on the last day', async () => {
    const created = await ada.call('POST /api/v1/cycles', {
      body: { destinationIds: [destinationId], goal: 'Outline and rehearse the first talk', lengthWeeks: 6 },
    });
    expect(created).toMatchObject({
      startDate: '2026-03-09',
      reviewDate: '2026-04-19',
      reviewWeeks: 1,
      status: 'planned',
      currentWeek: null,
    });
    expect(created.weeks.map((w) => w.phase)).toEqual([
      'define',
      'deep-dive',
      'deep-dive',
      'deep-dive',
      'demonstrate',
      'reflect',
    ]);
    const twoWeekReview = await refusal(
      ada.call('POST /api/v1/cycles', {
        body: { destinationIds: [destinationId], goal: 'Second', lengthWeeks: 4, reviewWeeks: 2 },
      }),
    );
    expect(twoWeekReview.status).toBe(400);
    expect(twoWeekReview.fields.reviewWeeks).toBeDefined();
  });

  it('refuses a cycle planned to start in 1999 or moved to 2099, with a message on the start date (issue 8, 6.5)', async () => {
    const planned = await ada.request('POST', '/api/v1/cycles', {
      destinationIds: [destinationId],
      goal: 'Relive the last century',
      startDate: '1999-03-01',
    });
    expect(planned.status).toBe(400);
    expect(planned.body.error.fields.startDate).toMatch(/at most a year ago/);
    const cycle = await ada.call('POST /api/v1/cycles', { body: { destinationIds: [destinationId], goal: 'Ship it' } });
    const moved = await ada.request('PATCH', `/api/v1/cycles/${cycle.id}`, { version: cycle.version, startDate: '2099-03-02' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.fields.startDate).toMatch(/at most two years ahead/);
    expect((await ada.call('GET /api/v1/cycles/{id}', { params: { id: cycle.id } })).startDate).toBe(cycle.startDate);
  });

  it('keeps a description under the short goal, and starts a planned cycle today with one action', async () => {
    const planned = await ada.call('POST /api/v1/cycles', {
      body: {
        destinationIds: [destinationId],
        goal: 'Rehearse the first talk',
        description: 'Pick the outline, then run it past two peers.',
      },
    });
    expect(planned).toMatchObject({ description: 'Pick the outline, then run it past two peers.', status: 'planned' });
    // Today is Wednesday 2026-03-04 in Berlin: the cycle starts today, and the review date follows its last day.
    const started = await ada.call('PATCH /api/v1/cycles/{id}', {
      params: { id: planned.id },
      body: { version: planned.version, action: 'start' },
    });
    expect(started).toMatchObject({ startDate: '2026-03-04', reviewDate: '2026-04-14', status: 'active', currentWeek: 1 });
    const again = await refusal(
      ada.call('PATCH /api/v1/cycles/{id}', { params: { id: planned.id }, body: { version: started.version, action: 'start' } }),
    );
    expect(again.status).toBe(409);
    const exported = await ada.call('GET /api/v1/me/export');
    expect(exported.records.cycles.map((c) => c.description)).toEqual(['Pick the outline, then run it past two peers.']);
    const cleared = await ada.call('PATCH /api/v1/cycles/{id}', {
      params: { id: planned.id },
      body: { version: started.version, description: '' },
    });
    expect(cleared.description).toBeNull();
  });

  it('walks the weeks: this week, gaps, the backup switch, the review with level changes and the next cycle pre-filled', async () => {
    const cycle = await ada.call('POST /api/v1/cycles', {
      body: {
        destinationIds: [destinationId],
        goal: 'Outline and rehearse the first talk',
        lengthWeeks: 6,
        backupProject: 'Write the talk as an article',
        modes: ['reading', 'teaching'],
      },
    });
    const params = { id: cycle.id };

    api.clock.set('2026-03-09T07:00:00.000Z'); // Monday of week 1
    let home = await ada.call('GET /api/v1/this-week');
    expect(home.cycles[0]?.headline).toMatch(/^Week 1 of 6 — define/);
    expect(home.due.map((d) => d.kind)).toContain('log-entry');

    const entry = await ada.call('POST /api/v1/cycles/{id}/entries', {
      params,
      body: { week: 1, text: 'Picked the talk topic', evidence: [{ kind: 'link', url: 'https://example.test/outline' }] },
    });
    expect(entry).toMatchObject({ week: 1, text: 'Picked the talk topic' });
    api.clock.advance(7 * DAY);
    await ada.call('POST /api/v1/cycles/{id}/entries', { params, body: { week: 2, text: 'Read two chapters on tracing' } });
    api.clock.advance(7 * DAY); // week 3, nothing logged yet
    const inWeek3 = await ada.call('GET /api/v1/cycles/{id}', { params });
    expect(inWeek3).toMatchObject({ status: 'active', currentWeek: 3, gaps: [3] });

    const switched = await ada.call('POST /api/v1/cycles/{id}/backup-switch', {
      params,
      body: { version: inWeek3.version, reason: 'The conference slot was cancelled' },
    });
    expect(switched.usingBackup).toBe(true);
    const log = await ada.call('GET /api/v1/cycles/{id}/entries', { params });
    expect(log.at(-1)).toMatchObject({
      week: 3,
      kind: 'backup-switch',
      text: expect.stringContaining('The conference slot was cancelled'),
    });

    api.clock.set('2026-04-07T08:00:00.000Z'); // week 5: demonstrate
    home = await ada.call('GET /api/v1/this-week');
    expect(home.cycles[0]?.headline).toBe('Week 5 of 6 — demonstrate: show your progress to a peer or mentor');
    expect(home.due.filter((d) => d.overdue).length).toBeGreaterThan(0); // week 4 has no entry

    api.clock.set('2026-04-14T08:00:00.000Z'); // week 6: reflect
    expect((await ada.call('GET /api/v1/cycles/{id}', { params })).status).toBe('in-review');
    api.clock.set('2026-04-21T08:00:00.000Z'); // after the end, no review yet
    expect((await ada.call('GET /api/v1/cycles/{id}', { params })).status).toBe('review-overdue');

    const [speaking = '', tracing = ''] = skillIds;
    const reviewed = await ada.call('POST /api/v1/cycles/{id}/review', {
      params,
      body: {
        wentWell: 'The article came together quickly',
        didNotGoWell: 'Lost two weeks to the cancelled slot',
        levelChanges: [
          { skillId: speaking, to: 'practitioner', note: 'Gave a dry run to the team' },
          { skillId: tracing, to: 'practitioner', note: 'Wrote the tracing article' },
        ],
        nextGoal: 'Give the talk at the internal meetup',
      },
    });
    expect(reviewed.cycle.status).toBe('closed');
    expect(reviewed.nextCycle).toMatchObject({
      goal: 'Give the talk at the internal meetup',
      destinationIds: [destinationId],
      lengthWeeks: 6,
      modes: ['reading', 'teaching'],
      startDate: '2026-04-27',
    });
    const history = await ada.call('GET /api/v1/skills/{id}/level-changes', { params: { id: speaking } });
    expect(history.at(-1)).toMatchObject({ to: 'practitioner', evidence: [{ kind: 'cycle', id: cycle.id }] });
    const again = await refusal(
      ada.call('POST /api/v1/cycles/{id}/review', { params, body: { wentWell: 'a', didNotGoWell: 'b', nextGoal: 'c' } }),
    );
    expect(again.status).toBe(409);
  });

  it('pauses and resumes, shifting the weeks, and cancels with a reason', async () => {
    const cycle = await ada.call('POST /api/v1/cycles', {
      body: { destinationIds: [destinationId], goal: 'Pause me', lengthWeeks: 4, startDate: '2026-03-02' },
    });
    const params = { id: cycle.id };
    const paused = await ada.call('PATCH /api/v1/cycles/{id}', { params, body: { version: cycle.version, action: 'pause' } });
    expect(paused.pausedSince).toBe('2026-03-04');
    api.clock.advance(7 * DAY);
    const resumed = await ada.call('PATCH /api/v1/cycles/{id}', { params, body: { version: paused.version, action: 'resume' } });
    expect(resumed.pausedSince).toBeNull();
    // The week the pause fell in stretches by its 7 days; the weeks after it move by them.
    expect(resumed.weeks[0]).toMatchObject({ startDate: '2026-03-02', endDate: '2026-03-15' });
    expect(resumed.weeks.at(-1)?.endDate).toBe('2026-04-05'); // 2026-03-29 + 7 days
    expect(resumed.reviewDate).toBe('2026-04-05');
    const noReason = await refusal(
      ada.call('PATCH /api/v1/cycles/{id}', { params, body: { version: resumed.version, action: 'cancel' } }),
    );
    expect(noReason.status).toBe(400);
    const cancelled = await ada.call('PATCH /api/v1/cycles/{id}', {
      params,
      body: { version: resumed.version, action: 'cancel', cancelReason: 'Team reorganised' },
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Team reorganised' });
  });

  it('serves a calendar whose 1:1 slot stays at 10:00 Berlin time across the change to summer time', async () => {
    await ada.call('POST /api/v1/cycles', { body: { destinationIds: [destinationId], goal: 'Calendar cycle', lengthWeeks: 6 } });
    const preferences = await ada.call('GET /api/v1/preferences');
    await ada.call('PATCH /api/v1/preferences', {
      body: {
        version: preferences.version,
        feedbackCadence: { weekday: 'TU', time: '10:00', intervalWeeks: 2, startDate: '2026-03-10' },
      },
    });
    const feed = await ada.call('POST /api/v1/calendar-feed');
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/v1\/calendar\/cal_[\w-]+\.ics$/);
    const subscriber = api.caller();
    const fetched = await subscriber.request('GET', new URL(feed.url).pathname);
    expect(fetched.status).toBe(200);
    expect(String(fetched.headers['content-type'])).toMatch(/text\/calendar/);
    const file = new URL(feed.url).pathname.split('/').at(-1) ?? '';
    const text = await subscriber.call('GET /api/v1/calendar/{file}', { params: { file } });

    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    ICAL.TimezoneService.register(new ICAL.Timezone(zone!));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.filter((e) => /^Week \d of 6/.test(e.summary))).toHaveLength(6);
    const slot = events.find((e) => e.isRecurring());
    expect(slot).toBeDefined();
    const iterator = slot!.iterator();
    const utcHours: number[] = [];
    for (let next = iterator.next(); next && utcHours.length < 4; next = iterator.next()) {
      utcHours.push(next.toJSDate().getUTCHours());
    }
    // 10 Mar and 24 Mar are winter time (09:00Z); 7 Apr and 21 Apr are summer time (08:00Z).
    expect(utcHours).toEqual([9, 9, 8, 8]);

    // The signed-in download is the same calendar; a revoked feed is gone.
    expect(await ada.call('GET /api/v1/calendar.ics')).toMatch(/^BEGIN:VCALENDAR/);
    await ada.call('DELETE /api/v1/calendar-feed');
    expect((await subscriber.request('GET', new URL(feed.url).pathname)).status).toBe(404);
  });

  it('runs a quarterly review that completes a destination and compares two snapshots', async () => {
    const first = await ada.call('POST /api/v1/quarterly-reviews', {
      body: { decisions: [{ destinationId, decision: 'keep' }] },
    });
    await ada.call('POST /api/v1/skills/{id}/level-changes', {
      params: { id: skillIds[0] ?? '' },
      body: { to: 'practitioner', note: 'Gave the talk' },
    });
    await ada.call('POST /api/v1/destinations', {
      body: { title: 'Mentor two juniors to ship on their own within six months', category: 'leadership-impact' },
    });
    api.clock.advance(90 * DAY);
    // The 30-day session lapsed.
    await ada.call('POST /api/v1/session', { body: { email: 'admin@example.test', password } });
    const second = await ada.call('POST /api/v1/quarterly-reviews', {
      body: { decisions: [{ destinationId, decision: 'complete' }], notes: 'Good quarter' },
    });
    expect(second.wins).toMatch(/Give two internal talks/);
    const map = await ada.call('GET /api/v1/map');
    expect(map.destinations.find((d) => d.id === destinationId)?.status).toBe('completed');
    const compared = await ada.call('GET /api/v1/quarterly-reviews/compare', { query: { before: first.id, after: second.id } });
    expect(compared.completed.map((d) => d.title)).toEqual(['Give two internal talks per quarter on observability']);
    expect(compared.added).toHaveLength(1);
    expect(compared.levelsMoved).toEqual([
      expect.objectContaining({ skill: 'Public speaking', from: 'novice', to: 'practitioner', direction: 'up' }),
    ]);
    const preferences = await ada.call('GET /api/v1/preferences');
    expect(preferences.nextQuarterlyReview).toBe('2026-09-02');
  });
});
