import { describe, expect, it } from 'vitest';
import { contentFixture } from '../../test/support/contentFixture.js';
import { loadContent } from '../content/load.js';
import type { SystemStage } from '../schemas/common.js';
import type { Content } from '../schemas/content.js';
import { wizardDraft } from '../schemas/framework.js';
import { defaultStartDate, planWeeks } from './cycles.js';
import { addMonths } from './quarterly.js';
import { type Answer, type SelfCheckResult, scoreSelfCheck } from './selfCheck.js';
import { checkSmart } from './smart.js';
import { type Draft, draftGrowthMap, FREE_TEXT_IMPACT, FREE_TEXT_MEASURE, type WizardAnswers } from './wizard.js';

const content = contentFixture();
const TODAY = '2026-03-04'; // a Wednesday: the cycle starts on Monday 2026-03-09

const answers = (over: Partial<WizardAnswers> = {}): WizardAnswers => ({
  role: 'Backend engineer',
  techStack: [],
  stage: 'go-to-market',
  goals: [{ templateId: 'fault-tolerant-service' }],
  lengthWeeks: 6,
  reviewWeeks: 1,
  ...over,
});
/** Weakest area "What engineers need": both its statements "not yet", everything else "yes". */
const engineerNeedsWeak = scoreSelfCheck(content, 'go-to-market', {
  'gtm-releases': 'yes',
  'gtm-visibility': 'yes',
  'gtm-tradeoffs': 'not-yet',
  'gtm-beyond': 'not-yet',
  'gtm-rollback': 'yes',
  'gtm-friction': 'yes',
  'gtm-shift-pain': 'yes',
});
const draft = (over: Partial<WizardAnswers> = {}, check: SelfCheckResult | null = engineerNeedsWeak, c: Content = content) =>
  draftGrowthMap(c, answers(over), check, TODAY);
const skillIds = (d: Draft, index = 0) => d.destinations[index]?.skills.map((s) => s.catalogueId);

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

