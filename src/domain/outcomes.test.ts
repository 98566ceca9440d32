import { describe, expect, it } from 'vitest';
import type { Artifact } from '../schemas/artifacts.js';
import { byOutcomeStrength, metricText, rateOutcome } from './outcomes.js';

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
    expect(rateOutcome(artifact('a', { metric: metric(45, 12) }))).toBe('metric');
    expect(rateOutcome(artifact('a', { metric: metric(3, 0) }))).toBe('metric');
    // One number is not a measured change: the sentence, if any, is what counts.
    expect(rateOutcome(artifact('b', { metric: metric(null, 12) }))).toBe('none');
    expect(rateOutcome(artifact('b', { metric: metric(45, null), outcome: 'Faster' }))).toBe('outcome');
    expect(rateOutcome(artifact('c', { outcome: 'Every request is traced.' }))).toBe('outcome');
    expect(rateOutcome(artifact('d', {}))).toBe('none');
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

  it('writes a metric with what it has', () => {
    expect(metricText(metric(45, 12) as NonNullable<Artifact['metric']>)).toBe('MTTR: 45 → 12 minutes');
  });
});
