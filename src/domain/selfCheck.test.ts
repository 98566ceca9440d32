import { describe, expect, it } from 'vitest';
import { contentFixture } from '../../test/support/contentFixture.js';
import { contentShape } from '../schemas/content.js';
import { type Answer, compareSelfChecks, scoreSelfCheck } from './selfCheck.js';

const content = contentFixture();

// Go-To-Market, one answer of each kind per area; gtm-beyond left unanswered.
const ANSWERS: Record<string, Answer> = {
  'gtm-releases': 'yes',
  'gtm-visibility': 'not-yet',
  'gtm-tradeoffs': 'partly',
  'gtm-rollback': 'not-yet',
  'gtm-friction': 'partly',
  'gtm-shift-pain': 'partly',
  'mvp-tests': 'not-yet', // another stage's item: ignored
};

describe('the fixture', () => {
  it('is valid content, so the tests exercise real shapes', () => {
    expect(() => contentShape.parse(content)).not.toThrow();
  });
});

describe('scoreSelfCheck', () => {
  const result = scoreSelfCheck(content, 'go-to-market', ANSWERS);

  it('scores each area over its answered items, in the stage page order', () => {
    expect(result.areas).toEqual([
      { area: 'system-needs', label: 'What the system needs', score: 0.5, answered: 2, total: 2 },
      // gtm-beyond is unanswered: it counts in total, not in the score.
      { area: 'engineer-needs', label: 'What engineers need', score: 0.5, answered: 1, total: 2 },
      { area: 'common-tasks', label: 'Common tasks', score: 0.25, answered: 2, total: 2 },
      { area: 'common-mistakes', label: 'Common mistakes avoided', score: 0.5, answered: 1, total: 1 },
    ]);
  });

  it('scores overall over every answered item of the stage, ignoring other stages', () => {
    expect(result.overall).toBeCloseTo(2.5 / 6);
    expect(result.answers).not.toHaveProperty('mvp-tests');
  });

  it('lists what to work on: not-yet first, then partly, each in content order', () => {
    expect(result.toWorkOn.map((i) => [i.itemId, i.answer])).toEqual([
      ['gtm-visibility', 'not-yet'],
      ['gtm-rollback', 'not-yet'],
      ['gtm-tradeoffs', 'partly'],
      ['gtm-friction', 'partly'],
      ['gtm-shift-pain', 'partly'],
    ]);
    expect(result.toWorkOn[0]).toMatchObject({ area: 'system-needs', statement: content.selfCheck[1]?.statement });
  });

  it('suggests the skills behind weak answers once each, weakest first', () => {
    // observability: two "not yet"; kubernetes and release engineering: one each, in answer order; then
    // stakeholder communication (three "partly") before project planning (one).
    expect(result.suggestions.skills.map((s) => s.id)).toEqual([
      'observability',
      'kubernetes-operations',
      'release-engineering',
      'stakeholder-communication',
      'project-planning',
    ]);
  });

  it('says which answer each skill comes from, quoting the statement', () => {
    const [observability, , release, stakeholder] = result.suggestions.skills;
    expect(observability?.because).toBe(
      'You answered “not yet” to “I can see how my services behave in production from…” and 1 more statement tied to it.',
    );
    expect(release?.because).toBe('You answered “not yet” to “I tighten rollout, monitoring and rollback habits on my team”.');
    expect(stakeholder?.because).toMatch(/^You answered “partly” to “I explain trade-offs.*and 2 more statements tied to it\.$/);
  });

  it('suggests practice tasks and readings of the stage for those skills, naming the cause', () => {
    expect(result.suggestions.practiceTasks).toEqual([
      {
        id: 'plan-canary',
        because: expect.stringMatching(/^A Go-To-Market task that practises Observability: you answered “not yet” to “I can see/),
      },
    ]);
    // Accelerate covers release engineering; DDIA is not on the Go-To-Market path.
    expect(result.suggestions.readings).toEqual([
      {
        id: 'accelerate',
        because: expect.stringMatching(
          /^On the Go-To-Market reading path and covers Release engineering: you answered “not yet”/,
        ),
      },
    ]);
  });

  it('falls back to the stage reading path when no reading covers the weak skills', () => {
    const only = scoreSelfCheck(content, 'go-to-market', { 'gtm-shift-pain': 'not-yet' });
    expect(only.suggestions.skills.map((s) => s.id)).toEqual(['stakeholder-communication']);
    expect(only.suggestions.practiceTasks).toEqual([]);
    expect(only.suggestions.readings).toEqual([
      { id: 'accelerate', because: expect.stringContaining('On the Go-To-Market reading path; none') },
    ]);
  });

  it('caps the suggestions: 6 skills, 4 tasks, 5 readings', () => {
    const big = contentFixture();
    const ids = big.skills.map((s) => s.id);
    big.selfCheck.push({
      id: 'gtm-all',
      stage: 'go-to-market',
      area: 'common-tasks',
      statement: 'I do everything well.',
      skills: ids,
    });
    for (let i = 0; i < 6; i++) {
      big.practiceTasks.push({ ...big.practiceTasks[0]!, id: `task-${i}` });
      big.readings.push({ ...big.readings[0]!, id: `reading-${i}` });
    }
    const capped = scoreSelfCheck(big, 'go-to-market', { 'gtm-all': 'not-yet' });
    expect(capped.suggestions.skills.map((s) => s.id)).toEqual(ids.slice(0, 6));
    expect(capped.suggestions.practiceTasks).toHaveLength(4);
    expect(capped.suggestions.readings).toHaveLength(5);
  });

  it('leaves out areas without items and treats unknown values as unanswered', () => {
    const mvp = scoreSelfCheck(content, 'mvp-foundation', { 'mvp-tests': 'maybe' as Answer, 'gtm-releases': 'yes' });
    expect(mvp.areas.map((a) => [a.area, a.score, a.answered, a.total])).toEqual([
      ['system-needs', 0, 0, 1],
      ['engineer-needs', 0, 0, 1],
      ['common-tasks', 0, 0, 1],
    ]);
    expect(mvp).toMatchObject({ overall: 0, toWorkOn: [], answers: {}, suggestions: { skills: [], practiceTasks: [] } });
    // Nothing weak: the stage's reading path, said as such.
    expect(mvp.suggestions.readings).toEqual([
      { id: 'ddia', because: 'On the MVP Foundation reading path, recommended for every engineer at this stage.' },
    ]);
  });

  it('does not read inherited keys as answers', () => {
    const withProto = { ...content, selfCheck: [...content.selfCheck, { ...content.selfCheck[0]!, id: 'constructor' }] };
    expect(scoreSelfCheck(withProto, 'go-to-market', {}).areas[0]).toMatchObject({ answered: 0, total: 3 });
  });

  it('does not suggest a skill missing from the catalogue', () => {
    const dangling = { ...content, selfCheck: [{ ...content.selfCheck[0]!, skills: ['ghost-skill', 'release-engineering'] }] };
    expect(scoreSelfCheck(dangling, 'go-to-market', { 'gtm-releases': 'not-yet' }).suggestions.skills.map((s) => s.id)).toEqual([
      'release-engineering',
    ]);
  });
});

