import { describe, expect, it } from 'vitest';
import { content, draft, engineerNeedsWeak, TODAY } from '../../test/support/wizardDrafts.js';
import { loadContent } from '../content/load.js';
import type { SystemStage } from '../schemas/common.js';
import { wizardDraft } from '../schemas/framework.js';
import { defaultStartDate, planWeeks } from './cycles.js';
import { type Answer, scoreSelfCheck } from './selfCheck.js';
import { checkSmart } from './smart.js';
import { type Draft, draftGrowthMap, type WizardAnswers } from './wizard.js';

/** Every reason in a draft, with where it sits, so a test can hold them all to the same bar. */
function reasons(d: Draft): [string, string][] {
  return [
    ...d.destinations.flatMap((dest) => [
      [dest.key, dest.why] as [string, string],
      ...dest.skills.map((s) => [s.key, s.why] as [string, string]),
    ]),
    ['cycle', d.cycle.why],
    ...d.artifacts.map((a) => [a.title, a.why] as [string, string]),
    ...[...d.practiceTasks, ...d.readings, ...d.starterProjects].map((s) => [s.id, s.because] as [string, string]),
  ];
}

describe('draftGrowthMap: shape and determinism', () => {
  const full = () =>
    draft({
      techStack: ['Kubernetes'],
      goals: [{ templateId: 'fault-tolerant-service' }, { text: 'Mentor two junior engineers on the payments team' }],
    });

  it('gives the same draft for the same inputs', () => {
    expect(full()).toEqual(full());
    expect(JSON.stringify(full())).toBe(JSON.stringify(full()));
  });

  it('fits the API schema of the draft', () => {
    expect(() => wizardDraft.parse(full())).not.toThrow();
  });

  it.each([
    { goals: [{ templateId: 'fault-tolerant-service' }], count: 2 },
    { goals: [{ text: 'Write the onboarding guide for new backend engineers' }, { templateId: 'article-series' }], count: 2 },
    {
      goals: [
        { templateId: 'fault-tolerant-service' },
        { templateId: 'cross-functional-project' },
        { text: 'Publish two blog posts' },
      ],
      count: 3,
    },
  ])('drafts $count destinations with 2–3 skills each, unique keys', ({ goals, count }) => {
    for (const check of [engineerNeedsWeak, null]) {
      const d = draft({ goals }, check);
      expect(d.destinations).toHaveLength(count);
      for (const dest of d.destinations) {
        expect(dest.skills.length).toBeGreaterThanOrEqual(2);
        expect(dest.skills.length).toBeLessThanOrEqual(3);
      }
      const keys = d.destinations.flatMap((x) => [x.key, ...x.skills.map((s) => s.key)]);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('explains everything in specific words: a quote, the stage, the template, the stack or the guide', () => {
    for (const d of [full(), draft({}, null), draft({ goals: [{ text: 'Xyzzy plugh' }] })]) {
      for (const [where, why] of reasons(d)) {
        expect(why.length, where).toBeGreaterThan(30);
        expect(why, where).toMatch(/“[^”]+”|Go-To-Market|template|stack|guide/);
      }
    }
  });

  it.each([
    [0, []],
    [4, [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }]],
  ])('refuses %i goals', (_n, goals) => {
    expect(() => draft({ goals })).toThrow(RangeError);
  });

  it('refuses an unknown template and a goal with neither words nor template', () => {
    expect(() => draft({ goals: [{ templateId: 'no-such-template' }] })).toThrow(/Unknown destination template/);
    expect(() => draft({ goals: [{ text: '   ' }] })).toThrow(RangeError);
  });
});

describe('draftGrowthMap: the first cycle and suggestions', () => {
  it('plans the weeks from the next Monday with the chosen shape', () => {
    for (const [lengthWeeks, reviewWeeks] of [
      [4, 1],
      [5, 2],
      [6, 1],
      [6, 2],
    ] as const) {
      const { cycle } = draft({ lengthWeeks, reviewWeeks });
      expect(cycle.startDate).toBe('2026-03-09');
      expect(cycle.weeks).toEqual(planWeeks(defaultStartDate(TODAY), lengthWeeks, reviewWeeks));
      expect(cycle).toMatchObject({ lengthWeeks, reviewWeeks, destinationKeys: ['d1'] });
    }
    expect(draft({ lengthWeeks: 6, reviewWeeks: 2 }).cycle.why).toContain(
      'week 1 define, weeks 2–3 deep dive, week 4 demonstrate, weeks 5–6 reflect',
    );
  });

  it('refuses 4 weeks with 2 review weeks (the UI offers “4 weeks with a 2-week review” as 6 and 2)', () => {
    expect(() => draft({ lengthWeeks: 4, reviewWeeks: 2 })).toThrow(RangeError);
  });

  it('titles the cycle with a short mini-goal, its guidance as the description, modes by category and a backup project on the same skills', () => {
    const { cycle } = draft();
    expect(cycle.goal).toBe('Practise Distributed systems design in one small piece of work');
    expect(cycle.description).toBe(
      'Define a concrete mini-goal for “Design and implement a fault-tolerant service with end-to-end tracing in production”: pick one small piece of work that uses Distributed systems design and Observability, and decide what you will show a peer or mentor in week 5. Then rename the cycle after that mini-goal.',
    );
    expect(cycle.modes).toEqual(['reading', 'hands-on', 'pairing']);
    expect(cycle.backupProject).toBe('Observability starter');
    expect(cycle.why).toContain(
      'Backup project “Observability starter” in case of blockers, because it practises Observability as well.',
    );
    const lead = draft({ goals: [{ templateId: 'cross-functional-project' }] }).cycle;
    for (const d of [draft(), draft({ goals: [{ text: 'Mentor two junior engineers on the payments team' }] })]) {
      // A heading and a link on the one-page map: one short line, never the paragraph.
      expect(d.cycle.goal.length).toBeLessThanOrEqual(80);
      expect(d.cycle.goal).not.toContain(':');
    }
    expect(lead.modes).toEqual(['reading', 'hands-on', 'pairing', 'teaching']);
    expect(draft({ goals: [{ templateId: 'article-series' }] }).cycle.modes).toEqual(['reading', 'hands-on', 'teaching']);
  });

  it('falls back to a generic backup project when no starter project shares a skill', () => {
    const { cycle } = draft({}, null, { ...content, starterProjects: [] });
    expect(cycle.backupProject).toBe(
      'A small side project that practises Distributed systems design, small enough to show in week 5',
    );
    expect(cycle.why).toContain('generic one');
  });

  it('suggests practice tasks, readings and starter projects for the drafted skills', () => {
    const d = draft();
    expect(d.practiceTasks).toEqual([
      {
        id: 'plan-canary',
        because:
          'A Go-To-Market practice task; it exercises Observability for “Design and implement a fault-tolerant service with…”.',
      },
    ]);
    expect(d.readings.map((r) => r.id)).toEqual(['accelerate']);
    expect(d.readings[0]?.because).toMatch(/^On the Go-To-Market reading path; it covers Project planning/);
    expect(d.starterProjects.map((p) => p.id)).toEqual(['observability-starter', 'canary-prototype']);
  });

  it('suggests artifacts of the Growth Map guide, section 4 by category', () => {
    const d = draft({ goals: [{ templateId: 'fault-tolerant-service' }, { templateId: 'article-series' }] });
    // In the artifacts' own wire values, so a suggestion can become an artifact as it is.
    expect(d.artifacts.map((a) => a.kind)).toEqual(['design-doc', 'code-sample', 'writing', 'presentation']);
    expect(d.artifacts[0]).toMatchObject({
      title: 'Design document for “Design and implement a fault-tolerant service with end-to-end tracing in production”',
    });
    expect(d.artifacts[0]?.why).toContain(
      'The guide lists “Design documents for systems you’ve built or improved” as a signal to collect',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// NEEDS THE SHIPPED CONTENT FILES (content/*.yaml). Unlike the tests above it reads the real
// catalogue, so it fails with a content error while those files are missing or incomplete:
// every stage needs destination templates and skills, and every template must pass SMART once
// its placeholders hold their examples.
// ---------------------------------------------------------------------------------------------
describe('the shipped content (content/*.yaml)', () => {
  const shipped = loadContent({ contentDir: null });
  const stages: SystemStage[] = ['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale'];
  /** Sample values for the wizard's own placeholders; templates bring their own examples. */
  const samples: Record<string, string> = {
    '[metric]': 'p95 checkout latency',
    '[baseline]': '400 ms',
    '[target]': '200 ms',
    '[who benefits and how]': 'Customers check out faster, so fewer carts are abandoned',
  };
  const fill = (text: string | null, examples: Record<string, string>) =>
    text?.replace(/\[[^\]]+\]/g, (t) => examples[t] ?? samples[t] ?? '3') ?? null;
  const answerSets = (stage: SystemStage): { name: string; answers: Record<string, Answer> | null }[] => {
    const items = shipped.selfCheck.filter((i) => i.stage === stage);
    return [
      { name: 'no self-check', answers: null },
      { name: 'all not yet', answers: Object.fromEntries(items.map((i) => [i.id, 'not-yet'])) },
      {
        name: 'mixed',
        answers: Object.fromEntries(items.map((i, n) => [i.id, (['yes', 'partly', 'not-yet'] as const)[n % 3] as Answer])),
      },
      { name: 'all yes', answers: Object.fromEntries(items.map((i) => [i.id, 'yes'])) },
    ];
  };

  it.each(stages)('drafts a deterministic, SMART-able map for %s', (stage) => {
    const templates = shipped.destinationTemplates.filter((t) => t.stages.includes(stage));
    expect(templates.length, `destination templates for ${stage}`).toBeGreaterThanOrEqual(2);
    expect(
      shipped.selfCheck.some((i) => i.stage === stage),
      `self-check items for ${stage}`,
    ).toBe(true);
    const goalSets: WizardAnswers['goals'][] = [
      [{ templateId: templates[0]!.id }],
      [{ text: 'Lead the migration of the billing service to PostgreSQL' }],
      [
        { text: 'Write the onboarding guide for new backend engineers' },
        { templateId: templates[1]!.id },
        { templateId: templates[0]!.id },
      ],
    ];
    for (const set of answerSets(stage)) {
      const check = set.answers ? scoreSelfCheck(shipped, stage, set.answers) : null;
      for (const goals of goalSets) {
        const input: WizardAnswers = {
          role: 'Backend engineer',
          techStack: ['Node.js', 'PostgreSQL', 'Kubernetes'],
          stage,
          goals,
          lengthWeeks: 6,
          reviewWeeks: 1,
        };
        const d = draftGrowthMap(shipped, input, check, TODAY);
        expect(draftGrowthMap(shipped, input, check, TODAY), `${stage}/${set.name}: deterministic`).toEqual(d);
        expect(d.destinations.length).toBeGreaterThanOrEqual(2);
        for (const dest of d.destinations) {
          const label = `${stage}/${set.name}/“${dest.title}”`;
          expect(dest.skills.length, `${label}: skills`).toBeGreaterThanOrEqual(2);
          expect(dest.skills.length, `${label}: skills`).toBeLessThanOrEqual(3);
          const examples = Object.fromEntries(
            (shipped.destinationTemplates.find((t) => t.id === dest.templateId)?.placeholders ?? []).map((p) => [
              p.token,
              p.example,
            ]),
          );
          const filled = {
            title: fill(dest.title, examples)!,
            description: fill(dest.description, examples),
            measure: fill(dest.measure, examples),
            businessImpact: fill(dest.businessImpact, examples),
            targetDate: dest.targetDate,
          };
          const smart = checkSmart(filled, TODAY);
          const failing = Object.entries(smart)
            .filter(([, r]) => !r.pass)
            .map(([letter, r]) => `${letter}: ${r.reason}`);
          expect(failing, `${label} filled as ${JSON.stringify(filled)}`).toEqual([]);
        }
        for (const [where, why] of reasons(d)) expect(why.length, `${stage}/${set.name}/${where}`).toBeGreaterThan(30);
      }
    }
  });
});
