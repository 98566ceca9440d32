import type { Artifact, Metric } from '../schemas/artifacts.js';
import type { OutcomeStrength } from '../schemas/portfolio.js';

/**
 * How an artifact shows an outcome (the growth-map guide, section 10: "frame growth as outcomes"),
 * one rule for the portfolio's suggestions, the one-page map and the talking points.
 */
type Evidence = Pick<Artifact, 'metric' | 'outcome' | 'date' | 'createdAt'>;

const hasBeforeAndAfter = (metric: Metric | null): metric is Metric & { before: number; after: number } =>
  metric !== null && metric.before !== null && metric.after !== null;

/** A metric measured before and after beats an outcome sentence, which beats nothing (issue 9, section 3). */
export function rateOutcome(artifact: Pick<Artifact, 'metric' | 'outcome'>): OutcomeStrength {
  if (hasBeforeAndAfter(artifact.metric)) return 'metric';
  return artifact.outcome ? 'outcome' : 'none';
}

const RANK: Record<OutcomeStrength, number> = { metric: 0, outcome: 1, none: 2 };

/** The day an artifact is from: its own date, else the day it was recorded. */
const dayOf = (artifact: Evidence) => artifact.date ?? artifact.createdAt.slice(0, 10);

/** Strongest outcome first; among equals the most recent, by the artifact's date then when it was recorded. */
export const byOutcomeStrength = (a: Evidence, b: Evidence): number =>
  RANK[rateOutcome(a)] - RANK[rateOutcome(b)] || dayOf(b).localeCompare(dayOf(a)) || b.createdAt.localeCompare(a.createdAt);

const numberFormat = new Intl.NumberFormat('en');
const number = (value: number) => numberFormat.format(value);

/** What a metric measured, without its name: "45 → 12 minutes", "12 minutes", "45 minutes before", or "". */
export function metricChange(metric: Metric): string {
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const { before, after } = metric;
  if (before !== null && after !== null) return `${number(before)} → ${number(after)}${unit}`;
  if (after !== null) return `${number(after)}${unit}`;
  if (before !== null) return `${number(before)}${unit} before`;
  return '';
}

/** "MTTR: 45 → 12 minutes", "MTTR: 12 minutes", "MTTR: 45 minutes before", or just the name. */
export function metricText(metric: Metric): string {
  const change = metricChange(metric);
  return change ? `${metric.name}: ${change}` : metric.name;
}
