import { addDays, defaultStartDate, planWeeks } from '../../../../src/domain/cycles.js';
import type { Cycle, CycleWeek, LearningMode } from '../../../../src/schemas/cycles.js';
import type { NextCycle } from '../../api/cycles.js';

/** The form's values as strings, so a conflict can be merged field by field (see rebase in map/bits). */
export interface CycleDraft {
  destinationIds: string;
  goal: string;
  description: string;
  lengthWeeks: string;
  reviewWeeks: string;
  startDate: string;
  modes: string;
  backupProject: string;
  reviewDate: string;
}

export const cycleLabels: Record<keyof CycleDraft, string> = {
  destinationIds: 'Destinations',
  goal: 'Goal',
  description: 'Description',
  lengthWeeks: 'Length',
  reviewWeeks: 'Review weeks',
  startDate: 'Start date',
  modes: 'Learning modes',
  backupProject: 'Backup project',
  reviewDate: 'Review date',
};

export const listOf = (joined: string): string[] => joined.split(' ').filter(Boolean);
const joined = (list: readonly string[]) => list.join(' ');

export const emptyDraft = (today: string): CycleDraft =>
  onSchedule({
    destinationIds: '',
    goal: '',
    description: '',
    lengthWeeks: '6',
    reviewWeeks: '1',
    startDate: defaultStartDate(today),
    modes: '',
    backupProject: '',
    reviewDate: '',
  });

export const draftOfCycle = (cycle: Cycle): CycleDraft => ({
  destinationIds: joined(cycle.destinationIds),
  goal: cycle.goal,
  description: cycle.description ?? '',
  lengthWeeks: String(cycle.lengthWeeks),
  reviewWeeks: String(cycle.reviewWeeks),
  startDate: cycle.startDate,
  modes: joined(cycle.modes),
  backupProject: cycle.backupProject ?? '',
  reviewDate: cycle.reviewDate,
});

export const draftOfNext = (next: NextCycle): CycleDraft => ({
  destinationIds: joined(next.destinationIds),
  goal: next.goal,
  description: '',
  lengthWeeks: String(next.lengthWeeks),
  reviewWeeks: String(next.reviewWeeks),
  startDate: next.startDate,
  modes: joined(next.modes),
  backupProject: next.backupProject ?? '',
  reviewDate: scheduledReviewDate(next.startDate, String(next.lengthWeeks), String(next.reviewWeeks)),
});

/** What the server's review answers as nextCycle, rebuilt from a reviewed cycle (for /cycles/new?from=…). */
export function nextOfReviewed(cycle: Cycle, today: string): NextCycle {
  const dayAfter = addDays(cycle.weeks.at(-1)?.endDate ?? today, 1);
  const fromToday = defaultStartDate(today);
  return {
    destinationIds: cycle.destinationIds,
    goal: cycle.review?.nextGoal ?? '',
    lengthWeeks: cycle.lengthWeeks,
    reviewWeeks: cycle.reviewWeeks,
    startDate: dayAfter > fromToday ? dayAfter : fromToday,
    modes: cycle.modes,
    backupProject: cycle.backupProject,
  };
}

export function bodyOf(draft: CycleDraft) {
  return {
    destinationIds: listOf(draft.destinationIds),
    goal: draft.goal,
    description: draft.description.trim() || null,
    lengthWeeks: Number(draft.lengthWeeks),
    reviewWeeks: Number(draft.reviewWeeks),
    ...(draft.startDate ? { startDate: draft.startDate } : {}),
    modes: listOf(draft.modes) as LearningMode[],
    backupProject: draft.backupProject.trim() || null,
    ...(draft.reviewDate ? { reviewDate: draft.reviewDate } : {}),
  };
}

/** Only what changed since the form opened: an untouched review date keeps following the schedule. */
export function patchOf(draft: CycleDraft, base: CycleDraft) {
  const body = bodyOf(draft);
  const changed = (key: keyof CycleDraft) => draft[key] !== base[key];
  return Object.fromEntries(
    (Object.keys(cycleLabels) as (keyof CycleDraft)[])
      .filter(changed)
      .map((key) => [key, (body as Record<string, unknown>)[key]])
      .filter(([, value]) => value !== undefined),
  );
}

/** The review date the server picks when none is given: the plan's last day, or '' while the plan is incomplete. */
export function scheduledReviewDate(startDate: string, lengthWeeks: string, reviewWeeks: string): string {
  try {
    return planWeeks(startDate, Number(lengthWeeks), Number(reviewWeeks)).at(-1)?.endDate ?? '';
  } catch {
    return '';
  }
}

/** The draft with its review date on the schedule's last day. */
export const onSchedule = (draft: CycleDraft): CycleDraft => ({
  ...draft,
  reviewDate: scheduledReviewDate(draft.startDate, draft.lengthWeeks, draft.reviewWeeks),
});

/** Whether the review date is the schedule's own (empty counts), so it should move when the schedule does. */
export const followsSchedule = (draft: CycleDraft): boolean =>
  draft.reviewDate === '' || draft.reviewDate === scheduledReviewDate(draft.startDate, draft.lengthWeeks, draft.reviewWeeks);

/** The weeks the draft would plan, or null while a date is incomplete. */
export function previewWeeks(draft: CycleDraft, fallbackStart: string): CycleWeek[] | null {
  try {
    return planWeeks(draft.startDate || fallbackStart, Number(draft.lengthWeeks), Number(draft.reviewWeeks));
  } catch {
    return null;
  }
}
