import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';
import { guideExcerpt } from '../support/guideExcerpt.js';

describe.each(engines)('the Markdown template over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;

  const importing = (who: Caller, text: string, dryRun = false) =>
    who.call('POST /api/v1/map/import', { query: { dryRun: dryRun ? 'true' : 'false' }, body: text });

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    ada = await api.admin();
  });
  afterAll(() => api.close());

  it('previews the guide’s excerpt without writing, then applies it', async () => {
    const preview = await importing(ada, guideExcerpt, true);
    expect(preview.dryRun).toBe(true);
    expect(preview.added.map((i) => [i.kind, i.name])).toEqual([
      ['destination', 'Build a fault-tolerant microservice'],
      ['skill', 'Distributed systems design'],
      ['skill', 'Observability'],
      ['skill', 'Release engineering'],
    ]);
    expect(preview.leftAlone).toEqual([expect.objectContaining({ kind: 'cycle', detail: 'not imported' })]);
    expect(preview.warnings).toEqual([
      { line: 1, message: 'Not a line of the template: “Sample filled excerpt:”.' },
      { line: 6, message: expect.stringMatching(/^Cycle plans are not imported/) },
    ]);
    expect((await ada.call('GET /api/v1/map')).destinations).toEqual([]);

    const applied = await importing(ada, guideExcerpt);
    expect(applied.dryRun).toBe(false);
    expect(applied.added).toEqual(preview.added);
    const map = await ada.call('GET /api/v1/map');
    expect(map.destinations.map((d) => [d.title, d.skills.map((s) => [s.name, s.currentLevel, s.targetLevel])])).toEqual([
      [
        'Build a fault-tolerant microservice',
        [
          ['Distributed systems design', 'practitioner', 'practitioner'],
          ['Observability', 'practitioner', 'practitioner'],
          ['Release engineering', 'novice', 'novice'],
        ],
      ],
    ]);
  });

  it('updates by title and name in any case, records level changes as "imported", and never deletes', async () => {
    const text = [
      '# Growth Map for Ada',
      '## Destination A: BUILD A FAULT-TOLERANT MICROSERVICE',
      '* Measure: 99.95% uptime over a quarter',
      '* Skill 1: observability - Expert',
      '* Skill 2: Chaos testing - N -> P',
    ].join('\n');
    const preview = await importing(ada, text, true);
    expect(preview.changed).toEqual([
      { kind: 'destination', name: 'Build a fault-tolerant microservice', detail: 'measure' },
      { kind: 'skill', name: 'Observability', destination: 'Build a fault-tolerant microservice', detail: 'level P → E' },
    ]);
    expect(preview.added).toEqual([{ kind: 'skill', name: 'Chaos testing', destination: 'Build a fault-tolerant microservice' }]);
    await importing(ada, text);
    const [destination] = (await ada.call('GET /api/v1/map')).destinations;
    expect(destination?.measure).toBe('99.95% uptime over a quarter');
    expect(destination?.skills.map((s) => s.name)).toEqual([
      'Distributed systems design',
      'Observability',
      'Release engineering',
      'Chaos testing',
    ]);
    const observability = destination?.skills.find((s) => s.name === 'Observability');
    const history = await ada.call('GET /api/v1/skills/{id}/level-changes', { params: { id: observability?.id ?? '' } });
    expect(history.map((h) => [h.from, h.to, h.note])).toEqual([
      [null, 'practitioner', 'imported'],
      ['practitioner', 'expert', 'imported'],
    ]);
    expect((await importing(ada, text, true)).changed).toEqual([]);
  });

  it('takes text/markdown, and refuses a file without a destination with a message', async () => {
    const answer = await ada.request('POST', '/api/v1/map/import?dryRun=true', '- Destination A: Write three posts\n', {
      'content-type': 'text/markdown; charset=utf-8',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.added).toEqual([
      { kind: 'destination', name: 'Write three posts', detail: expect.stringMatching(/^category/) },
    ]);
    const refused = await refusal(importing(ada, '# Growth Map for Ada\n\n- Skill 1: Go - P\n'));
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(/no destination/);
  });

  it('refuses a file over its 50 KB limit, saying so', async () => {
    const refused = await refusal(importing(ada, `- Destination A: x\n${'a'.repeat(50_000)}`, true));
    expect([refused.status, refused.message]).toEqual([413, 'The request body is larger than 50 KB. Nothing was stored.']);
  });

  it('answers warnings with their line numbers and leaves out what the schemas refuse', async () => {
    const text = [
      '- Destination A: Ship tracing',
      '  - Target date: soon',
      '  - Skill 1: Go',
      `  - Skill 2: ${'x'.repeat(201)} - P`,
    ].join('\n');
    const preview = await importing(ada, text, true);
    expect(preview.warnings.map((w) => w.line)).toEqual([2, 3, 4]);
    expect(preview.added.map((i) => i.name)).toEqual(['Ship tracing']);
  });

  it('exports the template as a download, and the export imports back unchanged into a fresh account', async () => {
    await ada.call('PATCH /api/v1/skills/{id}', {
      params: { id: (await ada.call('GET /api/v1/map')).destinations[0]?.skills[0]?.id ?? '' },
      body: { version: 1, targetLevel: 'expert' },
    });
    await ada.call('POST /api/v1/destinations', {
      body: {
        title: 'Publish two internal talks per quarter',
        category: 'personal-reputation',
        description: 'Talks on *tracing* & [SLOs]',
        targetDate: '2027-06-30',
        businessImpact: 'Teams adopt tracing sooner',
        status: 'completed',
      },
    });
    const answer = await ada.request('GET', '/api/v1/map/export.md');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="growth-map.md"');
    const exported = await ada.call('GET /api/v1/map/export.md');
    expect(exported).toContain('- Destination A: Build a fault-tolerant microservice\n');
    expect(exported).toContain('  - Skill 1: Distributed systems design - P → E\n');
    expect(exported).toContain('  - Status: completed\n');

    const again = await importing(ada, exported, true);
    expect([again.added, again.changed, again.warnings]).toEqual([[], [], []]);

    const fresh = await api.member('Ada');
    await importing(fresh, exported);
    expect(await fresh.call('GET /api/v1/map/export.md')).toBe(
      exported.replace('# Growth Map for Admin', '# Growth Map for Ada'),
    );
  });

  it('writes the current cycle, its log and the artifacts, and reads its own export back without a warning', async () => {
    const [destination] = (await ada.call('GET /api/v1/map')).destinations;
    const cycle = await ada.call('POST /api/v1/cycles', {
      body: {
        destinationIds: [destination?.id ?? ''],
        goal: 'Trace the checkout path',
        lengthWeeks: 5,
        modes: ['reading', 'pairing'],
      },
    });
    await ada.call('POST /api/v1/cycles/{id}/entries', {
      params: { id: cycle.id },
      body: { week: 1, text: 'Read the spec', evidence: [{ kind: 'link', url: 'https://example.test/notes' }] },
    });
    await ada.call('POST /api/v1/artifacts', {
      body: { title: 'Tracing design doc', kind: 'design-doc', url: 'https://example.test/doc' },
    });
    const exported = await ada.call('GET /api/v1/map/export.md');
    expect(exported).toContain('## 5-Week Plan (Cycle 1)\n\n- Goal: Trace the checkout path\n- Activities: reading, pairing\n');
    expect(exported).toContain('## Progress Log\n\n- Week 1: Read the spec, https://example.test/notes\n');
    expect(exported).toContain('## Artifacts\n\n1. Tracing design doc - https://example.test/doc\n');
    const again = await importing(ada, exported, true);
    expect([again.added, again.changed, again.warnings]).toEqual([[], [], []]);
    expect(again.leftAlone.filter((i) => i.detail)).toEqual([]);
  });
});
