import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DestinationStatus } from '../../schemas/common.js';
import { categoryOrder } from '../labels.js';
import { levels } from '../levels.js';
import { lintMapMarkdown } from './lint.js';
import type { MarkdownMap } from './model.js';
import { readMapMarkdown } from './read.js';
import { type WritableMap, writeMapMarkdown } from './write.js';
import { guideExcerpt } from '../../../test/support/guideExcerpt.js';

const withoutLines = (map: MarkdownMap): WritableMap => ({
  name: map.name,
  destinations: map.destinations.map(({ line: _l, skills, ...d }) => ({
    ...d,
    skills: skills.map(({ line: _s, ...skill }) => skill),
  })),
  cycle: map.cycle && (({ line: _c, ...cycle }) => cycle)(map.cycle),
  log: map.log.map(({ week, text }) => ({ week, text })),
  artifacts: map.artifacts.map(({ text }) => ({ text })),
});

const sample: WritableMap = {
  name: 'Ada Lovelace',
  destinations: [
    {
      title: 'Build a fault-tolerant microservice',
      category: 'technical-specialization',
      status: 'active',
      description: 'A payments service that survives a zone outage',
      measure: '99.95% uptime over a quarter',
      targetDate: '2027-06-30',
      businessImpact: 'Fewer failed payments',
      skills: [
        { name: 'Distributed systems design', currentLevel: 'practitioner', targetLevel: 'expert' },
        { name: 'Observability', currentLevel: 'novice', targetLevel: null },
      ],
    },
    {
      title: 'Mentor two juniors',
      category: null,
      status: 'completed',
      description: null,
      measure: null,
      targetDate: null,
      businessImpact: null,
      skills: [],
    },
  ],
  cycle: { number: 2, lengthWeeks: 5, goal: 'Ship tracing', activities: 'reading, pairing', reviewDate: '2027-01-15' },
  log: [{ week: 1, text: 'Read the OpenTelemetry spec, https://example.com/notes' }],
  artifacts: [{ text: 'Tracing design doc - https://example.com/doc' }],
};

describe('writeMapMarkdown', () => {
  it('writes the guide’s template with what it has no line for under the destination', () => {
    const text = writeMapMarkdown(sample);
    expect(text).toContain('# Growth Map for Ada Lovelace\n');
    expect(text).toContain('- Destination A: Build a fault-tolerant microservice\n  - Category: Technical specialization\n');
    expect(text).toContain('  - Measure: 99.95% uptime over a quarter\n  - Target date: 2027-06-30\n');
    expect(text).toContain('  - Skill 1: Distributed systems design - P → E\n  - Skill 2: Observability - N\n');
    expect(text).toContain('- Destination B: Mentor two juniors\n  - Status: completed\n');
    expect(text).toContain(
      '## 5-Week Plan (Cycle 2)\n\n- Goal: Ship tracing\n- Activities: reading, pairing\n- Review date: 2027-01-15\n',
    );
    expect(text).toContain('## Progress Log\n\n- Week 1: Read the OpenTelemetry spec, https://example.com/notes\n');
    expect(text).toContain('## Artifacts\n\n1. Tracing design doc - https://example.com/doc\n');
  });

  it('escapes Markdown in the user’s words so they come back as written', () => {
    const text = writeMapMarkdown({
      ...sample,
      destinations: [{ ...sample.destinations[1]!, title: 'Use *stars* & [links] <b>' }],
    });
    expect(readMapMarkdown(text).map.destinations[0]?.title).toBe('Use *stars* & [links] <b>');
  });
});

describe('readMapMarkdown', () => {
  it('reads the guide’s filled excerpt, warning about the line that is not the template', () => {
    const { map, warnings } = readMapMarkdown(guideExcerpt);
    expect(map.destinations).toEqual([
      expect.objectContaining({
        title: 'Build a fault-tolerant microservice',
        line: 2,
        skills: [
          { name: 'Distributed systems design', currentLevel: 'practitioner', targetLevel: null, line: 3 },
          { name: 'Observability', currentLevel: 'practitioner', targetLevel: null, line: 4 },
          { name: 'Release engineering', currentLevel: 'novice', targetLevel: null, line: 5 },
        ],
      }),
    ]);
    expect(map.cycle).toMatchObject({
      number: null,
      lengthWeeks: 6,
      goal: expect.stringMatching(/^Deliver a minimal service/),
      line: 6,
    });
    expect(warnings).toEqual([{ line: 1, message: 'Not a line of the template: “Sample filled excerpt:”.' }]);
  });

  it('reads headings instead of bullets, any bullet, the level words and lines without bullets', () => {
    const text = [
      '## Growth Map for Grace',
      '### Destination A: Lead the payments migration',
      '* Skill 1: Stakeholder management - practitioner',
      '+ Skill 2: Kafka - Expert',
      'Skill 3: SQL - novice -> expert',
      '### Destination B: Write three posts',
      '- Skill 1: Writing – P',
      '- Skill 2: Nothing here',
    ].join('\n');
    const { map, warnings } = readMapMarkdown(text);
    expect(map.name).toBe('Grace');
    expect(map.destinations.map((d) => [d.title, d.skills.map((s) => [s.name, s.currentLevel, s.targetLevel])])).toEqual([
      [
        'Lead the payments migration',
        [
          ['Stakeholder management', 'practitioner', null],
          ['Kafka', 'expert', null],
          ['SQL', 'novice', 'expert'],
        ],
      ],
      ['Write three posts', [['Writing', 'practitioner', null]]],
    ]);
    expect(warnings).toEqual([{ line: 8, message: expect.stringMatching(/^Give the skill a level/) }]);
  });

  it('reads the template’s flat list, cycle, log and artifacts', () => {
    const text = [
      '- Growth Map for Ada',
      '- Destination A: Ship tracing',
      '- Skill 1: Observability - P',
      '- 6-Week Plan (Cycle 1)',
      '- Goal: Trace the checkout',
      '- Activities: reading, hands-on',
      '- Review date: 2027-02-01',
      '- Progress Log',
      '- Week 1: Read the spec',
      '- Week 2: Added spans, [PR](https://example.com/pr/1)',
      '- Artifacts',
      '- 1. Design doc',
      '- 2. <https://example.com/dashboard>',
    ].join('\n');
    const { map, warnings } = readMapMarkdown(text);
    expect(warnings).toEqual([]);
    expect(map.cycle).toMatchObject({ number: 1, lengthWeeks: 6, goal: 'Trace the checkout', reviewDate: '2027-02-01' });
    expect(map.log.map((e) => [e.week, e.text])).toEqual([
      [1, 'Read the spec'],
      [2, 'Added spans, PR (https://example.com/pr/1)'],
    ]);
    expect(map.artifacts.map((a) => a.text)).toEqual(['Design doc', 'https://example.com/dashboard']);
  });

  it('warns with line numbers about a bad date, a bad category and a skill before any destination', () => {
    const text = ['- Skill 1: Go - P', '- Destination A: Ship it', '  - Target date: soon', '  - Category: vibes'].join('\n');
    expect(readMapMarkdown(text).warnings.map((w) => w.line)).toEqual([1, 3, 4]);
  });
});

