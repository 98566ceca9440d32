import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

describe.each(engines)('the framework over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let admin: Caller;
  beforeEach(async () => {
    api = await startApi(engine);
    admin = await api.admin();
  });
  afterEach(() => api.close());

  it('serves the stages, self-check, readings, tasks, catalogue, starter projects and templates', async () => {
    const framework = (await admin.get('/api/v1/framework')).body;
    expect(framework.stages.map((s: { id: string }) => s.id)).toEqual([
      'mvp-foundation',
      'problem-solution-fit',
      'go-to-market',
      'scale',
    ]);
    expect(framework.skills.length).toBeGreaterThanOrEqual(40);
    expect(framework.destinationTemplates.length).toBeGreaterThanOrEqual(11);
  });

  it('saves a self-check with its date, scores it by area, and compares it with a later one', async () => {
    const items = (await admin.get('/api/v1/framework')).body.selfCheck.filter(
      (i: { stage: string }) => i.stage === 'go-to-market',
    );
    const first = await admin.post('/api/v1/self-checks', {
      stage: 'go-to-market',
      answers: Object.fromEntries(items.map((i: { id: string }) => [i.id, 'not-yet'])),
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ stage: 'go-to-market', takenOn: '2026-03-02' });
    expect(first.body.result.overall).toBe(0);
    expect(first.body.result.suggestions.skills.length).toBeGreaterThan(0);
    api.clock.advance(30 * 86_400_000);
    await admin.post('/api/v1/session', { email: 'admin@example.test', password: 'a long and unusual passphrase' });
    const second = await admin.post('/api/v1/self-checks', {
      stage: 'go-to-market',
      answers: Object.fromEntries(items.map((i: { id: string }, n: number) => [i.id, n % 2 ? 'yes' : 'partly'])),
    });
    const compared = (await admin.get(`/api/v1/self-checks/compare?before=${first.body.id}&after=${second.body.id}`)).body;
    expect(compared.moved.every((m: { direction: string }) => m.direction === 'better')).toBe(true);
    const unknown = await admin.post('/api/v1/self-checks', { stage: 'scale', answers: { 'not-an-item': 'yes' } });
    expect(unknown.status).toBe(400);
  });

  it('drafts the same map for the same answers, writes nothing until accepted, and adds only what is accepted', async () => {
    await admin.post('/api/v1/destinations', {
      title: 'Keep this destination of my own, two talks per quarter',
      category: 'personal-reputation',
    });
    const answers = {
      role: 'Backend engineer',
      techStack: ['Node.js', 'PostgreSQL', 'Kubernetes'],
      stage: 'go-to-market',
      goals: [{ templateId: 'fault-tolerant-microservice' }, { text: 'Get better at leading incident reviews' }],
      lengthWeeks: 6,
      reviewWeeks: 2,
    };
    const draft = (await admin.post('/api/v1/wizard/draft', answers)).body;
    expect((await admin.post('/api/v1/wizard/draft', answers)).body).toEqual(draft);
    expect(draft.destinations.length).toBeGreaterThanOrEqual(2);
    expect(draft.destinations.every((d: { why: string; skills: unknown[] }) => d.why.length > 10 && d.skills.length >= 2)).toBe(
      true,
    );
    expect(draft.cycle.weeks.map((w: { phase: string }) => w.phase)).toEqual([
      'define',
      'deep-dive',
      'deep-dive',
      'demonstrate',
      'reflect',
      'reflect',
    ]);
    expect((await admin.get('/api/v1/map')).body.destinations).toHaveLength(1);

    const [first] = draft.destinations;
    const accepted = await admin.post('/api/v1/wizard/accept', {
      role: answers.role,
      techStack: answers.techStack,
      stage: answers.stage,
      destinations: [first],
      cycle: { ...draft.cycle, destinationKeys: [first.key] },
    });
    expect(accepted.status).toBe(201);
    const map = (await admin.get('/api/v1/map')).body;
    expect(map.destinations.map((d: { title: string }) => d.title)).toEqual([
      'Keep this destination of my own, two talks per quarter',
      first.title,
    ]);
    expect(map.destinations[1].skills).toHaveLength(first.skills.length);
    expect(map).toMatchObject({ role: 'Backend engineer', systemStage: 'go-to-market' });
    const cycles = (await admin.get('/api/v1/cycles')).body;
    // Today is a Monday, so the drafted cycle starts today.
    expect(cycles).toEqual([
      expect.objectContaining({
        id: accepted.body.cycleId,
        startDate: '2026-03-02',
        status: 'active',
        goal: draft.cycle.goal,
        description: draft.cycle.description,
      }),
    ]);
  });

  it('imports a skills matrix as CSV, naming the line of a bad row and changing nothing', async () => {
    const bad = await admin.post('/api/v1/framework/skills-csv', {
      sourceName: 'matrix.csv',
      text: 'skill,category,novice,practitioner,expert,stages\nKafka operations,technical-specialization,Reads dashboards,Runs upgrades,Designs clusters,scale\nChaos,wizardry,a,b,c\n',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/matrix\.csv: line 3: category/);
    const before = (await admin.get('/api/v1/framework')).body.skills.length;
    const good = await admin.post('/api/v1/framework/skills-csv', {
      sourceName: 'matrix.csv',
      text: 'skill,category,novice,practitioner,expert,stages\nKafka operations,technical-specialization,Reads dashboards,Runs upgrades,Designs clusters,scale;go-to-market\n',
    });
    expect(good.body).toEqual({ added: 1 });
    const skills = (await admin.get('/api/v1/framework')).body.skills;
    expect(skills.length).toBe(before + 1);
    expect(skills.find((s: { id: string }) => s.id === 'kafka-operations')).toMatchObject({ stages: ['scale', 'go-to-market'] });
  });

  it('validates an uploaded content file whole, with its line, and only administrators may upload', async () => {
    const broken = await admin.post('/api/v1/framework/uploads', {
      file: 'practice-tasks.yaml',
      sourceName: 'our-tasks.yaml',
      text: 'tasks:\n  - id: chaos-day\n    stage: scale\n    title: Chaos day\n    scenario: Break staging on purpose.\n    constraints: [One afternoon]\n    deliverable: A failure-mode table\n    skills: [no-such-skill]\n    timeBoxMinutes: 240\n',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/no-such-skill/);
    const wrongField = await admin.post('/api/v1/framework/uploads', {
      file: 'stages.yaml',
      sourceName: 'x.yaml',
      text: 'stages:\n  - id: moon\n',
    });
    expect(wrongField.body.error.message).toMatch(/x\.yaml:2: stages\[0\]\.id/);
    const member = await api.member('Mia');
    const refused = await member.post('/api/v1/framework/uploads', {
      file: 'reading.yaml',
      sourceName: 'r.yaml',
      text: 'readings: []\n',
    });
    expect(refused.status).toBe(403);
    const ok = await admin.post('/api/v1/framework/uploads', {
      file: 'reading.yaml',
      sourceName: 'r.yaml',
      text: 'readings:\n  - {id: our-handbook, stages: [scale], kind: article, title: Our operating handbook, authors: [Platform team], year: 2026, why: How we run things here}\n',
    });
    expect(ok.status).toBe(201);
    expect((await member.get('/api/v1/framework')).body.readings.map((r: { id: string }) => r.id)).toContain('our-handbook');
    expect((await admin.delete(`/api/v1/framework/uploads/${ok.body.id}`)).status).toBe(204);
    expect((await member.get('/api/v1/framework')).body.readings.map((r: { id: string }) => r.id)).not.toContain('our-handbook');
  });
});
