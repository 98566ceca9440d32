import { phaseAsks } from '../../../src/domain/cycles.js';
import { cycleStatusLabels, modeLabels, phaseLabels } from '../../../src/domain/labels.js';
import type { CycleStatus, LearningMode, Phase } from '../../../src/schemas/cycles.js';

export { phaseAsks, phaseLabels, modeLabels };
/** The cycle statuses' words (src/domain/labels.ts, shared with the PDFs). */
export const statusLabels = cycleStatusLabels;

/** A shape per phase, so the timeline does not rely on colour; always next to the phase's name. */
export const phaseShapes: Record<Phase, string> = {
  define: '◆',
  'deep-dive': '▲',
  demonstrate: '★',
  reflect: '●',
};

export const modeOrder = Object.keys(modeLabels) as LearningMode[];

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** A cycle still under way: it can be edited, paused, logged and reviewed. */
export const isOpen = (status: CycleStatus) => status !== 'closed' && status !== 'cancelled';

/** "Week 3 has no entry yet" / "Weeks 1 and 3 have no entry yet" */
export function gapText(gaps: readonly number[]): string {
  if (gaps.length === 1) return `Week ${gaps[0]} has no entry yet`;
  return `Weeks ${gaps.slice(0, -1).join(', ')} and ${gaps.at(-1)} have no entry yet`;
}
