import { describe, expect, it } from 'vitest';
import type { Artifact } from '../schemas/artifacts.js';
import { byOutcomeStrength, outcomeStrength } from './outcomeStrength.js';

const metric = (before: number | null, after: number | null): Artifact['metric'] => ({
  name: 'MTTR',
  before,
  after,
  unit: 'minutes',
  measuredOn: null,
  sourceUrl: null,
});
const artifact = (title: string, fields: Partial<Artifact>) => ({
  title,
  metric: null,
  outcome: null,
  date: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  ...fields,
});

describe('outcome strength', () => {
  it('ranks a before/after metric over an outcome sentence over nothing', () => {
    expect(outcomeStrength(artifact('a', { metric: metric(45, 12) }))).toBe(2);
    expect(outcomeStrength(artifact('b', { metric: metric(null, 12) }))).toBe(1);
    expect(outcomeStrength(artifact('c', { outcome: 'Every request is traced.' }))).toBe(1);
    expect(outcomeStrength(artifact('d', {}))).toBe(0);
  });

  it('orders strongest first, then the most recent by date, then by when it was recorded', () => {
    const list = [
      artifact('nothing, newest', { date: '2026-05-01' }),
      artifact('outcome, old', { outcome: 'x', date: '2026-01-01' }),
      artifact('outcome, new', { outcome: 'x', date: '2026-04-01' }),
      artifact('outcome, undated, recorded later', { outcome: 'x', createdAt: '2026-04-01T09:00:00.000Z' }),
      artifact('metric', { metric: metric(45, 12), date: '2025-01-01' }),
    ];
    expect([...list].sort(byOutcomeStrength).map((a) => a.title)).toEqual([
      'metric',
      'outcome, undated, recorded later',
      'outcome, new',
      'outcome, old',
      'nothing, newest',
    ]);
  });
});
