import { metricChange } from '../../../../src/domain/portfolio.js';
import type { Artifact } from '../../../../src/schemas/artifacts.js';
import type { OutcomeStrength, ShareStatus } from '../../../../src/schemas/portfolio.js';

export const strengthLabels: Record<OutcomeStrength, string> = {
  metric: 'Measured',
  outcome: 'Outcome',
  none: 'No outcome yet',
};

export const shareStatusLabels: Record<ShareStatus, string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** One line under a chosen artifact: its measured change, else its outcome sentence, else what is missing. */
export function outcomeText(artifact: Pick<Artifact, 'metric' | 'outcome'>): string {
  const change = metricChange(artifact.metric);
  if (artifact.metric && change) return `${artifact.metric.name}: ${change}`;
  return artifact.outcome ?? 'No outcome recorded yet.';
}
