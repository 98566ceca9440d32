import { describe, expect, it } from 'vitest';
import {
  type CarryCandidate,
  cadenceFallsOn,
  itemsToCarry,
  observationLabel,
  partnerKey,
  rotationNotices,
  rotationWeeks,
  weekStartOf,
} from './feedbackSessions.js';

const item = (id: string, partner: string, date: string, overrides: Partial<CarryCandidate> = {}): CarryCandidate => ({
  id,
  status: 'open',
  origin: { id: `session-${id}`, partner, date },
  carriedInto: [],
  ...overrides,
});

describe('carrying action items forward', () => {
  const next = { id: 'next', partner: '  grace HOPPER ', date: '2026-03-11' };

  it('carries open items from earlier sessions with the same partner, whatever the case or spaces', () => {
    const carried = itemsToCarry([item('a', 'Grace Hopper', '2026-03-04'), item('b', 'Ada', '2026-03-04')], next);
    expect(carried.map((i) => i.id)).toEqual(['a']);
  });

  it('keeps done and dropped items where they are', () => {
    const items = [
      item('done', 'Grace Hopper', '2026-03-04', { status: 'done' }),
      item('dropped', 'Grace Hopper', '2026-03-04', { status: 'dropped' }),
    ];
    expect(itemsToCarry(items, next)).toEqual([]);
  });

  it('never carries back in time, into the session an item came from, or twice into one session', () => {
    const items = [
      item('later', 'Grace Hopper', '2026-03-18'),
      { ...item('own', 'Grace Hopper', '2026-03-11'), origin: { id: 'next', partner: 'Grace Hopper', date: '2026-03-11' } },
      item('already', 'Grace Hopper', '2026-03-04', { carriedInto: ['next'] }),
      item('same-day', 'Grace Hopper', '2026-03-11'),
    ];
    expect(itemsToCarry(items, next).map((i) => i.id)).toEqual(['same-day']);
  });

  it('names partners by a case-insensitive key', () => {
    expect(partnerKey(' Ana ')).toBe(partnerKey('ANA'));
  });
});

describe('observations', () => {
  it('reads like the guide: the note and the level’s letter', () => {
    expect(observationLabel({ level: 'practitioner', note: 'Demonstrates deep understanding of tracing' })).toBe(
      'Demonstrates deep understanding of tracing (P)',
    );
  });
});

describe('pairing rotation', () => {
  const pairings = [
    { id: '1', partner: 'Grace', domain: 'Distributed tracing', date: '2026-01-07' },
    { id: '2', partner: 'Ada', domain: 'Public speaking', date: '2026-03-02' },
    { id: '3', partner: 'Linus', domain: null, date: '2026-03-04' },
  ];

  it('groups pairings by the Monday of their week, newest first', () => {
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
    expect(weekStartOf('2026-03-02')).toBe('2026-03-02');
    expect(rotationWeeks(pairings)).toEqual([
      {
        weekStart: '2026-03-02',
        sessions: [
          { id: '3', partner: 'Linus', domain: null },
          { id: '2', partner: 'Ada', domain: 'Public speaking' },
        ],
      },
      { weekStart: '2026-01-05', sessions: [{ id: '1', partner: 'Grace', domain: 'Distributed tracing' }] },
    ]);
  });

  it('notices a domain not paired in N weeks and one never paired, and stays quiet about recent ones', () => {
    const notices = rotationNotices(pairings, ['Tracing', 'Public speaking', 'Kubernetes', 'tracing'], '2026-03-04', 6);
    expect(notices).toEqual([
      { domain: 'Tracing', lastPaired: '2026-01-07', message: 'You have not paired on Tracing for 8 weeks.' },
      { domain: 'Kubernetes', lastPaired: null, message: 'You have not paired on Kubernetes yet.' },
    ]);
  });

  it('counts exactly N weeks as stale and one day less as recent', () => {
    const one = [{ id: '1', partner: 'Grace', domain: 'Tracing', date: '2026-01-21' }];
    expect(rotationNotices(one, ['Tracing'], '2026-03-04', 6)).toHaveLength(1);
    expect(rotationNotices(one, ['Tracing'], '2026-03-03', 6)).toEqual([]);
  });
});

describe('the 1:1 slot of the cadence', () => {
  // Every two weeks on Tuesday from Monday 2026-03-02: Tuesdays 03-03, 03-17, 03-31…
  const cadence = { weekday: 'TU', intervalWeeks: 2, startDate: '2026-03-02' };

  it('falls on the cadence’s weekday every interval from the first occurrence', () => {
    expect(cadenceFallsOn(cadence, '2026-03-03')).toBe(true);
    expect(cadenceFallsOn(cadence, '2026-03-17')).toBe(true);
    expect(cadenceFallsOn(cadence, '2026-03-10')).toBe(false);
    expect(cadenceFallsOn(cadence, '2026-03-04')).toBe(false);
  });

  it('never before the start, and never without a cadence', () => {
    expect(cadenceFallsOn(cadence, '2026-02-17')).toBe(false);
    expect(cadenceFallsOn(null, '2026-03-03')).toBe(false);
  });
});
