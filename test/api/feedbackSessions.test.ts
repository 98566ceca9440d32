import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, password, refusal, startApi } from '../support/api.js';
import { TestClock, engines } from '../support/engines.js';

describe.each(engines)('feedback sessions and action items over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let skillId: string;

  beforeEach(async () => {
    // Wednesday 2026-03-04.
    api = await startApi(engine, { clock: new TestClock('2026-03-04T08:00:00.000Z') });
    ada = await api.admin();
    const destination = await ada.call('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout', category: 'technical-specialization' },
    });
    const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    skillId = skill.id;
  });
  afterEach(() => api.close());

  const oneOnOne = (partner: string, date: string, actionItems: { text: string; owner?: 'me' | 'partner' }[] = []) =>
    ada.call('POST /api/v1/feedback-sessions', { body: { kind: 'one-on-one', partner, date, actionItems } });

  it('records a session with the rubric, observations and action items, and changes and deletes it', async () => {
    const created = await ada.call('POST /api/v1/feedback-sessions', {
      body: {
        kind: 'pairing',
        partner: 'Grace Hopper',
        domain: 'Tracing',
        wentWell: 'Found the slow span',
        challenging: 'Sampling rules',
        improveNext: 'Write the runbook first',
        supportNeeded: 'Access to the staging collector',
        observations: [{ skillId, level: 'practitioner', note: 'Demonstrates deep understanding of tracing' }],
        actionItems: [{ text: 'Write the runbook', owner: 'me', due: '2026-03-11' }],
      },
    });
    expect(created).toMatchObject({
      kind: 'pairing',
      date: '2026-03-04',
      partner: 'Grace Hopper',
      domain: 'Tracing',
      supportNeeded: 'Access to the staging collector',
      version: 1,
      carriedItems: [],
    });
    expect(created.actionItems).toMatchObject([
      { text: 'Write the runbook', owner: 'me', due: '2026-03-11', status: 'open', sessionId: created.id, carriedInto: [] },
    ]);
    const [item] = created.actionItems;
    if (!item) throw new Error('no action item');

    const patched = await ada.call('PATCH /api/v1/feedback-sessions/{id}', {
      params: { id: created.id },
      body: {
        version: 1,
        wentWell: 'Found two slow spans',
        actionItems: [
          { id: item.id, text: 'Write the runbook with Grace', owner: 'me' },
          { text: 'Review the sampling rules', owner: 'partner' },
        ],
      },
    });
    expect(patched.version).toBe(2);
    expect(patched.wentWell).toBe('Found two slow spans');
    expect(patched.actionItems.map((i) => [i.id === item.id, i.text, i.owner])).toEqual([
      [true, 'Write the runbook with Grace', 'me'],
      [false, 'Review the sampling rules', 'partner'],
    ]);

    const stale = await refusal(
      ada.call('PATCH /api/v1/feedback-sessions/{id}', { params: { id: created.id }, body: { version: 1, partner: 'Ada' } }),
    );
    expect(stale.status).toBe(409);
    expect(stale.current).toMatchObject({ id: created.id, version: 2, wentWell: 'Found two slow spans' });

    const pairing = await ada.call('GET /api/v1/feedback-sessions', { query: { kind: 'pairing', partner: 'grace hopper' } });
    expect(pairing.map((s) => s.id)).toEqual([created.id]);
    expect(await ada.call('GET /api/v1/feedback-sessions', { query: { kind: 'workshop' } })).toEqual([]);

    await ada.call('DELETE /api/v1/feedback-sessions/{id}', { params: { id: created.id } });
    expect((await refusal(ada.call('GET /api/v1/feedback-sessions/{id}', { params: { id: created.id } }))).status).toBe(404);
    expect(await ada.call('GET /api/v1/action-items', { query: {} })).toEqual([]);
  });

  it('answers field-level errors for a missing partner and another’s skill', async () => {
    const missing = await refusal(ada.call('POST /api/v1/feedback-sessions', { body: { kind: 'one-on-one', partner: '  ' } }));
    expect(missing.status).toBe(400);
    expect(missing.fields.partner).toBe('Partner is required.');
    const unknownSkill = await refusal(
      ada.call('POST /api/v1/feedback-sessions', {
        body: {
          kind: 'one-on-one',
          partner: 'Grace',
          observations: [{ skillId: '01890a5d-ac96-774b-bcce-b302099a8057', level: 'novice', note: 'x' }],
        },
      }),
    );
    expect(unknownSkill.status).toBe(400);
    expect(unknownSkill.fields['observations.0.skillId']).toBeDefined();
  });

  it('carries open items into the next 1:1 with the same partner until they are done or dropped', async () => {
    const first = await oneOnOne('Grace', '2026-03-04', [
      { text: 'Draft the tracing talk' },
      { text: 'Find a staging slot', owner: 'partner' },
    ]);
    await oneOnOne('Linus', '2026-03-05', [{ text: 'Unrelated' }]);
    const [draft, slot] = first.actionItems;
    if (!draft || !slot) throw new Error('items missing');

    const second = await oneOnOne('  grace ', '2026-03-11');
    expect(second.carriedItems.map((i) => i.text)).toEqual(['Draft the tracing talk', 'Find a staging slot']);

    const done = await ada.call('PATCH /api/v1/action-items/{id}', {
      params: { id: slot.id },
      body: { version: slot.version, status: 'done' },
    });
    expect(done).toMatchObject({ status: 'done', version: slot.version + 1, carriedInto: [second.id] });
    const stale = await refusal(
      ada.call('PATCH /api/v1/action-items/{id}', {
        params: { id: slot.id },
        body: { version: slot.version, status: 'dropped' },
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.current).toMatchObject({ status: 'done' });

    const third = await oneOnOne('GRACE', '2026-03-18');
    expect(third.carriedItems.map((i) => i.text)).toEqual(['Draft the tracing talk']);
    const open = await ada.call('GET /api/v1/action-items', { query: { status: 'open' } });
    const stillOpen = open.find((i) => i.id === draft.id);
    expect(stillOpen).toMatchObject({ sessionId: first.id, carriedInto: [second.id, third.id], partner: 'Grace' });
    expect(open.map((i) => i.text).sort()).toEqual(['Draft the tracing talk', 'Unrelated']);

    // A session dated before the item was agreed does not receive it.
    const earlier = await oneOnOne('Grace', '2026-03-01');
    expect(earlier.carriedItems).toEqual([]);
  });

  it('lets a level change cite the owner’s own feedback session, and nobody else’s', async () => {
    const session = await oneOnOne('Grace', '2026-03-04');
    const change = await ada.call('POST /api/v1/skills/{id}/level-changes', {
      params: { id: skillId },
      body: { to: 'practitioner', note: 'Grace saw it in the pairing', evidence: [{ kind: 'feedback', id: session.id }] },
    });
    expect(change.evidence).toEqual([{ kind: 'feedback', id: session.id }]);

    const eve = await api.member('Eve');
    const hers = await eve.call('POST /api/v1/feedback-sessions', { body: { kind: 'workshop', partner: 'Team' } });
    const cited = await refusal(
      ada.call('POST /api/v1/skills/{id}/level-changes', {
        params: { id: skillId },
        body: { to: 'expert', note: 'Not mine', evidence: [{ kind: 'feedback', id: hers.id }] },
      }),
    );
    expect(cited.status).toBe(400);
    expect(cited.fields['evidence.0.id']).toBe('Point to one of your own feedback sessions.');
  });

  it('hides one person’s sessions and items from another: 404, and nothing listed', async () => {
    const session = await oneOnOne('Grace', '2026-03-04', [{ text: 'Mine' }]);
    const [item] = session.actionItems;
    if (!item) throw new Error('no item');
    const eve = await api.member('Eve');
    expect((await refusal(eve.call('GET /api/v1/feedback-sessions/{id}', { params: { id: session.id } }))).status).toBe(404);
    const patch = eve.call('PATCH /api/v1/action-items/{id}', { params: { id: item.id }, body: { version: 1, status: 'done' } });
    expect((await refusal(patch)).status).toBe(404);
    expect(await eve.call('GET /api/v1/feedback-sessions', { query: {} })).toEqual([]);
    expect(await eve.call('GET /api/v1/action-items', { query: {} })).toEqual([]);
    // Eve's 1:1 with the same partner does not pick up Ada's open item.
    const hers = await eve.call('POST /api/v1/feedback-sessions', { body: { kind: 'one-on-one', partner: 'Grace' } });
    expect(hers.carriedItems).toEqual([]);
  });

  it('puts open action items and today’s 1:1 from the cadence on the home screen', async () => {
    const session = await oneOnOne('Grace', '2026-03-04', [{ text: 'Draft the talk' }, { text: 'Book a room' }]);
    const [, room] = session.actionItems;
    if (!room) throw new Error('no item');
    await ada.call('PATCH /api/v1/action-items/{id}', { params: { id: room.id }, body: { version: 1, status: 'dropped' } });
    let home = await ada.call('GET /api/v1/this-week');
    expect(home.actionItems.map((i) => i.text)).toEqual(['Draft the talk']);
    expect(home.oneOnOneToday).toBe(false);
    // Wednesday 2026-03-04 is a slot of a weekly Wednesday cadence.
    const preferences = await ada.call('GET /api/v1/preferences');
    await ada.call('PATCH /api/v1/preferences', {
      body: {
        version: preferences.version,
        feedbackCadence: { weekday: 'WE', time: '10:00', intervalWeeks: 1, startDate: '2026-03-02' },
      },
    });
    home = await ada.call('GET /api/v1/this-week');
    expect(home.oneOnOneToday).toBe(true);
  });

  it('shows the pairing rotation and notices a domain not paired in six weeks', async () => {
    await ada.call('POST /api/v1/feedback-sessions', {
      body: { kind: 'pairing', partner: 'Grace', domain: 'Tracing', date: '2026-01-07' },
    });
    const rotation = await ada.call('GET /api/v1/pairing-rotation');
    expect(rotation).toMatchObject({
      staleAfterWeeks: 6,
      weeks: [{ weekStart: '2026-01-05', sessions: [{ partner: 'Grace', domain: 'Tracing' }] }],
      partners: [{ partner: 'Grace', sessions: 1, lastDate: '2026-01-07' }],
      notices: [{ domain: 'Tracing', lastPaired: '2026-01-07' }],
    });
    // Eight weeks since: quiet once the preference allows ten.
    const preferences = await ada.call('GET /api/v1/preferences');
    expect(preferences.pairingStaleWeeks).toBe(6);
    await ada.call('PATCH /api/v1/preferences', { body: { version: preferences.version, pairingStaleWeeks: 10 } });
    expect(await ada.call('GET /api/v1/pairing-rotation')).toMatchObject({ staleAfterWeeks: 10, notices: [] });
  });

  it('exports sessions and items, and deleting the account removes them', async () => {
    const eve = await api.member('Eve');
    await eve.call('POST /api/v1/feedback-sessions', {
      body: { kind: 'one-on-one', partner: 'Grace', actionItems: [{ text: 'Hers' }] },
    });
    const exported = await eve.get('/api/v1/me/export');
    expect(exported.body.records.feedback_sessions).toHaveLength(1);
    expect(exported.body.records.action_items).toMatchObject([{ text: 'Hers', status: 'open' }]);
    expect((await eve.delete('/api/v1/me', { confirm: 'eve@example.test', password })).status).toBe(204);
    const db = api.runtime.deps.db;
    expect(await db.selectFrom('feedback_sessions').select('id').where('partner', '=', 'Grace').execute()).toEqual([]);
    expect(await db.selectFrom('action_items').select('id').execute()).toEqual([]);
  });
});
