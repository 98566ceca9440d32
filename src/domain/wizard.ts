/**
 * The tailored first Growth Map: the Growth Map guide's closing offer ("tailor a Growth Map using your current
 * role, tech stack, and goals … primary destinations and a rough 6-week cycle you prefer").
 *
 * Pure and deterministic: the same content, answers, self-check and `today` always give the same
 * draft (ties fall to content order; no randomness, no clock). Every part of the draft carries a
 * `why` in plain words naming its cause, so the user can judge each guess and edit it away. The destinations
 * come from wizardDestination.ts, their skills from wizardSkills.ts.
 */
import type { ArtifactKind } from '../schemas/artifacts.js';
import type { Category, Level, SystemStage } from '../schemas/common.js';
import type { Content } from '../schemas/content.js';
import type { CycleWeek, LearningMode } from '../schemas/cycles.js';
import { defaultStartDate, planWeeks } from './cycles.js';
import { answersBySkill, stageName } from './selfCheck.js';
import type { SelfCheckResult, SkillSignal, Suggestion } from './selfCheck.js';
import { planFirstCycle, suggestArtifacts } from './wizardCycle.js';
import { fromGoal, secondDestination } from './wizardDestination.js';
import { pickSkills } from './wizardSkills.js';
import { suggestFromContent } from './wizardSuggestions.js';

export interface WizardAnswers {
  role: string;
  techStack: string[];
  stage: SystemStage;
  /** 1 to 3, free text and/or destination templates. */
  goals: { text?: string; templateId?: string }[];
  lengthWeeks: 4 | 5 | 6;
  reviewWeeks: 1 | 2;
}
export interface DraftSkill {
  key: string;
  name: string;
  catalogueId: string | null;
  currentLevel: Level;
  targetLevel: Level;
  why: string;
}
export interface DraftDestination {
  key: string;
  title: string;
  category: Category;
  description: string | null;
  measure: string;
  targetDate: string;
  businessImpact: string;
  templateId: string | null;
  skills: DraftSkill[];
  why: string;
}
export interface DraftCycle {
  /** The mini-goal as a short title: it heads the cycle's page and links to it. */
  goal: string;
  /** How to turn it into a concrete mini-goal, shown under the title. */
  description: string;
  destinationKeys: string[];
  lengthWeeks: number;
  reviewWeeks: number;
  startDate: string;
  weeks: CycleWeek[];
  modes: LearningMode[];
  backupProject: string;
  why: string;
}
export interface Draft {
  destinations: DraftDestination[];
  cycle: DraftCycle;
  artifacts: { kind: ArtifactKind; title: string; why: string }[];
  practiceTasks: Suggestion[];
  readings: Suggestion[];
  starterProjects: Suggestion[];
}

/** What every part of the draft reads: the content, the answers and the self-check's signals by skill. */
export interface WizardContext {
  content: Content;
  answers: WizardAnswers;
  stageName: string;
  signals: Map<string, SkillSignal[]>;
  selfCheck: SelfCheckResult | null;
}

export function draftGrowthMap(
  content: Content,
  answers: WizardAnswers,
  selfCheck: SelfCheckResult | null,
  today: string,
): Draft {
  if (answers.goals.length < 1 || answers.goals.length > 3)
    throw new RangeError(`Give 1 to 3 goals, got ${answers.goals.length}`);
  const startDate = defaultStartDate(today);
  const weeks = planWeeks(startDate, answers.lengthWeeks, answers.reviewWeeks); // RangeError for 4 weeks with 2 review weeks
  // A self-check of another stage says nothing about this one's statements.
  const check = selfCheck?.stage === answers.stage ? selfCheck : null;
  const given = check?.answers ?? Object.fromEntries((check?.toWorkOn ?? []).map((i) => [i.itemId, i.answer]));
  const ctx: WizardContext = {
    content,
    answers,
    stageName: stageName(content, answers.stage),
    selfCheck: check,
    signals: answersBySkill(content, answers.stage, given),
  };
  const seeds = answers.goals.map((g, i) => fromGoal(ctx, g, i + 1, today));
  const extra = seeds.length === 1 ? secondDestination(ctx, seeds[0]!, today) : null;
  if (extra) seeds.push(extra);
  const used = new Set<string>(); // earlier destinations' skills, so two destinations don't share one unless a template says so
  const destinations: DraftDestination[] = seeds.map((s, i) => ({
    key: `d${i + 1}`,
    title: s.title,
    category: s.category,
    description: s.description,
    measure: s.measure,
    targetDate: s.targetDate,
    businessImpact: s.businessImpact,
    templateId: s.template?.id ?? null,
    skills: pickSkills(ctx, s, `d${i + 1}`, used),
    why: s.why,
  }));

  // Suggestions follow the drafted skills; each names the skill and the destination that asked for it.
  const drafted = destinations.flatMap((d) => d.skills.map((s) => ({ id: s.catalogueId ?? '', name: s.name, dest: d.title })));
  const { projects, ...suggestions } = suggestFromContent(content, answers.stage, ctx.stageName, drafted);
  const cycle = planFirstCycle({ first: destinations[0]!, drafted, projects, answers, startDate, weeks });
  return { destinations, cycle, artifacts: suggestArtifacts(destinations), ...suggestions };
}