describe('draftGrowthMap: destinations', () => {
  it('copies a template goal, with the target date its months from today', () => {
    const [d] = draft().destinations;
    expect(d).toMatchObject({
      key: 'd1',
      title: 'Design and implement a fault-tolerant service with end-to-end tracing in production',
      category: 'technical-specialization',
      description: null,
      measure: 'Uptime of at least [N]% over 30 days',
      businessImpact: '[Team] stops losing orders during incidents',
      targetDate: addMonths(TODAY, 9),
      templateId: 'fault-tolerant-service',
    });
    expect(d?.why).toMatch(
      /^From the template “Design and implement a fault-tolerant service.*9 months.*Fill in \[N\], \[Team\]/,
    );
    // Template skills first, in the template's order.
    expect(skillIds(draft())?.slice(0, 2)).toEqual(['distributed-systems-design', 'observability']);
  });

  it('keeps the user’s words as the description when a template goal has them', () => {
    const [d] = draft({ goals: [{ templateId: 'article-series', text: 'About our move to event sourcing' }] }).destinations;
    expect(d).toMatchObject({
      title: 'Publish a technical article series and give two internal talks per quarter',
      description: 'About our move to event sourcing',
    });
  });

  it('keeps a free-text goal as the title, with placeholders to fill and a category from the catalogue', () => {
    const [d] = draft({ goals: [{ text: '  Mentor two junior engineers on the payments team ' }] }).destinations;
    expect(d).toMatchObject({
      title: 'Mentor two junior engineers on the payments team',
      category: 'leadership-impact',
      description: null,
      measure: FREE_TEXT_MEASURE,
      businessImpact: FREE_TEXT_IMPACT,
      targetDate: addMonths(TODAY, 6),
      templateId: null,
    });
    expect(d?.measure).toMatch(/\[metric\].*\[baseline\].*\[target\]/);
    expect(d?.why).toContain('because “mentor” at the start of your goal is one of the guide’s examples of leadership impact');
    expect(d?.skills[0]?.catalogueId).toBe('mentoring');
    // Placeholders block nothing, but the SMART check fails their letters until they are filled in, even though
    // "two junior engineers" would count as a measure.
    const smart = checkSmart(d!, TODAY);
    expect(smart.relevant).toMatchObject({ pass: false, reason: expect.stringContaining('[who benefits and how]') });
    expect(smart.measurable).toMatchObject({ pass: false, hint: expect.stringContaining('[metric]') });
  });

  it.each([
    // The opening words come first: the guide lists releases under craft and process.
    {
      text: 'Observability for every release',
      category: 'craft-and-process',
      because: '“release” at the start of your goal is one of the guide’s examples of craft and process',
    },
    {
      text: 'Speak at a meetup about our migration',
      category: 'personal-reputation',
      because: '“speak” at the start of your goal',
    },
    // Otherwise the catalogue: the entry sharing most words wins, ties keep content order.
    {
      text: 'Instrument checkout with OpenTelemetry',
      category: 'technical-specialization',
      because: 'in your goal matches the skill “Observability”',
    },
    // No catalogue word, but one of the guide's own examples.
    {
      text: 'Open source our CLI tool',
      category: 'personal-reputation',
      because: 'one of the guide’s examples of personal reputation',
    },
    { text: 'Xyzzy plugh', category: 'technical-specialization', because: 'no word in your goal matched the catalogue' },
  ])('picks the category of “$text” deterministically', ({ text, category, because }) => {
    const [d] = draft({ goals: [{ text }] }).destinations;
    expect(d?.category).toBe(category);
    expect(d?.why).toContain(because);
  });

  it('adds a second destination for a single goal: the stage template closest to the weakest self-check area', () => {
    const withCheck = draft({ goals: [{ templateId: 'article-series' }] });
    expect(withCheck.destinations.map((d) => d.templateId)).toEqual(['article-series', 'cross-functional-project']);
    expect(withCheck.destinations[1]?.why).toMatch(
      /^Added because you gave one goal.*written for the Go-To-Market stage and works on your weakest self-check area, “What engineers need”: you answered “not yet” to “I explain trade-offs/,
    );
    // Without a self-check the first stage template in content order, with a nudge to take the check.
    const without = draft({ goals: [{ templateId: 'article-series' }] }, null);
    expect(without.destinations[1]?.templateId).toBe('fault-tolerant-service');
    expect(without.destinations[1]?.why).toContain('take the self-check to tailor this choice');
  });

  it('falls back to another stage’s template when the stage has no other, and says so', () => {
    const d = draft({ stage: 'problem-solution-fit', goals: [{ templateId: 'article-series' }] }, null);
    expect(d.destinations[1]?.templateId).toBe('fault-tolerant-service');
    expect(d.destinations[1]?.why).toContain('No other template is written for the Problem / Solution Fit stage');
  });
});

describe('draftGrowthMap: a deadline in the goal’s own words', () => {
  const dated = (text: string, templateId?: string) =>
    draft({ goals: [{ text, ...(templateId ? { templateId } : {}) }] }).destinations[0]!;

  it.each([
    { text: 'Ship the mobile SDK by June 2027', phrase: 'by June 2027', date: '2027-06-30' },
    { text: 'Migrate the monolith to Node 22 by Q3 2027', phrase: 'by Q3 2027', date: '2027-09-30' },
    { text: 'Ship the billing service by 2026-11-15', phrase: 'by 2026-11-15', date: '2026-11-15' },
    { text: 'Write the on-call handbook by the end of the year', phrase: 'by the end of the year', date: '2026-12-31' },
    { text: 'Ship the search service within 9 months', phrase: 'within 9 months', date: '2026-12-04' },
  ])('“$text” gets the target date $date, and every reason quotes that date', ({ text, phrase, date }) => {
    const d = dated(text);
    expect(d.targetDate).toBe(date);
    expect(d.why).toContain(`The target date is ${date}, from “${phrase}” in your goal.`);
    // No other date anywhere in the reason, so it cannot contradict the field.
    expect(new Set(d.why.match(/\d{4}-\d{2}-\d{2}/g))).toEqual(new Set([date]));
    // The SMART check on the draft, its measure filled in, reads the same deadline from the title and the target date.
    const smart = checkSmart({ ...d, measure: 'p95 latency under 200 ms' }, TODAY);
    expect(smart.timeBound.reason).toBe(`It has a target date, ${date}.`);
    expect(smart.achievable).toMatchObject({ pass: true, reason: expect.stringContaining(`(${date})`) });
  });

  it('a template goal takes the deadline from the user’s words over the template’s months', () => {
    const d = dated('Before the Black Friday freeze, by Q3 2026', 'fault-tolerant-service');
    expect(d.targetDate).toBe('2026-09-30');
    expect(d.why).toContain('the target date is 2026-09-30, from “by Q3 2026” in your goal.');
    expect(d.why).not.toContain('9 months');
  });

  it('a deadline already past is named, and the target date falls back to the first guess', () => {
    const d = dated('Ship the mobile SDK by June 2025');
    expect(d.targetDate).toBe(addMonths(TODAY, 6));
    expect(d.why).toContain('“by June 2025” in your goal (2025-06-30) is already past');
  });

  it('a deadline beyond 24 months is named, and the target date is a nearer first milestone', () => {
    const d = dated('Lead the platform rewrite by the end of 2029');
    expect(d.targetDate).toBe(addMonths(TODAY, 6));
    expect(d.why).toContain('“by the end of 2029” in your goal (2029-12-31) is more than 24 months away');
  });

  it('a cadence is not a deadline: “per quarter” keeps the first guess', () => {
    const d = dated('Give two internal talks per quarter');
    expect(d.targetDate).toBe(addMonths(TODAY, 6));
    expect(d.why).toContain('The target date is 6 months from today, as a first guess.');
  });
});

