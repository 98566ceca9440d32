import type { SystemStage } from '../../../../src/schemas/common.js';

import { stageOrder } from '../../../../src/domain/labels.js';

export { areaLabels, areaOrder, skillName as skillNameIn, stageName as stageNameIn } from '../../../../src/domain/selfCheck.js';

export const isStage = (value: string | undefined): value is SystemStage => stageOrder.some((stage) => stage === value);

export type Answer = 'yes' | 'partly' | 'not-yet';
export const answerWords: Record<Answer, string> = { yes: 'Yes', partly: 'Partly', 'not-yet': 'Not yet' };
export const answerOrder: readonly Answer[] = ['yes', 'partly', 'not-yet'];

/** 0.5 → "50%" */
export const percent = (score: number): string => `${Math.round(score * 100)}%`;

/** "2 of 4 — 50%": points (yes 1, partly ½) out of the statements answered. */
export function scoreText(score: number, answered: number): string {
  const points = Math.round(score * answered * 10) / 10;
  return `${points} of ${answered} — ${percent(score)}`;
}

/** 90 → "1 hour 30 minutes", 480 → "8 hours". */
export function timeBox(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (n: number, one: string) => (n ? `${n} ${one}${n === 1 ? '' : 's'}` : '');
  return [part(hours, 'hour'), part(rest, 'minute')].filter(Boolean).join(' ');
}

/** "Observability, Debugging and Testing strategy" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
