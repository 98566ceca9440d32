/**
 * The stage self-check. "Engineer Growth" ends "Use the page as a self-check" and lists "Self-assessment
 * checklists" among its mentoring materials; the statements come from content/self-check.yaml,
 * one per line of the stage's four lists, each tied to the catalogue skills it exercises.
 *
 * Pure: scores answers, says what to work on and suggests skills, practice tasks and readings,
 * each with a `because` that quotes the answer behind it, so a suggestion is never a mystery.
 */
import type { SystemStage } from '../schemas/common.js';
import type { Content, SelfCheckItem, StageArea } from '../schemas/content.js';

export type Answer = 'yes' | 'partly' | 'not-yet';

export interface AreaResult {
  area: StageArea;
  label: string;
  /** 0..1 over the answered items: yes = 1, partly = 0.5, not-yet = 0; 0 when none is answered. */
  score: number;
  answered: number;
  total: number;
}
export interface Suggestion {
  id: string;
  because: string;
}
export interface WorkOnItem {
  itemId: string;
  statement: string;
  area: StageArea;
  answer: Answer;
}
export interface SelfCheckResult {
  stage: SystemStage;
  /** In the stage page's order; areas with no items are left out. */
  areas: AreaResult[];
  overall: number;
  /** not-yet first, then partly, each in content order. */
  toWorkOn: WorkOnItem[];
  suggestions: { skills: Suggestion[]; practiceTasks: Suggestion[]; readings: Suggestion[] };
  /**
   * The answers that counted (this stage's items, valid values only); scoreSelfCheck always sets it.
   * Optional because stored results (schemas/framework.ts) predate it: the wizard reads "yes" answers
   * from here and, without it, knows only the weak answers in toWorkOn.
   */
  answers?: Readonly<Record<string, Answer>>;
}

export const areaOrder: readonly StageArea[] = ['system-needs', 'engineer-needs', 'common-tasks', 'common-mistakes'];
export const areaLabels: Record<StageArea, string> = {
  'system-needs': 'What the system needs',
  'engineer-needs': 'What engineers need',
  'common-tasks': 'Common tasks',
  'common-mistakes': 'Common mistakes avoided',
};
export const answerValue: Record<Answer, number> = { yes: 1, partly: 0.5, 'not-yet': 0 };
export const answerLabels: Record<Answer, string> = { yes: 'yes', partly: 'partly', 'not-yet': 'not yet' };

const MAX_SKILLS = 6;
const MAX_TASKS = 4;
const MAX_READINGS = 5;

/** Answers arrive from forms and files: anything but the three values (or an inherited key) is unanswered. */
function answerOf(answers: Readonly<Record<string, unknown>>, itemId: string): Answer | null {
  const value = Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
  return value === 'yes' || value === 'partly' || value === 'not-yet' ? value : null;
}

/** Quotes a statement inside a sentence: long ones cut at a word, and its own full stop left to the sentence. */
export function quote(text: string): string {
  const t = text.trim().replace(/\.$/, '');
  if (t.length <= 60) return `“${t}”`;
  const space = t.lastIndexOf(' ', 58);
  return `“${(space > 40 ? t.slice(0, space) : t.slice(0, 57)).replace(/[\s,;:]+$/, '')}…”`;
}
export const stageName = (content: Content, stage: SystemStage): string =>
  content.stages.find((s) => s.id === stage)?.name ?? stage;
export const skillName = (content: Content, id: string): string => content.skills.find((s) => s.id === id)?.name ?? id;

/** "You answered “not yet” to “…”", the cause every suggestion names. */
export const answeredPhrase = (answer: Answer, statement: string): string =>
  `you answered “${answerLabels[answer]}” to ${quote(statement)}`;

