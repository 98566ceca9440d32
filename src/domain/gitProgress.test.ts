import { describe, expect, it } from 'vitest';
import { type GitCommit, cycleWeekFor, isoWeek, ownCommits, proposeWeeklyEntries, sinceDate } from './gitProgress.js';

const commit = (hash: string, authorDate: string, subject: string, more: Partial<GitCommit> = {}): GitCommit => ({
  hash: hash.padEnd(40, '0'),
  authorEmail: 'ada@example.test',
  authorDate,
  subject,
  coAuthorEmails: [],
  ...more,
});

const history: GitCommit[] = [
  commit('c3', '2026-03-04T10:00:00+01:00', 'Add the retry budget'),
  commit('c1', '2026-03-02T09:00:00+01:00', 'Sketch the circuit breaker'),
  commit('c2', '2026-03-03T18:30:00+01:00', 'Sketch the circuit breaker'),
  commit('b1', '2026-03-05T11:00:00+01:00', 'Someone else’s work', { authorEmail: 'bob@example.test' }),
  commit('p1', '2026-03-10T15:00:00+01:00', 'Pair on the load test', {
    authorEmail: 'bob@example.test',
    coAuthorEmails: ['ADA@example.test'],
  }),
  // Sunday late evening in the author's zone is still that ISO week, though it is Monday in UTC.
  commit('s1', '2026-03-15T23:30:00-05:00', 'Write the runbook'),
];

describe('ownCommits', () => {
  it('keeps commits the user wrote or co-wrote, any case', () => {
    const hashes = ownCommits(history, ['Ada@Example.test']).map((c) => c.hash.slice(0, 2));
    expect(hashes).toEqual(['c3', 'c1', 'c2', 'p1', 's1']);
  });
});

describe('proposeWeeklyEntries', () => {
  it('proposes one entry per ISO week, oldest first, summarising the subjects once each', () => {
    const proposals = proposeWeeklyEntries(history, ['ada@example.test']);
    expect(proposals.map((p) => [p.week, p.from, p.to, p.commits])).toEqual([
      ['2026-W10', '2026-03-02', '2026-03-08', 3],
      ['2026-W11', '2026-03-09', '2026-03-15', 2],
    ]);
    expect(proposals[0]!.text).toBe('3 commits: Sketch the circuit breaker; Add the retry budget (c100000^..c300000)');
    expect(proposals[0]!.range).toBe('c100000^..c300000');
    expect(proposals[1]!.text).toBe('2 commits: Pair on the load test; Write the runbook (p100000^..s100000)');
    expect(proposals[1]!.lastCommitDate).toBe('2026-03-15');
  });

  it('names one commit by its hash and cuts long weeks short', () => {
    const many = Array.from({ length: 12 }, (_, i) => commit(`m${i}`, `2026-03-0${2 + (i % 5)}T09:00:00Z`, `Change ${i}`));
    const [single] = proposeWeeklyEntries([history[0]!], ['ada@example.test']);
    expect(single!.text).toBe('1 commit: Add the retry budget (c300000)');
    const [week] = proposeWeeklyEntries(many, ['ada@example.test']);
    expect(week!.text).toMatch(/^12 commits: Change \d+(; Change \d+){7}; and 4 more \(m\d00000\^\.\.m\d+/);
  });

  it('proposes nothing for someone without commits', () => {
    expect(proposeWeeklyEntries(history, ['carol@example.test'])).toEqual([]);
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-01-01', '2026-W01', '2025-12-29'],
    ['2027-01-01', '2026-W53', '2026-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['2026-03-08', '2026-W10', '2026-03-02'],
  ])('%s is in %s starting %s', (date, label, monday) => {
    expect(isoWeek(date)).toMatchObject({ label, monday });
  });
});

describe('cycleWeekFor', () => {
  const weeks = [
    { number: 1, startDate: '2026-03-04', endDate: '2026-03-10', phase: 'define' as const },
    { number: 2, startDate: '2026-03-11', endDate: '2026-03-17', phase: 'deep-dive' as const },
  ];
  it('picks the cycle week holding the last commit, or none', () => {
    const [first, second] = proposeWeeklyEntries(history, ['ada@example.test']);
    expect(cycleWeekFor(first!, weeks)).toBe(1);
    expect(cycleWeekFor(second!, weeks)).toBe(2);
    expect(cycleWeekFor({ ...first!, lastCommitDate: '2026-03-01' }, weeks)).toBeNull();
  });
});

describe('sinceDate', () => {
  it.each([
    ['1w', '2026-03-08'],
    ['10d', '2026-03-05'],
    ['2m', '2026-01-15'],
    ['1y', '2025-03-15'],
    ['2026-01-01', '2026-01-01'],
    ['yesterday', null],
  ])('%s from 2026-03-15 is %s', (spec, expected) => {
    expect(sinceDate(spec, '2026-03-15')).toBe(expected);
  });
});