describe('draftGrowthMap: skills and levels', () => {
  const releases = { goals: [{ text: 'Ship faster releases with canary deploys' }] };

  it('lets weak self-check answers choose skills and set starting levels', () => {
    const check = scoreSelfCheck(content, 'go-to-market', { 'gtm-releases': 'yes', 'gtm-visibility': 'not-yet' });
    const d = draft(releases, check);
    expect(d.destinations[0]?.category).toBe('craft-and-process');
    // Observability comes from the answer; Kubernetes, tied to the same answer, is another category: no third skill.
    expect(skillIds(d)).toEqual(['release-engineering', 'observability']);
    const [release, observability] = d.destinations[0]!.skills;
    expect(release).toMatchObject({ currentLevel: 'practitioner', targetLevel: 'expert' });
    expect(release?.why).toContain('Starting at Practitioner because you answered “yes” to “Our releases are predictable');
    expect(observability).toMatchObject({ currentLevel: 'novice', targetLevel: 'practitioner' });
    expect(observability?.why).toMatch(
      /^Suggested because your stage is Go-To-Market and you answered “not yet” to “I can see how/,
    );
    // Without the self-check nothing points at observability: the craft skill of another stage fills in.
    expect(skillIds(draft(releases, null))).toEqual(['release-engineering', 'testing-strategy']);
    expect(draft(releases, null).destinations[0]?.skills[0]?.why).toContain(
      'Starting at Novice because no self-check answer covers it',
    );
  });

  it('starts at novice for a "partly" answer', () => {
    const check = scoreSelfCheck(content, 'go-to-market', { 'gtm-releases': 'partly' });
    expect(draft(releases, check).destinations[0]?.skills[0]).toMatchObject({
      currentLevel: 'novice',
      targetLevel: 'practitioner',
    });
  });

  it('ignores a self-check of another stage', () => {
    const mvp = scoreSelfCheck(content, 'mvp-foundation', { 'mvp-own-change': 'yes' });
    expect(draft(releases, mvp)).toEqual(draft(releases, null));
  });

  it('reads weak answers from toWorkOn when a stored result has no answers', () => {
    const check = scoreSelfCheck(content, 'go-to-market', { 'gtm-visibility': 'not-yet' });
    const { answers: _dropped, ...stored } = check;
    expect(skillIds(draft(releases, stored))).toEqual(skillIds(draft(releases, check)));
  });

  it('adds a skill the tech stack mentions', () => {
    expect(skillIds(draft({}, null))).toEqual(['distributed-systems-design', 'observability']);
    const d = draft({ techStack: ['Kubernetes'] }, null);
    expect(skillIds(d)).toEqual(['distributed-systems-design', 'observability', 'kubernetes-operations']);
    expect(d.destinations[0]?.skills[2]?.why).toContain('your stack mentions Kubernetes');
  });

  it('does not give two destinations the same catalogue skill unless a template asks for it', () => {
    const d = draft({ goals: [{ text: 'Ship faster releases with canary deploys' }, { text: 'Improve our release process' }] });
    const [a, b] = [skillIds(d, 0), skillIds(d, 1)];
    expect(a?.filter((id) => b?.includes(id))).toEqual([]);
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
