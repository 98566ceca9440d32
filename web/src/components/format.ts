import { levelDefinitions, levels } from '../../../src/domain/levels.js';
import type { Category, DestinationStatus, Level, SystemStage } from '../../../src/schemas/common.js';
import { useSession } from '../session.js';

export { levelDefinitions, levels };

/** The source's four kinds of destination (seed 002, section 1), with its examples. */
export const categories: Record<Category, { label: string; examples: string }> = {
  'technical-specialization': {
    label: 'Technical specialization',
    examples: 'e.g. durable systems design, distributed databases, or ML infrastructure',
  },
  'leadership-impact': {
    label: 'Leadership impact',
    examples: 'e.g. mentoring, influencing product direction, or leading cross-functional initiatives',
  },
  'craft-and-process': {
    label: 'Craft and process',
    examples: 'e.g. faster debugging, robust testing strategies, or scalable deployment practices',
  },
  'personal-reputation': {
    label: 'Personal reputation',
    examples: 'e.g. talks, blogs, open source contributions, or internal knowledge sharing',
  },
};
export const categoryOptions = (Object.keys(categories) as Category[]).map((value) => ({
  value,
  label: categories[value].label,
}));

/** The System Evolution Framework's stages (seed 000). */
export const stages: Record<SystemStage, string> = {
  'mvp-foundation': 'MVP Foundation',
  'problem-solution-fit': 'Problem / Solution Fit',
  'go-to-market': 'Go-To-Market',
  scale: 'Scale',
};
export const stageOptions = [
  { value: '', label: 'Not set' },
  ...(Object.keys(stages) as SystemStage[]).map((value) => ({ value, label: stages[value] })),
];

export const statusLabels: Record<DestinationStatus, string> = {
  active: 'Active',
  completed: 'Completed',
  retired: 'Retired',
};

/** "Practitioner (P) — can execute independently": the definition sits right in the choice. */
export const levelOptions = levels.map((value) => {
  const d = levelDefinitions[value];
  return { value, label: `${d.label} (${d.letter}) — ${d.meaning}` };
});
export const levelName = (level: Level): string => levelDefinitions[level].label;
export const levelRankOf = (level: Level): number => levels.indexOf(level);

/** The user's calendar date, 'YYYY-MM-DD', in their own time zone. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  const format = (zone: string | undefined) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
  try {
    return format(timeZone);
  } catch {
    return format(undefined);
  }
}

export function useToday(): string {
  const { user } = useSession();
  return todayIn(user?.timeZone);
}

/** A calendar date for people: "30 Jun 2027" in the browser's language. */
export function formatDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}