describe('compareSelfChecks', () => {
  const before: Record<string, Answer> = { 'gtm-releases': 'not-yet', 'gtm-visibility': 'not-yet', 'gtm-tradeoffs': 'partly' };
  const after: Record<string, Answer> = {
    'gtm-releases': 'yes',
    'gtm-visibility': 'not-yet',
    'gtm-tradeoffs': 'not-yet',
    'gtm-rollback': 'partly',
    'gtm-friction': 'not-yet',
  };
  const comparison = compareSelfChecks(content, 'go-to-market', before, after);

  it('lists every item answered in either check, in content order, with its direction', () => {
    expect(comparison.moved.map((m) => [m.itemId, m.from, m.to, m.direction])).toEqual([
      ['gtm-releases', 'not-yet', 'yes', 'better'],
      ['gtm-visibility', 'not-yet', 'not-yet', 'same'],
      ['gtm-tradeoffs', 'partly', 'not-yet', 'worse'],
      // Unanswered counts as "not yet" for the direction.
      ['gtm-rollback', null, 'partly', 'better'],
      ['gtm-friction', null, 'not-yet', 'same'],
    ]);
    expect(comparison.moved[0]?.statement).toBe(content.selfCheck[0]?.statement);
  });

  it('sets each area score before and after', () => {
    expect(comparison.areas).toEqual([
      { area: 'system-needs', label: 'What the system needs', before: 0, after: 0.5 },
      { area: 'engineer-needs', label: 'What engineers need', before: 0.5, after: 0 },
      { area: 'common-tasks', label: 'Common tasks', before: 0, after: 0.25 },
      { area: 'common-mistakes', label: 'Common mistakes avoided', before: 0, after: 0 },
    ]);
  });

  it('reports an answer taken back as worse', () => {
    const back = compareSelfChecks(content, 'go-to-market', { 'gtm-releases': 'yes' }, {});
    expect(back.moved).toEqual([expect.objectContaining({ itemId: 'gtm-releases', from: 'yes', to: null, direction: 'worse' })]);
  });
});
