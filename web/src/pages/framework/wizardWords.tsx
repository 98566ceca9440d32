import { Fragment } from 'react';
import type { SystemStage } from '../../../../src/schemas/common.js';
import type { LearningMode, Phase } from '../../../../src/schemas/cycles.js';

export { phaseAsks } from '../../../../src/domain/cycles.js';

/** The preferred cycle, in the words of the Growth Map guide ("e.g., 4 weeks with a 2-week review"). */
export const cycleChoices = [
  { value: '6-1', label: '6 weeks: 1 review week', lengthWeeks: 6, reviewWeeks: 1 },
  { value: '6-2', label: '6 weeks: 4 weeks of work and a 2-week review', lengthWeeks: 6, reviewWeeks: 2 },
  { value: '5-1', label: '5 weeks: 1 review week', lengthWeeks: 5, reviewWeeks: 1 },
  { value: '5-2', label: '5 weeks with 2 review weeks', lengthWeeks: 5, reviewWeeks: 2 },
  { value: '4-1', label: '4 weeks: 1 review week', lengthWeeks: 4, reviewWeeks: 1 },
] as const;
export type CycleChoice = (typeof cycleChoices)[number]['value'];

export interface WizardAnswers {
  role: string;
  techStack: string;
  stage: SystemStage;
  goals: { text: string; templateId: string }[];
  cycle: CycleChoice;
}

export const emptyGoals = () => [0, 1, 2].map(() => ({ text: '', templateId: '' }));

export const phaseLabels: Record<Phase, string> = {
  define: 'Define',
  'deep-dive': 'Deep dive',
  demonstrate: 'Demonstrate',
  reflect: 'Reflect',
};
export const phaseShapes: Record<Phase, string> = { define: '◆', 'deep-dive': '▲', demonstrate: '★', reflect: '●' };
export const modeLabels: Record<LearningMode, string> = {
  reading: 'Reading',
  'hands-on': 'Hands-on project',
  pairing: 'Pairing',
  teaching: 'Teaching',
};

const TOKEN = /(\[[^\]]+\])/;

/** Every distinct [placeholder] in the texts, in order. */
export function placeholdersIn(...texts: readonly (string | null | undefined)[]): string[] {
  const found = texts.flatMap((t) => (t ?? '').split(TOKEN).filter((part) => TOKEN.test(part)));
  return [...new Set(found)];
}

/** The text with each [placeholder] marked, so it stands out as something to fill in. */
export function Placeholdered({ text }: { text: string | null | undefined }) {
  const parts = (text ?? '').split(TOKEN);
  return (
    <>
      {parts.map((part, index) =>
        TOKEN.test(part) ? (
          <mark key={index} className="placeholder">
            {part}
          </mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** "Fill these in: [service], [N]" — in words, for everyone who does not see the highlight. */
export function FillIn({
  tokens,
  where = 'Edit them here before accepting, or later on your map.',
}: {
  tokens: string[];
  where?: string;
}) {
  if (tokens.length === 0) return null;
  return (
    <p className="notice fill-in">
      <strong>Fill these in:</strong> {tokens.join(', ')}. {where}
    </p>
  );
}
