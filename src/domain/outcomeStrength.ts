import type { Artifact } from '../schemas/artifacts.js';

type Evidence = Pick<Artifact, 'metric' | 'outcome' | 'date' | 'createdAt'>;

/**
 * How strongly an artifact shows an outcome (the growth-map guide, section 10: "frame growth as
 * outcomes"): a metric measured before and after (2) beats an outcome sentence or a metric without
 * both numbers (1), which beats nothing (0).
 */
export function outcomeStrength(artifact: Evidence): 0 | 1 | 2 {
  if (artifact.metric?.before != null && artifact.metric.after != null) return 2;
  return artifact.outcome || artifact.metric ? 1 : 0;
}

/** The day an artifact is from: its own date, else the day it was recorded. */
const dayOf = (artifact: Evidence) => artifact.date ?? artifact.createdAt.slice(0, 10);

/** Strongest outcome first; among equals the most recent, by the artifact's date then when it was recorded. */
export const byOutcomeStrength = (a: Evidence, b: Evidence): number =>
  outcomeStrength(b) - outcomeStrength(a) || dayOf(b).localeCompare(dayOf(a)) || b.createdAt.localeCompare(a.createdAt);
