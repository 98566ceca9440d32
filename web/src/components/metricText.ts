import type { Metric } from '../../../src/schemas/artifacts.js';

const number = (value: number) => new Intl.NumberFormat().format(value);

/** "MTTR: 45 → 12 minutes", "MTTR: 12 minutes", or just the name when no number was given. */
export function metricText(metric: Metric): string {
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const { before, after } = metric;
  if (before !== null && after !== null) return `${metric.name}: ${number(before)} → ${number(after)}${unit}`;
  if (after !== null) return `${metric.name}: ${number(after)}${unit}`;
  if (before !== null) return `${metric.name}: ${number(before)}${unit} before`;
  return metric.name;
}