describe('deep nesting', () => {
  it('leaves out lines nested far deeper than a map needs, keeping the other lines’ numbers', () => {
    const text = ['- Destination A: Ship tracing', '>'.repeat(100_000), '- '.repeat(50_000), '  - Skill 1: Go - P'].join('\n');
    const started = Date.now();
    const { map, warnings } = readMapMarkdown(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(warnings.map((w) => w.line)).toEqual([2, 3]);
    expect(map.destinations[0]?.skills.map((s) => s.name)).toEqual(['Go']);
  });
});

describe('lintMapMarkdown', () => {
  it('flags a vague destination at its line', () => {
    const text = '# Growth Map for Ada\n\n- Destination A: Get better at backend\n  - Skill 1: Go - N\n';
    const findings = lintMapMarkdown(text, '2026-11-27');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.line === 3)).toBe(true);
    expect(findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/^not Specific: /));
  });

  it('finds nothing in a SMART destination with skills', () => {
    const text = [
      '# Growth Map for Ada',
      '- Destination A: Cut checkout p95 latency from 800 ms to 300 ms by 2027-06-30 so that fewer carts are abandoned',
      '  - Skill 1: Performance profiling - P',
    ].join('\n');
    expect(lintMapMarkdown(text, '2026-11-27')).toEqual([]);
  });

  it('says a file without destinations has none, and names a destination without skills', () => {
    expect(lintMapMarkdown('# Growth Map for Ada\n', '2026-11-27')).toEqual([
      { line: 1, message: expect.stringMatching(/^No destination/) },
    ]);
  });
});

const line = fc
  .string({ unit: fc.constantFrom(...'abcXYZ 019*_[]<>&!#\\`-+=.:()→é'.split('')), minLength: 1, maxLength: 30 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => /[a-z]/i.test(s));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const level = fc.constantFrom(...levels);
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const uniqueBy = <T>(arb: fc.Arbitrary<T>, key: (t: T) => string) =>
  fc.uniqueArray(arb, { selector: (t) => key(t).toLocaleLowerCase(), maxLength: 4 });

const generatedMap: fc.Arbitrary<WritableMap> = fc.record({
  name: maybe(line),
  destinations: uniqueBy(
    fc.record({
      title: line,
      category: maybe(fc.constantFrom(...categoryOrder)),
      status: maybe(fc.constantFrom<DestinationStatus>('completed', 'retired')),
      description: maybe(fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'))),
      measure: maybe(line),
      targetDate: maybe(day),
      businessImpact: maybe(line),
      skills: uniqueBy(fc.record({ name: line, currentLevel: level, targetLevel: maybe(level) }), (s) => s.name),
    }),
    (d) => d.title,
  ).filter((list) => list.length > 0),
  cycle: maybe(
    fc.record({
      number: maybe(fc.integer({ min: 1, max: 99 })),
      lengthWeeks: fc.integer({ min: 4, max: 6 }),
      goal: maybe(line),
      activities: maybe(line),
      reviewDate: maybe(day),
    }),
  ),
  log: fc.array(fc.record({ week: fc.integer({ min: 1, max: 6 }), text: line }), { maxLength: 4 }),
  artifacts: fc.array(fc.record({ text: line }), { maxLength: 4 }),
});

/** A target equal to the current level says nothing more, so the writer leaves it out. */
const normalised = (map: WritableMap): WritableMap => ({
  ...map,
  name: map.name ?? 'me',
  destinations: map.destinations.map((d) => ({
    ...d,
    skills: d.skills.map((s) => ({ ...s, targetLevel: s.targetLevel === s.currentLevel ? null : s.targetLevel })),
  })),
});

describe('the round trip', () => {
  it('reads back every generated map it wrote, without a warning', () => {
    fc.assert(
      fc.property(generatedMap, (map) => {
        const { map: read, warnings } = readMapMarkdown(writeMapMarkdown(map));
        expect(warnings).toEqual([]);
        expect(withoutLines(read)).toEqual(normalised(map));
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
