import { describe, expect, it } from 'vitest';
import type { Artifact } from '../schemas/artifacts.js';
import type { Cycle, ProgressEntry } from '../schemas/cycles.js';
import type { Destination, GrowthMap } from '../schemas/map.js';
import { type OnePageShown, attempts, cut, fitOnePage, levelPairText, onePageOf } from './onePage.js';

const pass = { pass: true, reason: '', hint: '' };
const fail = { pass: false, reason: '', hint: '' };
const smart = { specific: pass, measurable: pass, achievable: pass, relevant: fail, timeBound: pass };

const destination = (title: string, skills: string[], status: Destination['status'] = 'active'): Destination => ({
  id: `d-${title}`,
  title,
  category: 'technical-specialization',
  description: null,
  measure: null,
  targetDate: '2027-06-30',
  businessImpact: null,
  status,
  version: 1,
  smart,
  skills: skills.map((name) => ({
    id: `s-${name}`,
    destinationId: `d-${title}`,
    name,
    currentLevel: 'novice',
    targetLevel: 'practitioner',
    version: 1,
  })),
});

const map = (destinations: Destination[]): GrowthMap => ({
  id: 'm',
  title: 'My Growth Map',
  role: 'Backend engineer',
  techStack: ['Go', 'PostgreSQL'],
  systemStage: 'scale',
  version: 1,
  updatedAt: '2026-03-01T09:00:00.000Z',
  destinations,
  notices: [],
});

const cycle = (id: string, status: Cycle['status']): Cycle => ({
  id,
  destinationIds: [],
  goal: `Goal of ${id}`,
  description: null,
  lengthWeeks: 4,
  reviewWeeks: 1,
  startDate: '2026-03-02',
  reviewDate: '2026-03-29',
  modes: ['reading'],
  backupProject: null,
  usingBackup: false,
  status,
  pausedSince: null,
  cancelReason: null,
  currentWeek: status === 'active' ? 2 : null,
  weeks: [1, 2, 3, 4].map((number) => ({
    number,
    startDate: '2026-03-02',
    endDate: '2026-03-08',
    phase: number === 4 ? 'reflect' : 'deep-dive',
  })),
  gaps: [],
  review: null,
  version: 1,
  createdAt: '2026-03-01T09:00:00.000Z',
});

const entry = (n: number, cycleId = 'now'): ProgressEntry => ({
  id: `e${n}`,
  cycleId,
  week: 1,
  kind: 'progress',
  text: `Entry ${n}`,
  evidence: [],
  createdAt: `2026-03-0${n}T09:00:00.000Z`,
  version: 1,
});

const artifact = (title: string, extra: Partial<Artifact> = {}): Artifact => ({
  id: title,
  title,
  kind: 'design-doc',
  date: null,
  url: null,
  description: null,
  outcome: null,
  metric: null,
  skills: [],
  destinationIds: [],
  cycleId: null,
  file: null,
  version: 1,
  createdAt: '2026-03-01T09:00:00.000Z',
  ...extra,
});

describe('onePageOf', () => {
  const page = onePageOf({
    name: 'Ada',
    map: map([destination('Lead tracing', ['Tracing', 'OpenTelemetry']), destination('Old one', ['X'], 'completed')]),
    cycles: [cycle('next', 'planned'), cycle('now', 'active'), cycle('done', 'closed')],
    entries: [1, 2, 3, 4, 5, 6, 7].map((n) => entry(n)).concat(entry(8, 'done')),
    artifacts: [
      artifact('Plain'),
      artifact('Told', { outcome: 'On-call follows one runbook' }),
      artifact('Measured', {
        metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes', measuredOn: null, sourceUrl: null },
      }),
    ],
  });

  it('shows the active destinations with their skills and levels, as the one-page screen does', () => {
    expect(page.heading).toBe('Growth Map for Ada');
    expect(page.subtitle).toBe('My Growth Map · Role: Backend engineer · Tech stack: Go, PostgreSQL · System stage: Scale');
    expect(page.destinations).toEqual([
      {
        heading: 'Destination A: Lead tracing',
        facts: [
          'Category: Technical specialization',
          'Measure: Not set',
          'Target date: 30 Jun 2027',
          'Business impact: Not set',
          'SMART: not yet Relevant',
        ],
        skills: { items: ['Tracing: Novice → Practitioner', 'OpenTelemetry: Novice → Practitioner'], noun: ['skill', 'skills'] },
      },
    ]);
  });

  it('shows the running cycle and its five latest entries, newest first', () => {
    expect(page.plan?.heading).toBe('4-week plan (Active, week 2)');
    expect(page.plan?.facts).toEqual(['Goal: Goal of now', 'Activities: Reading', 'Review date: 29 Mar 2026']);
    expect(page.log.items).toEqual([
      'Week 1: Entry 7',
      'Week 1: Entry 6',
      'Week 1: Entry 5',
      'Week 1: Entry 4',
      'Week 1: Entry 3',
    ]);
  });

  it('ranks the artifacts by outcome strength (outcomes.ts)', () => {
    expect(page.artifacts.items).toEqual([
      'Measured (Design doc) — MTTR: 45 → 12 minutes',
      'Told (Design doc) — On-call follows one runbook',
      'Plain (Design doc)',
    ]);
  });
});

