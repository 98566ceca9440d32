import { describe, expect, it } from 'vitest';
import type { Level } from '../schemas/common.js';
import { type HeatmapInput, type MemberSkill, buildHeatmap, csvCell, heatmapCsv } from './heatmap.js';

const ada = { userId: 'u-ada', name: 'Ada', consent: 'levels' as const };
const bob = { userId: 'u-bob', name: 'Bob', consent: 'goals' as const };
const cyd = { userId: 'u-cyd', name: 'Cyd', consent: 'everything' as const };

const skill = (userId: string, name: string, current: Level, target: Level = current): MemberSkill => ({
  userId,
  name,
  current,
  target,
  category: 'technical-specialization',
});

const input = (overrides: Partial<HeatmapInput> = {}): HeatmapInput => ({
  members: [ada, bob, cyd],
  skills: [],
  pairings: [],
  category: null,
  today: '2026-03-02',
  staleWeeks: 6,
  ...overrides,
});

describe('buildHeatmap', () => {
  it('matches skills by name case-insensitively, shows the most common spelling and keeps each member’s highest level', () => {
    const heatmap = buildHeatmap(
      input({
        skills: [
          skill('u-ada', 'Tracing', 'novice', 'expert'),
          skill('u-ada', 'tracing ', 'practitioner'),
          skill('u-bob', 'tracing', 'expert'),
          skill('u-cyd', 'Tracing', 'novice'),
        ],
      }),
    );
    expect(heatmap.members).toEqual([
      { userId: 'u-ada', name: 'Ada' },
      { userId: 'u-bob', name: 'Bob' },
      { userId: 'u-cyd', name: 'Cyd' },
    ]);
    expect(heatmap.skills).toEqual([
      {
        name: 'Tracing',
        levels: { 'u-ada': 'practitioner', 'u-bob': 'expert', 'u-cyd': 'novice' },
        targets: { 'u-ada': 'expert' },
        belowTarget: 1,
      },
    ]);
  });

  it('leaves out anyone without an active membership', () => {
    const heatmap = buildHeatmap(
      input({ members: [ada], skills: [skill('u-ada', 'SQL', 'novice'), skill('u-bob', 'SQL', 'expert')] }),
    );
    expect(heatmap.skills[0]?.levels).toEqual({ 'u-ada': 'novice' });
  });

  it('names thin spots in plain words: no one at Practitioner or Expert, and the bus factor of one Expert', () => {
    const heatmap = buildHeatmap(
      input({
        skills: [
          skill('u-ada', 'Kubernetes', 'novice'),
          skill('u-bob', 'Kubernetes', 'novice'),
          skill('u-ada', 'Go', 'expert'),
          skill('u-bob', 'Go', 'novice'),
          skill('u-ada', 'SQL', 'expert'),
          skill('u-bob', 'SQL', 'expert'),
          skill('u-cyd', 'Rust', 'practitioner'),
        ],
      }),
    );
    expect(heatmap.thinSpots).toEqual([
      {
        skill: 'Go',
        kind: 'bus-factor',
        reason: 'Only Ada is at Expert in Go: when they are away, no one else can design it or teach it.',
      },
      {
        skill: 'Kubernetes',
        kind: 'no-practitioner',
        reason:
          'No one is at Practitioner or Expert in Kubernetes: 2 people are at Novice, so nobody can do it without guidance.',
      },
    ]);
  });

  it('suggests an Expert with a Novice on the same skill, preferring people who have not paired recently', () => {
    const skills = [
      skill('u-ada', 'Go', 'expert'),
      skill('u-bob', 'Go', 'expert'),
      skill('u-cyd', 'Go', 'novice', 'practitioner'),
    ];
    const fresh = buildHeatmap(input({ skills }));
    expect(fresh.pairings).toEqual([
      {
        skill: 'Go',
        expert: 'u-ada',
        novice: 'u-cyd',
        lastPaired: null,
        reason: 'Ada is at Expert and Cyd at Novice in Go, who aims for Practitioner; they have not paired in the last 6 weeks.',
      },
    ]);
    // Cyd paired with Ada last week (as Cyd typed it): Bob comes first now.
    const recent = buildHeatmap(input({ skills, pairings: [{ userId: 'u-cyd', partner: ' ADA', date: '2026-02-23' }] }));
    expect(recent.pairings.map((p) => p.expert)).toEqual(['u-bob']);
    // Older than the staleness window: it no longer counts.
    const old = buildHeatmap(input({ skills, pairings: [{ userId: 'u-ada', partner: 'Cyd', date: '2025-12-01' }] }));
    expect(old.pairings.map((p) => p.expert)).toEqual(['u-ada']);
  });

  it('still suggests a pair who paired recently when no other Expert is there, and says so', () => {
    const heatmap = buildHeatmap(
      input({
        skills: [skill('u-ada', 'Go', 'expert'), skill('u-cyd', 'Go', 'novice')],
        pairings: [{ userId: 'u-ada', partner: 'Cyd', date: '2026-02-20' }],
      }),
    );
    expect(heatmap.pairings[0]).toMatchObject({ expert: 'u-ada', novice: 'u-cyd', lastPaired: '2026-02-20' });
    expect(heatmap.pairings[0]?.reason).toContain('they last paired on 2026-02-20');
  });

  it('spreads the teaching across Experts and skills', () => {
    const heatmap = buildHeatmap(
      input({
        skills: [
          skill('u-ada', 'Go', 'expert'),
          skill('u-bob', 'Go', 'expert'),
          skill('u-cyd', 'Go', 'novice'),
          skill('u-ada', 'SQL', 'expert'),
          skill('u-bob', 'SQL', 'expert'),
          skill('u-cyd', 'SQL', 'novice'),
        ],
      }),
    );
    expect(heatmap.pairings.map((p) => [p.skill, p.expert])).toEqual([
      ['Go', 'u-ada'],
      ['SQL', 'u-bob'],
    ]);
  });

  it('filters by destination category, counting only members who shared their goals', () => {
    const heatmap = buildHeatmap(
      input({
        category: 'leadership-impact',
        skills: [
          { ...skill('u-ada', 'Mentoring', 'expert'), category: 'leadership-impact' },
          { ...skill('u-bob', 'Mentoring', 'novice'), category: 'leadership-impact' },
          skill('u-bob', 'Go', 'expert'),
        ],
      }),
    );
    expect(heatmap.category).toBe('leadership-impact');
    expect(heatmap.skills).toEqual([expect.objectContaining({ name: 'Mentoring', levels: { 'u-bob': 'novice' } })]);
  });
});

describe('heatmapCsv', () => {
  it('quotes as RFC 4180 says and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('writes a row per skill and a column per member, lines ending in CRLF', () => {
    const heatmap = buildHeatmap(
      input({
        members: [ada, { userId: 'u-eve', name: '=Eve', consent: 'levels' }],
        skills: [skill('u-ada', 'Go, the language', 'expert'), skill('u-eve', 'Go, the language', 'novice', 'expert')],
      }),
    );
    expect(heatmapCsv(heatmap)).toBe(
      "Skill,'=Eve,Ada,Below target,Thin spot\r\n" +
        '"Go, the language",Novice,Expert,1,"Only Ada is at Expert in Go, the language: when they are away, no one else can design it or teach it."\r\n',
    );
  });
});
