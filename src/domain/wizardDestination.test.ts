import { describe, expect, it } from 'vitest';
import { draft, skillIds, TODAY } from '../../test/support/wizardDrafts.js';
import { addMonths } from './quarterly.js';
import { checkSmart } from './smart.js';
import { FREE_TEXT_IMPACT, FREE_TEXT_MEASURE } from './wizardDestination.js';

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
