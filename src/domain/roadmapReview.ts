/**
 * The growth roadmap review, the second of the mentoring formats the framework's page names ("1:1
 * mentoring, roadmap reviews, or focused workshops"): a guided walk over the map, each step with the
 * facts the data already gives and a question to settle together. Its outcomes and action items are
 * kept as a `roadmap-review` feedback session.
 */
import type { Level, SystemStage } from '../schemas/common.js';
import type { CycleStatus } from '../schemas/cycles.js';
import { stageLabels } from './labels.js';
import { levelRank } from './levels.js';
import type { SmartCheck, SmartLetter } from './smart.js';

export interface ReviewPoint {
  text: string;
  /** Something to talk about: a failed letter, a gap, a destination without a cycle. */
  attention: boolean;
}

export interface ReviewStep {
  /** `stage-fit`, `destination:<id>` or `cycle-plan`: what an outcome is recorded against. */
  id: string;
  title: string;
  prompt: string;
  points: ReviewPoint[];
}

export interface RoadmapInputs {
  systemStage: SystemStage | null;
  destinations: ReadonlyArray<{
    id: string;
    title: string;
    status: string;
    businessImpact: string | null;
    smart: SmartCheck;
    skills: ReadonlyArray<{ name: string; currentLevel: Level; targetLevel: Level }>;
  }>;
  /** The latest self-check, when the self-checks are visible. */
  selfCheck: {
    stage: SystemStage;
    takenOn: string;
    overall: number;
    areas: ReadonlyArray<{ label: string; score: number; answered: number }>;
    toWorkOn: ReadonlyArray<{ statement: string; answer: string }>;
  } | null;
  cycles: ReadonlyArray<{ goal: string; status: CycleStatus; destinationIds: readonly string[]; reviewDate: string }>;
}

const letterNames: Record<SmartLetter, string> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
};

const percent = (score: number) => `${Math.round(score * 100)}%`;

function stageFit(inputs: RoadmapInputs): ReviewStep {
  const points: ReviewPoint[] = [];
  const check = inputs.selfCheck;
  if (check === null) {
    points.push({ text: 'No stage self-check yet: take one to see how the map fits the system’s stage.', attention: true });
  } else {
    points.push({
      text: `Self-check for ${stageLabels[check.stage]} on ${check.takenOn}: ${percent(check.overall)} overall.`,
      attention: false,
    });
    if (inputs.systemStage !== null && inputs.systemStage !== check.stage) {
      points.push({
        text: `The map names ${stageLabels[inputs.systemStage]}, the self-check was for ${stageLabels[check.stage]}.`,
        attention: true,
      });
    }
    for (const area of check.areas.filter((a) => a.answered > 0)) {
      points.push({ text: `${area.label}: ${percent(area.score)}`, attention: area.score < 0.5 });
    }
    for (const item of check.toWorkOn.slice(0, 3)) {
      points.push({
        text: `To work on (${item.answer === 'not-yet' ? 'not yet' : item.answer}): ${item.statement}`,
        attention: true,
      });
    }
  }
  return {
    id: 'stage-fit',
    title: 'Stage fit',
    prompt: 'Does the map still fit the stage the system is in? Which of the self-check’s gaps matter most now?',
    points,
  };
}

function destinationStep(destination: RoadmapInputs['destinations'][number]): ReviewStep {
  const points: ReviewPoint[] = (Object.keys(letterNames) as SmartLetter[]).map((letter) => {
    const result = destination.smart[letter];
    return { text: `${letterNames[letter]}: ${result.pass ? result.reason : result.hint}`, attention: !result.pass };
  });
  points.push(
    destination.businessImpact
      ? { text: `Why it matters: ${destination.businessImpact}`, attention: false }
      : { text: 'No business impact written: why does this matter to the system now?', attention: true },
  );
  const below = destination.skills.filter((s) => levelRank(s.currentLevel) < levelRank(s.targetLevel)).length;
  points.push({
    text:
      destination.skills.length === 0
        ? 'No skills mapped to this destination yet.'
        : `${destination.skills.length} skill${destination.skills.length === 1 ? '' : 's'}, ${below} below target.`,
    attention: destination.skills.length === 0,
  });
  return {
    id: `destination:${destination.id}`,
    title: destination.title,
    prompt: 'Is this destination still SMART and still relevant? Keep, sharpen or retire it?',
    points,
  };
}

const OPEN: ReadonlySet<CycleStatus> = new Set(['planned', 'active', 'in-review', 'review-overdue']);

function cyclePlan(inputs: RoadmapInputs, active: RoadmapInputs['destinations']): ReviewStep {
  const open = inputs.cycles.filter((c) => OPEN.has(c.status));
  const points: ReviewPoint[] = open.map((c) => ({
    text: `“${c.goal}”: ${c.status.replace('-', ' ')}, review on ${c.reviewDate}`,
    attention: c.status === 'review-overdue',
  }));
  if (open.length === 0) points.push({ text: 'No learning cycle planned or running.', attention: true });
  if (open.filter((c) => c.status !== 'planned').length > 2) {
    points.push({ text: 'More than two cycles running at once.', attention: true });
  }
  for (const destination of active) {
    if (!open.some((c) => c.destinationIds.includes(destination.id))) {
      points.push({ text: `No cycle works toward “${destination.title}”.`, attention: true });
    }
  }
  return {
    id: 'cycle-plan',
    title: 'Cycle plan',
    prompt: 'Do the next 4–6 weeks of cycles move the destinations that matter most? What is the next mini-goal?',
    points,
  };
}

/** The review's steps: stage fit, each active destination, then the cycle plan. */
export function roadmapReviewOutline(inputs: RoadmapInputs): ReviewStep[] {
  const active = inputs.destinations.filter((d) => d.status === 'active');
  return [stageFit(inputs), ...active.map(destinationStep), cyclePlan(inputs, active)];
}
