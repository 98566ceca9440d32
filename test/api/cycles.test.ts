import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, password, startApi } from '../support/api.js';
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
    await ada.patch('/api/v1/me', { version: 1, timeZone: 'Europe/Berlin' });
    const destination = await ada.post('/api/v1/destinations', {
      title: 'Give two internal talks per quarter on observability',
      category: 'personal-reputation',
    });
    destinationId = destination.body.id;
    skillIds = [];
    for (const name of ['Public speaking', 'Tracing']) {
      const skill = await ada.post(`/api/v1/destinations/${destinationId}/skills`, {
        name,
        currentLevel: 'novice',
        targetLevel: 'expert',
      });
      skillIds.push(skill.body.id);
    }
  });
  afterEach(() => api.close());

  it('plans a 6-week cycle from next Monday with the source’s phases and a review on the last day', async () => {
    const created = await ada.post('/api/v1/cycles', {
      destinationIds: [destinationId],
      goal: 'Outline and rehearse the first talk',
      lengthWeeks: 6,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      startDate: '2026-03-09',
      reviewDate: '2026-04-19',
      reviewWeeks: 1,
      status: 'planned',
      currentWeek: null,
    });
    expect(created.body.weeks.map((w: { phase: string }) => w.phase)).toEqual([
      'define',
      'deep-dive',
      'deep-dive',
      'deep-dive',
      'demonstrate',
      'reflect',
    ]);
    const twoWeekReview = await ada.post('/api/v1/cycles', {
      destinationIds: [destinationId],
      goal: 'Second',
      lengthWeeks: 4,
      reviewWeeks: 2,
    });
    expect(twoWeekReview.status).toBe(400);
    expect(twoWeekReview.body.error.fields.reviewWeeks).toBeDefined();
  });

  it('walks the weeks: this week, gaps, the backup switch, the review with level changes and the next cycle pre-filled', async () => {
    const cycle = (
      await ada.post('/api/v1/cycles', {
        destinationIds: [destinationId],
        goal: 'Outline and rehearse the first talk',
        lengthWeeks: 6,
        backupProject: 'Write the talk as an article',
        modes: ['reading', 'teaching'],
      })
    ).body;

    api.clock.set('2026-03-09T07:00:00.000Z'); // Monday of week 1
    let home = (await ada.get('/api/v1/this-week')).body;
    expect(home.cycles[0].headline).toMatch(/^Week 1 of 6 — define/);
    expect(home.due.map((d: { kind: string }) => d.kind)).toContain('log-entry');

    expect(
      (
        await ada.post(`/api/v1/cycles/${cycle.id}/entries`, {
          week: 1,
          text: 'Picked the talk topic',
          evidence: [{ kind: 'link', url: 'https://example.test/outline' }],
        })
      ).status,
    ).toBe(201);
    api.clock.advance(7 * DAY);
    await ada.post(`/api/v1/cycles/${cycle.id}/entries`, { week: 2, text: 'Read two chapters on tracing' });
    api.clock.advance(7 * DAY); // week 3, nothing logged yet
    const inWeek3 = (await ada.get(`/api/v1/cycles/${cycle.id}`)).body;
    expect(inWeek3).toMatchObject({ status: 'active', currentWeek: 3, gaps: [3] });

    const switched = await ada.post(`/api/v1/cycles/${cycle.id}/backup-switch`, {
      version: inWeek3.version,
      reason: 'The conference slot was cancelled',
    });
    expect(switched.body.usingBackup).toBe(true);
    const log = (await ada.get(`/api/v1/cycles/${cycle.id}/entries`)).body;
    expect(log.at(-1)).toMatchObject({
      week: 3,
      kind: 'backup-switch',
      text: expect.stringContaining('The conference slot was cancelled'),
    });

    api.clock.set('2026-04-07T08:00:00.000Z'); // week 5: demonstrate
    home = (await ada.get('/api/v1/this-week')).body;
    expect(home.cycles[0].headline).toBe('Week 5 of 6 — demonstrate: show your progress to a peer or mentor');
    expect(home.due.filter((d: { overdue: boolean }) => d.overdue).length).toBeGreaterThan(0); // week 4 has no entry

    api.clock.set('2026-04-14T08:00:00.000Z'); // week 6: reflect
    expect((await ada.get(`/api/v1/cycles/${cycle.id}`)).body.status).toBe('in-review');
    api.clock.set('2026-04-21T08:00:00.000Z'); // after the end, no review yet
    expect((await ada.get(`/api/v1/cycles/${cycle.id}`)).body.status).toBe('review-overdue');

    const reviewed = await ada.post(`/api/v1/cycles/${cycle.id}/review`, {
      wentWell: 'The article came together quickly',
      didNotGoWell: 'Lost two weeks to the cancelled slot',
      levelChanges: [
        { skillId: skillIds[0], to: 'practitioner', note: 'Gave a dry run to the team' },
        { skillId: skillIds[1], to: 'practitioner', note: 'Wrote the tracing article' },
      ],
      nextGoal: 'Give the talk at the internal meetup',
    });
    expect(reviewed.status).toBe(201);
    expect(reviewed.body.cycle.status).toBe('closed');
    expect(reviewed.body.nextCycle).toMatchObject({
      goal: 'Give the talk at the internal meetup',
      destinationIds: [destinationId],
      lengthWeeks: 6,
      modes: ['reading', 'teaching'],
      startDate: '2026-04-27',
    });
    const history = (await ada.get(`/api/v1/skills/${skillIds[0]}/level-changes`)).body;
    expect(history.at(-1)).toMatchObject({ to: 'practitioner', evidence: [{ kind: 'cycle', id: cycle.id }] });
    const again = await ada.post(`/api/v1/cycles/${cycle.id}/review`, { wentWell: 'a', didNotGoWell: 'b', nextGoal: 'c' });
    expect(again.status).toBe(409);
  });

  it('pauses and resumes, shifting the weeks, and cancels with a reason', async () => {
    const cycle = (
      await ada.post('/api/v1/cycles', {
        destinationIds: [destinationId],
        goal: 'Pause me',
        lengthWeeks: 4,
        startDate: '2026-03-02',
      })
    ).body;
    const paused = (await ada.patch(`/api/v1/cycles/${cycle.id}`, { version: cycle.version, action: 'pause' })).body;
    expect(paused.pausedSince).toBe('2026-03-04');
    api.clock.advance(7 * DAY);
    const resumed = (await ada.patch(`/api/v1/cycles/${cycle.id}`, { version: paused.version, action: 'resume' })).body;
    expect(resumed.pausedSince).toBeNull();
    // The week the pause fell in stretches by its 7 days; the weeks after it move by them.
    expect(resumed.weeks[0]).toMatchObject({ startDate: '2026-03-02', endDate: '2026-03-15' });
    expect(resumed.weeks.at(-1).endDate).toBe('2026-04-05'); // 2026-03-29 + 7 days
    expect(resumed.reviewDate).toBe('2026-04-05');
    const noReason = await ada.patch(`/api/v1/cycles/${cycle.id}`, { version: resumed.version, action: 'cancel' });
    expect(noReason.status).toBe(400);
    const cancelled = (
      await ada.patch(`/api/v1/cycles/${cycle.id}`, {
        version: resumed.version,
        action: 'cancel',
        cancelReason: 'Team reorganised',
      })
    ).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Team reorganised' });
  });

  it('serves a calendar whose 1:1 slot stays at 10:00 Berlin time across the change to summer time', async () => {
    await ada.post('/api/v1/cycles', { destinationIds: [destinationId], goal: 'Calendar cycle', lengthWeeks: 6 });
    const preferences = (await ada.get('/api/v1/preferences')).body;
    await ada.patch('/api/v1/preferences', {
      version: preferences.version,
      feedbackCadence: { weekday: 'TU', time: '10:00', intervalWeeks: 2, startDate: '2026-03-10' },
    });
    const feed = (await ada.post('/api/v1/calendar-feed')).body;
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/v1\/calendar\/cal_[\w-]+\.ics$/);
    const subscriber = api.caller();
    const fetched = await subscriber.request('GET', new URL(feed.url).pathname);
    expect(fetched.status).toBe(200);
    expect(String(fetched.headers['content-type'])).toMatch(/text\/calendar/);

    const calendar = new ICAL.Component(ICAL.parse(fetched.body as unknown as string));
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
    expect((await ada.get('/api/v1/calendar.ics')).status).toBe(200);
    await ada.delete('/api/v1/calendar-feed');
    expect((await subscriber.request('GET', new URL(feed.url).pathname)).status).toBe(404);
  });

  it('runs a quarterly review that completes a destination and compares two snapshots', async () => {
    const first = (await ada.post('/api/v1/quarterly-reviews', { decisions: [{ destinationId, decision: 'keep' }] })).body;
    await ada.post(`/api/v1/skills/${skillIds[0]}/level-changes`, { to: 'practitioner', note: 'Gave the talk' });
    await ada.post('/api/v1/destinations', {
      title: 'Mentor two juniors to ship on their own within six months',
      category: 'leadership-impact',
    });
    api.clock.advance(90 * DAY);
    await ada.post('/api/v1/session', { email: 'admin@example.test', password }); // the 30-day session lapsed
    const second = await ada.post('/api/v1/quarterly-reviews', {
      decisions: [{ destinationId, decision: 'complete' }],
      notes: 'Good quarter',
    });
    expect(second.status).toBe(201);
    expect(second.body.wins).toMatch(/Give two internal talks/);
    const map = (await ada.get('/api/v1/map')).body;
    expect(map.destinations.find((d: { id: string }) => d.id === destinationId).status).toBe('completed');
    const compared = (await ada.get(`/api/v1/quarterly-reviews/compare?before=${first.id}&after=${second.body.id}`)).body;
    expect(compared.completed.map((d: { title: string }) => d.title)).toEqual([
      'Give two internal talks per quarter on observability',
    ]);
    expect(compared.added).toHaveLength(1);
    expect(compared.levelsMoved).toEqual([
      expect.objectContaining({ skill: 'Public speaking', from: 'novice', to: 'practitioner', direction: 'up' }),
    ]);
    const preferences = (await ada.get('/api/v1/preferences')).body;
    expect(preferences.nextQuarterlyReview).toBe('2026-09-02');
  });
});