describe('levelPairText', () => {
  it('says the levels as the screen does', () => {
    expect(levelPairText('novice', 'expert')).toBe('Novice → Expert');
    expect(levelPairText('expert', 'expert')).toBe('Expert, target reached');
    expect(levelPairText('expert', 'practitioner')).toBe('Expert, beyond target (Practitioner)');
  });
});

describe('cut', () => {
  it('names the rest in words', () => {
    const list = { items: ['a', 'b', 'c', 'd'], noun: ['skill', 'skills'] as [string, string] };
    expect(cut(list, 2)).toEqual({ items: ['a', 'b'], more: 'and 2 more skills' });
    expect(cut(list, 3)).toEqual({ items: ['a', 'b', 'c'], more: 'and 1 more skill' });
    expect(cut(list, 4)).toEqual({ items: ['a', 'b', 'c', 'd'], more: null });
  });
});

describe('fitOnePage', () => {
  const skills = Array.from({ length: 12 }, (_, i) => `Skill ${i}`);
  const page = onePageOf({
    name: 'Ada',
    map: map(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((t) => destination(t, skills))),
    cycles: [cycle('now', 'active')],
    entries: [1, 2, 3, 4, 5, 6].map((n) => entry(n)),
    artifacts: [1, 2, 3, 4, 5].map((n) => artifact(`Artifact ${n}`)),
  });
  /** A stand-in for the measured height: one unit a line at the attempt's type size. */
  const lines = (shown: OnePageShown) =>
    shown.caps.fontSize *
    (shown.destinations.reduce((sum, d) => sum + d.facts.length + d.skills.items.length + 2, 0) +
      shown.log.items.length +
      shown.artifacts.items.length +
      (shown.plan?.weeks.length ?? 0));

  it('keeps everything when it fits, with the printed sheet’s caps', () => {
    const shown = fitOnePage(page, () => true);
    expect(shown.caps.fontSize).toBe(10);
    expect(shown.destinations).toHaveLength(7);
    // The screen's five latest entries; only a cut below that is said.
    expect(shown.log).toEqual({ items: expect.any(Array), more: null });
    expect(shown.log.items).toHaveLength(5);
    expect(shown.artifacts.more).toBe('and 2 more artifacts');
  });

  it('shrinks the type before it leaves anything out, and then leaves out the least important first', () => {
    const roomy = fitOnePage(page, (shown) => lines(shown) <= 1000);
    expect(roomy.caps.fontSize).toBeLessThan(10);
    expect(roomy.destinations.every((d) => d.skills.more === null)).toBe(true);
    const tight = fitOnePage(page, (shown) => lines(shown) <= 400);
    expect(tight.caps.fontSize).toBe(7);
    expect(tight.plan?.weeks).toEqual([]);
    expect(tight.destinations.length).toBeGreaterThan(0);
  });

  it('falls back to the sparsest attempt when nothing fits, saying what it left out', () => {
    const shown = fitOnePage(page, () => false);
    expect(shown.caps).toEqual(attempts.at(-1));
    expect(shown.destinations).toHaveLength(2);
    expect(shown.moreDestinations).toBe('and 5 more active destinations');
    expect(shown.destinations[0]?.skills.more).toBe('and 11 more skills');
  });
});
