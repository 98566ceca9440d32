import { metricText, rateOutcome } from '../../components/metricText.js';
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
  if (artifact.metric && rateOutcome(artifact) === 'metric') return metricText(artifact.metric);
  return artifact.outcome ?? 'No outcome recorded yet.';
}