const mean = (values: readonly number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export interface SkillSignal {
  item: SelfCheckItem;
  answer: Answer;
}

/** Every answered item of the stage, by the skills it ties to (content order within a skill). */
export function answersBySkill(
  content: Content,
  stage: SystemStage,
  answers: Readonly<Record<string, unknown>>,
): Map<string, SkillSignal[]> {
  const bySkill = new Map<string, SkillSignal[]>();
  for (const item of content.selfCheck) {
    const answer = item.stage === stage ? answerOf(answers, item.id) : null;
    if (!answer) continue;
    for (const skill of item.skills) bySkill.set(skill, [...(bySkill.get(skill) ?? []), { item, answer }]);
  }
  return bySkill;
}

/**
 * Skills behind the weak answers, weakest first: a skill with a "not yet" before one with only
 * "partly", then the one more weak answers point at, then the order the answers appear in.
 */
interface WeakSkill {
  id: string;
  /** The weakest answer tying it, quoted in `because`. */
  worst: WorkOnItem;
  /** Sum over its weak answers: not-yet 1, partly 0.5. */
  weakness: number;
  /** Weak answers beyond `worst`. */
  more: number;
  order: number;
}
function weakSkills(content: Content, toWorkOn: readonly WorkOnItem[]): WeakSkill[] {
  const known = new Set(content.skills.map((s) => s.id));
  const byId = new Map<string, WeakSkill>();
  toWorkOn.forEach((entry) => {
    const item = content.selfCheck.find((i) => i.id === entry.itemId);
    for (const id of item?.skills ?? []) {
      if (!known.has(id)) continue; // a dangling id would suggest something the user cannot open
      const seen = byId.get(id);
      if (seen) {
        seen.weakness += 1 - answerValue[entry.answer];
        seen.more += 1;
      } else {
        byId.set(id, { id, worst: entry, weakness: 1 - answerValue[entry.answer], more: 0, order: byId.size });
      }
    }
  });
  return [...byId.values()].sort(
    (a, b) => answerValue[a.worst.answer] - answerValue[b.worst.answer] || b.weakness - a.weakness || a.order - b.order,
  );
}

export function scoreSelfCheck(content: Content, stage: SystemStage, answers: Readonly<Record<string, Answer>>): SelfCheckResult {
  const items = content.selfCheck.filter((i) => i.stage === stage);
  // A Map, not an object: an item id like "constructor" must not find Object.prototype's.
  const kept = new Map(
    items.flatMap((i) => {
      const a = answerOf(answers, i.id);
      return a ? [[i.id, a] as const] : [];
    }),
  );
  const values = (list: readonly SelfCheckItem[]) =>
    list.flatMap((i) => {
      const a = kept.get(i.id);
      return a ? [answerValue[a]] : [];
    });
  const areas = areaOrder.flatMap((area): AreaResult[] => {
    const inArea = items.filter((i) => i.area === area);
    const scored = values(inArea);
    return inArea.length
      ? [{ area, label: areaLabels[area], score: mean(scored), answered: scored.length, total: inArea.length }]
      : [];
  });
  const overall = mean(values(items));
  const toWorkOn = (['not-yet', 'partly'] as const).flatMap((answer) =>
    items.filter((i) => kept.get(i.id) === answer).map((i) => ({ itemId: i.id, statement: i.statement, area: i.area, answer })),
  );

  const weak = weakSkills(content, toWorkOn).slice(0, MAX_SKILLS);
  const skills = weak.map(({ id, worst, more }) => ({
    id,
    because: `You answered “${answerLabels[worst.answer]}” to ${quote(worst.statement)}${more ? ` and ${more} more statement${more > 1 ? 's' : ''} tied to it` : ''}.`,
  }));
  // The first weak skill an item touches names the cause, so the reason matches the skill list's order.
  const firstWeak = (ids: readonly string[]) => weak.find((w) => ids.includes(w.id));
  const name = stageName(content, stage);

  const practiceTasks = content.practiceTasks
    .filter((t) => t.stage === stage && firstWeak(t.skills))
    .map((t) => ({ t, rank: weak.indexOf(firstWeak(t.skills)!) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_TASKS)
    .map(({ t }) => {
      const w = firstWeak(t.skills)!;
      return {
        id: t.id,
        because: `A ${name} task that practises ${skillName(content, w.id)}: ${answeredPhrase(w.worst.answer, w.worst.statement)}.`,
      };
    });

  const ofStage = content.readings.filter((r) => r.stages.includes(stage));
  const matching = ofStage
    .filter((r) => firstWeak(r.skills))
    .map((r) => ({ r, rank: weak.indexOf(firstWeak(r.skills)!) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ r }) => {
      const w = firstWeak(r.skills)!;
      return {
        id: r.id,
        because: `On the ${name} reading path and covers ${skillName(content, w.id)}: ${answeredPhrase(w.worst.answer, w.worst.statement)}.`,
      };
    });
  const readings = (
    matching.length
      ? matching
      : ofStage.map((r) => ({
          id: r.id,
          because: weak.length
            ? `On the ${name} reading path; none of its readings targets the skills behind your weaker answers, so start here.`
            : `On the ${name} reading path, recommended for every engineer at this stage.`,
        }))
  ).slice(0, MAX_READINGS);

  return { stage, areas, overall, toWorkOn, suggestions: { skills, practiceTasks, readings }, answers: Object.fromEntries(kept) };
}

export interface SelfCheckComparison {
  /** Every item of the stage answered in either check, in content order. */
  moved: { itemId: string; statement: string; from: Answer | null; to: Answer | null; direction: 'better' | 'worse' | 'same' }[];
  areas: { area: StageArea; label: string; before: number; after: number }[];
}

/**
 * Two self-checks of one stage side by side (a quarterly review's "what changed"). For the
 * direction an unanswered item counts as "not yet": nothing shown yet is the same as not yet.
 */
export function compareSelfChecks(
  content: Content,
  stage: SystemStage,
  before: Record<string, Answer>,
  after: Record<string, Answer>,
): SelfCheckComparison {
  const moved = content.selfCheck
    .filter((i) => i.stage === stage)
    .flatMap((item) => {
      const [from, to] = [answerOf(before, item.id), answerOf(after, item.id)];
      if (from === null && to === null) return [];
      const delta = answerValue[to ?? 'not-yet'] - answerValue[from ?? 'not-yet'];
      const direction = delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
      return [{ itemId: item.id, statement: item.statement, from, to, direction } as const];
    });
  const [was, now] = [scoreSelfCheck(content, stage, before), scoreSelfCheck(content, stage, after)];
  const areas = was.areas.map((a, index) => ({
    area: a.area,
    label: a.label,
    before: a.score,
    after: now.areas[index]?.score ?? 0,
  }));
  return { moved, areas };
}
