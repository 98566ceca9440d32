import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, password, refusal } from '../support/api.js';
import { startApi } from '../support/api.js';
import { TestClock, engines } from '../support/engines.js';

describe.each(engines)('evidence health and talking points over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let tracingId: string;
  let kafkaId: string;
  let artifactId: string;
  let moveId: string;

  beforeEach(async () => {
    api = await startApi(engine, { clock: new TestClock('2027-03-04T08:00:00.000Z') });
    ada = await api.admin();
    const destination = await ada.call('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout', category: 'technical-specialization', targetDate: '2027-09-30' },
    });
    const tracing = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'distributed tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    const kafka = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Kafka', currentLevel: 'practitioner', targetLevel: 'expert' },
    });
    tracingId = tracing.id;
    kafkaId = kafka.id;
    const artifact = await ada.call('POST /api/v1/artifacts', {
      body: {
        title: 'Tracing rollout',
        kind: 'design-doc',
        date: '2027-02-20',
        metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes' },
        skills: [{ skillId: tracingId, level: 'practitioner' }],
      },
    });
    artifactId = artifact.id;
    const move = await ada.call('POST /api/v1/skills/{id}/level-changes', {
      params: { id: tracingId },
      body: { to: 'practitioner', note: 'Led the rollout', evidence: [{ kind: 'artifact', id: artifactId }] },
    });
    moveId = move.id;
  });
  afterEach(() => api.close());

  it('says what backs each level and warns, without blocking, where it rests on one kind or on nothing', async () => {
    const health = await ada.call('GET /api/v1/evidence-health');
    expect(health.skills.map((s) => [s.skill, s.level, s.kinds, s.warning?.code ?? null])).toEqual([
      ['distributed tracing', 'practitioner', ['artifact'], 'one-kind'],
      ['Kafka', 'practitioner', [], 'own-word'],
    ]);
    expect(health.skills[0]?.sources).toEqual([{ kind: 'artifact', id: artifactId }]);
    expect(health.skills[0]?.warning?.message).toBe(
      'Practitioner in distributed tracing rests on artifacts alone: ask for feedback or an endorsement.',
    );
    expect(health.skills[1]?.warning?.message).toBe(
      'Practitioner in Kafka rests on your own word alone: add an artifact, feedback or a cycle review.',
    );

    // A pairing partner's observation adds a second kind: the warning goes.
    const session = await ada.call('POST /api/v1/feedback-sessions', {
      body: {
        kind: 'pairing',
        partner: 'Grace',
        observations: [{ skillId: tracingId, level: 'practitioner', note: 'Reads traces fluently' }],
      },
    });
    const after = await ada.call('GET /api/v1/evidence-health');
    expect(after.skills[0]?.kinds).toEqual(['artifact', 'feedback']);
    expect(after.skills[0]?.sources).toContainEqual({ kind: 'feedback', id: session.id });
    expect(after.skills[0]?.warning).toBeNull();
  });

  it('cites the artifact metric and the level move, plans the collaboration and names the risks', async () => {
    await ada.call('POST /api/v1/feedback-sessions', {
      body: {
        kind: 'one-on-one',
        partner: 'Grace',
        supportNeeded: 'Time with the SRE team',
        actionItems: [{ text: 'Write the runbook', owner: 'me' }],
      },
    });
    const { points, markdown } = await ada.call('GET /api/v1/talking-points');
    expect(points.map((p) => p.section)).toEqual([
      'outcomes',
      'progress',
      'collaboration',
      'collaboration',
      'collaboration',
      'risks',
    ]);
    expect(points[0]).toEqual({
      section: 'outcomes',
      text: 'Cut MTTR from 45 to 12 minutes (Tracing rollout)',
      sources: [{ kind: 'artifact', id: artifactId }],
    });
    expect(points[1]).toEqual({
      section: 'progress',
      text: 'From Novice to Practitioner in distributed tracing, backed by 1 artifact',
      sources: [
        { kind: 'level-change', id: moveId },
        { kind: 'skill', id: tracingId },
        { kind: 'artifact', id: artifactId },
      ],
    });
    expect(points.slice(2, 5).map((p) => p.text)).toEqual([
      'Next destination: Lead the observability rollout by 2027-09-30',
      'Support needed (1:1 with Grace, 2027-03-04): Time with the SRE team',
      'Open action: Write the runbook (with Grace)',
    ]);
    expect(points[5]).toMatchObject({ section: 'risks', sources: [{ kind: 'skill', id: kafkaId }] });
    expect(markdown.startsWith('## Outcomes\n\n- Cut MTTR from 45 to 12 minutes (Tracing rollout)\n\n## Progress\n')).toBe(true);
    // Computed from the data alone: asking again gives the same answer.
    expect(await ada.call('GET /api/v1/talking-points')).toEqual({ points, markdown });
  });

  it('keeps the edited draft, refuses a stale one with the current text, and starts again from the data', async () => {
    const { markdown } = await ada.call('GET /api/v1/talking-points');
    const first = await ada.call('GET /api/v1/talking-points/draft');
    expect(first).toEqual({ markdown, version: 1 });

    const edited = `${markdown}\n- Also: ran the incident review\n`;
    const saved = await ada.call('PUT /api/v1/talking-points/draft', { body: { version: 1, markdown: edited } });
    expect(saved).toEqual({ markdown: edited, version: 2 });
    expect(await ada.call('GET /api/v1/talking-points/draft')).toEqual(saved);

    const stale = await refusal(ada.call('PUT /api/v1/talking-points/draft', { body: { version: 1, markdown: 'lost' } }));
    expect(stale.status).toBe(409);
    expect(stale.current).toEqual(saved);

    const again = await ada.call('PUT /api/v1/talking-points/draft', { body: { version: 2, markdown } });
    expect(again).toEqual({ markdown, version: 3 });

    const tooLong = await refusal(
      ada.call('PUT /api/v1/talking-points/draft', { body: { version: 3, markdown: 'x'.repeat(20001) } }),
    );
    expect(tooLong.status).toBe(400);
  });

  it('exports the draft and the webhook preference, and deletes them with the account', async () => {
    const bea = await api.member(`Bea${engine}`);
    expect((await bea.call('GET /api/v1/me/export')).records.talking_point_drafts).toEqual([]);
    const draft = await bea.call('GET /api/v1/talking-points/draft');
    await bea.call('PUT /api/v1/talking-points/draft', { body: { version: draft.version, markdown: 'My own words' } });
    const prefs = await bea.call('GET /api/v1/preferences');
    await bea.call('PATCH /api/v1/preferences', {
      body: { version: prefs.version, winsWebhookUrl: 'https://chat.example.test/hooks/abc' },
    });

    const exported = await bea.call('GET /api/v1/me/export');
    expect(exported.records.talking_point_drafts).toMatchObject([{ markdown: 'My own words', version: 2 }]);
    expect(exported.records.preferences[0]?.wins_webhook_url).toBe('https://chat.example.test/hooks/abc');

    const me = await bea.call('GET /api/v1/me');
    await bea.call('DELETE /api/v1/me', { body: { confirm: `bea${engine}@example.test`, password } });
    const db = api.runtime.deps.db;
    expect(await db.selectFrom('talking_point_drafts').select('user_id').where('user_id', '=', me.user.id).execute()).toEqual([]);
    expect(await db.selectFrom('preferences').select('user_id').where('user_id', '=', me.user.id).execute()).toEqual([]);
  });
});
