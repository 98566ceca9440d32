import type { Gap, GapEvidence } from '../../../../src/schemas/ladders.js';
import { levelName } from '../../components/format.js';

export const formatLabels = { ft: 'FT job family', monzo: 'Monzo framework', 'growth-map': 'Growth Map ladder' } as const;

export const evidencePath = (evidence: GapEvidence) =>
  ({
    artifact: `/artifacts/${evidence.id}`,
    feedback: `/feedback/${evidence.id}`,
    endorsement: '/endorsements',
    cycle: `/cycles/${evidence.id}`,
  })[evidence.kind];

export const evidenceKindLabels = {
  artifact: 'Artifact',
  feedback: 'Feedback session',
  endorsement: 'Endorsement',
  cycle: 'Learning cycle',
} as const;

/** "Testing strategy at Practitioner", or just the skill, or nothing. */
export function expectationOf(gap: Pick<Gap, 'skill' | 'expected'>): string | null {
  if (!gap.skill) return gap.expected ? `Expected at ${levelName(gap.expected)}` : null;
  return gap.expected ? `${gap.skill} at ${levelName(gap.expected)}` : gap.skill;
}

/** The new-cycle form, pre-filled with this expectation as its goal. */
export function cycleLinkOf(gap: Gap, ladder: string, next: string): string {
  const description = `Towards ${next} on the ${ladder} ladder (${gap.area})${gap.skill ? `, practising ${gap.skill}` : ''}.`;
  return `/cycles/new?${new URLSearchParams({ goal: gap.statement.slice(0, 1000), description })}`;
}

/** The gaps in the order the ladder lists them, grouped by area. */
export function byArea(gaps: readonly Gap[]): [string, Gap[]][] {
  const groups = new Map<string, Gap[]>();
  for (const gap of gaps) groups.set(gap.area, [...(groups.get(gap.area) ?? []), gap]);
  return [...groups];
}
