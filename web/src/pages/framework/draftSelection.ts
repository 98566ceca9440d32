import type { Category, SystemStage } from '../../../../src/schemas/common.js';
import type { WizardAccept, WizardDraft } from '../../../../src/schemas/framework.js';

type DraftDestination = WizardDraft['destinations'][number];

/** What the user keeps of one drafted destination, and the fields they may edit before accepting. */
export interface DestinationEdit {
  accepted: boolean;
  title: string;
  category: Category;
  description: string;
  measure: string;
  targetDate: string;
  businessImpact: string;
  /** skill key → accepted */
  skills: Record<string, boolean>;
}

export interface DraftAnswers {
  role: string;
  techStack: string[];
  stage: SystemStage;
}

/** As drafted, everything picked. */
const editFrom = (d: DraftDestination): DestinationEdit => ({
  accepted: true,
  title: d.title,
  category: d.category,
  description: d.description ?? '',
  measure: d.measure,
  targetDate: d.targetDate,
  businessImpact: d.businessImpact,
  skills: Object.fromEntries(d.skills.map((s) => [s.key, true])),
});

export const initialEdits = (draft: WizardDraft): Record<string, DestinationEdit> =>
  Object.fromEntries(draft.destinations.map((d) => [d.key, editFrom(d)]));

export const editOf = (edits: Record<string, DestinationEdit>, d: DraftDestination): DestinationEdit =>
  edits[d.key] ?? editFrom(d);

/**
 * The accept body: the picked destinations with their edits and picked skills, and the cycle when it is
 * picked and at least one of its destinations is. `all` takes everything, still with the edits.
 */
export function acceptBody(
  draft: WizardDraft,
  answers: DraftAnswers,
  edits: Record<string, DestinationEdit>,
  cycleAccepted: boolean,
  all: boolean,
): WizardAccept {
  const kept = draft.destinations.filter((d) => all || editOf(edits, d).accepted);
  const destinations = kept.map((d) => {
    const edit = editOf(edits, d);
    return {
      key: d.key,
      title: edit.title.trim(),
      category: edit.category,
      description: edit.description.trim() || null,
      measure: edit.measure.trim() || null,
      targetDate: edit.targetDate || null,
      businessImpact: edit.businessImpact.trim() || null,
      skills: d.skills
        .filter((s) => all || edit.skills[s.key])
        .map((s) => ({ name: s.name, currentLevel: s.currentLevel, targetLevel: s.targetLevel })),
    };
  });
  const keys = draft.cycle.destinationKeys.filter((key) => kept.some((d) => d.key === key));
  const { cycle } = draft;
  return {
    role: answers.role,
    techStack: answers.techStack,
    stage: answers.stage,
    destinations,
    cycle:
      (all || cycleAccepted) && keys.length > 0
        ? {
            goal: cycle.goal,
            description: cycle.description,
            destinationKeys: keys,
            lengthWeeks: cycle.lengthWeeks as 4 | 5 | 6,
            reviewWeeks: cycle.reviewWeeks as 1 | 2,
            startDate: cycle.startDate,
            modes: cycle.modes,
            backupProject: cycle.backupProject || null,
          }
        : null,
  };
}
