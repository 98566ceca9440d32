import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, password, refusal } from '../support/api.js';
import { startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

const fixture = (file: string) => fs.readFileSync(path.resolve('test/fixtures/frameworks', file), 'utf8');
const ft = fixture('ft/operations.yml');
const monzo = fixture('monzo/web.md');

describe.each(engines)('career ladders over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let admin: Caller;
  let ada: Caller;
  let exampleId: string;

  const upload = (who: Caller, text: string, name: string, contentType: string) =>
    who.request('POST', `/api/v1/ladders?name=${encodeURIComponent(name)}`, text, { 'content-type': contentType });

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    admin = await api.admin();
    ada = await api.member('Ada');
    const ladders = await ada.call('GET /api/v1/ladders');
    const example = ladders.find((ladder) => ladder.shipped);
    if (!example) throw new Error('no shipped ladder');
    exampleId = example.id;
  });
  afterAll(() => api.close());

  it('imports the FT job family and the Monzo framework as an administrator, unchanged', async () => {
    const ftAnswer = await upload(admin, ft, 'operations.yml', 'text/yaml');
    expect(ftAnswer.status).toBe(201);
    expect(ftAnswer.body).toEqual({
      id: expect.any(String),
      name: 'Operations',
      levels: [
        { id: 'engineer', name: 'Engineer' },
        { id: 'senior-1', name: 'Senior Engineer 1' },
        { id: 'senior-2', name: 'Senior Engineer 2' },
      ],
    });
    const monzoAnswer = await upload(admin, monzo, 'web.md', 'text/markdown; charset=utf-8');
    expect(monzoAnswer.status).toBe(201);
    expect(monzoAnswer.body.levels).toHaveLength(6);

    const listed = await ada.call('GET /api/v1/ladders');
    expect(listed.map((l) => l.name)).toEqual(['Software engineer (example)', 'Operations', '🌐 Web Engineering Framework']);
    const read = await ada.call('GET /api/v1/ladders/{id}', { params: { id: ftAnswer.body.id } });
    expect(read.levels[0]?.expectations).toContainEqual({
      area: 'Technical',
      statement: 'Support systems and performs technical processes',
      skill: null,
      expected: null,
    });
  });

  it('refuses an upload or a delete from a member with 403', async () => {
    const answer = await upload(ada, ft, 'operations.yml', 'text/yaml');
    expect(answer.status).toBe(403);
    const denied = await refusal(ada.call('DELETE /api/v1/ladders/{id}', { params: { id: exampleId } }));
    expect(denied.status).toBe(403);
  });

  it('answers 400 with the file, line and field of every problem of a broken file', async () => {
    const broken = ft.replace('level: senior-1', 'level: senior-3').replace('theme: delivery', 'theme: deliveryy');
    const answer = await upload(admin, broken, 'operations.yml', 'text/yaml');
    expect(answer.status).toBe(400);
    const lines = broken.split('\n');
    const levelLine = lines.findIndex((l) => l.includes('senior-3')) + 1;
    const themeLine = lines.findIndex((l) => l.includes('deliveryy')) + 1;
    const messages = Object.values(answer.body.error.fields);
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^operations\\.yml:${levelLine}: competencies\\[\\d+\\]\\.level: unknown level "senior-3"$`),
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^operations\\.yml:${themeLine}: competencies\\[\\d+\\]\\.theme: unknown theme "deliveryy"$`),
      ),
    );
    const unknown = await upload(admin, '# nothing here\ntitle: x\n', 'notes.yaml', 'text/yaml');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^notes\.yaml:1: Not a ladder format/);
    // The content says what a file is, whatever the Content-Type: JSON is not a ladder.
    expect((await admin.post('/api/v1/ladders', { title: 'x' })).body.error.message).toMatch(/^ladder:1: Not a ladder format/);
    const tooLong = await upload(admin, `ladder: x\n# ${'x'.repeat(300_000)}\n`, 'big.yaml', 'text/yaml');
    expect(tooLong.body.error.fields).toEqual({ _: 'A ladder file may be at most 256 KB.' });
  });

  it('lists the next level’s gaps with the artifacts, feedback and endorsements that already speak to them', async () => {
    expect(await ada.call('GET /api/v1/me/ladder')).toBeNull();
    expect((await refusal(ada.call('GET /api/v1/me/next-level'))).status).toBe(404);

    const destination = await ada.call('POST /api/v1/destinations', {
      body: { title: 'Become a senior engineer by Q4 2027', category: 'technical-specialization' },
    });
    const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'testing STRATEGY', currentLevel: 'novice', targetLevel: 'practitioner' },
    });
    const artifact = await ada.call('POST /api/v1/artifacts', {
      body: { title: 'Contract tests for checkout', kind: 'code-sample', skills: [{ skillId: skill.id, level: 'practitioner' }] },
    });
    const session = await ada.call('POST /api/v1/feedback-sessions', {
      body: {
        kind: 'pairing',
        partner: 'Grace',
        observations: [{ skillId: skill.id, level: 'novice', note: 'Good test names' }],
      },
    });

    // An approved endorsement that saw the skill speaks to it too; one still pending does not.
    const endorsementOn = async (quote: string) => {
      const asked = await ada.call('POST /api/v1/endorsement-requests', { body: { name: 'Grace', skillIds: [skill.id] } });
      const token = asked.url.split('/endorse/')[1] ?? '';
      await api.caller('10.9.0.1').post(`/api/v1/endorse/${token}`, {
        quote,
        relationship: 'Teammate',
        observations: [{ skillId: skill.id, level: 'practitioner' }],
        showName: true,
      });
      return (await ada.call('GET /api/v1/endorsements')).find((e) => e.quote === quote);
    };
    const approved = await endorsementOn('Her tests catch what matters.');
    await endorsementOn('Still waiting for approval.');
    await ada.call('PATCH /api/v1/endorsements/{id}', {
      params: { id: approved?.id ?? '' },
      body: { status: 'approved', version: 1 },
    });

    const choice = await ada.call('PUT /api/v1/me/ladder', { body: { ladderId: exampleId, levelId: 'engineer' } });
    expect(choice).toEqual({
      ladder: { id: exampleId, name: 'Software engineer (example)' },
      level: { id: 'engineer', name: 'Engineer' },
    });
    expect(await ada.call('GET /api/v1/me/ladder')).toEqual(choice);

    const next = await ada.call('GET /api/v1/me/next-level');
    expect(next.current).toEqual({ id: 'engineer', name: 'Engineer' });
    expect(next.next).toEqual({ id: 'senior', name: 'Senior engineer' });
    expect(next.message).toContain('a guide for conversations, not a checklist');
    // "Asks for and acts on code review" is expected at both levels: not a gap.
    expect(next.gaps.map((g) => g.statement)).not.toContain('Asks for and acts on code review');
    expect(next.gaps).toHaveLength(5);
    expect(next.gaps[0]).toEqual({
      area: 'Craft',
      statement: 'Chooses the testing strategy for a feature and explains the trade-offs',
      skill: 'Testing strategy',
      expected: 'practitioner',
      evidence: [
        { kind: 'artifact', id: artifact.id },
        { kind: 'feedback', id: session.id },
        { kind: 'endorsement', id: approved?.id },
      ],
    });
    expect(next.gaps.find((g) => g.skill === 'Code review')?.evidence).toEqual([]);
  });

  it('says there is no next level at the top', async () => {
    await ada.call('PUT /api/v1/me/ladder', { body: { ladderId: exampleId, levelId: 'staff' } });
    const top = await ada.call('GET /api/v1/me/next-level');
    expect(top).toMatchObject({ current: { id: 'staff' }, next: null, gaps: [] });
    expect(top.message).toMatch(/top level/);
  });

  it('refuses a level the ladder does not have, and a ladder that does not exist', async () => {
    const level = await refusal(ada.call('PUT /api/v1/me/ladder', { body: { ladderId: exampleId, levelId: 'principal' } }));
    expect(level.fields.levelId).toBeDefined();
    const ladder = await refusal(
      ada.call('PUT /api/v1/me/ladder', { body: { ladderId: '00000000-0000-7000-8000-000000000000', levelId: 'engineer' } }),
    );
    expect(ladder.fields.ladderId).toBeDefined();
  });

  it('keeps the shipped example, and deleting an uploaded ladder clears the choices of it', async () => {
    const shipped = await refusal(admin.call('DELETE /api/v1/ladders/{id}', { params: { id: exampleId } }));
    expect(shipped.status).toBe(409);
    const created = await upload(admin, ft, 'operations.yml', 'text/yaml');
    await ada.call('PUT /api/v1/me/ladder', { body: { ladderId: created.body.id, levelId: 'senior-1' } });
    const next = await ada.call('GET /api/v1/me/next-level');
    expect(next.next?.id).toBe('senior-2');
    expect(next.gaps.length).toBeGreaterThan(0);
    await admin.call('DELETE /api/v1/ladders/{id}', { params: { id: created.body.id } });
    expect(await ada.call('GET /api/v1/me/ladder')).toBeNull();
    expect((await refusal(admin.call('GET /api/v1/ladders/{id}', { params: { id: created.body.id } }))).status).toBe(404);
  });

  it('exports the choice with the account, and deleting the account removes it', async () => {
    const carol = await api.member('Carol');
    await carol.call('PUT /api/v1/me/ladder', { body: { ladderId: exampleId, levelId: 'senior' } });
    const exported = await carol.call('GET /api/v1/me/export');
    expect(exported.records.ladder_choices).toEqual([
      { ladder_id: exampleId, level_id: 'senior', updated_at: expect.any(String) },
    ]);
    await carol.call('DELETE /api/v1/me', { body: { confirm: 'carol@example.test', password } });
    const left = await api.runtime.database.db
      .selectFrom('ladder_choices')
      .select('level_id')
      .where('level_id', '=', 'senior')
      .execute();
    expect(left).toEqual([]);
  });
});
