import { z } from 'zod';
import { calendarDate, dateInput, id, instant, level, optionalText, text, version } from './common.js';
import { limits } from './limits.js';

export const learningMode = z.enum(['reading', 'hands-on', 'pairing', 'teaching']);
export type LearningMode = z.infer<typeof learningMode>;

export const phase = z.enum(['define', 'deep-dive', 'demonstrate', 'reflect']);
export type Phase = z.infer<typeof phase>;

export const cycleStatus = z.enum(['planned', 'active', 'in-review', 'review-overdue', 'closed', 'cancelled']);
export type CycleStatus = z.infer<typeof cycleStatus>;

export const cycleWeek = z.object({
  number: z.number().int().min(1),
  startDate: calendarDate,
  endDate: calendarDate,
  phase,
});
export type CycleWeek = z.infer<typeof cycleWeek>;

const linkEvidence = z.object({
  kind: z.literal('link'),
  url: z.url({ protocol: /^https?$/, error: 'Use an http or https link.' }).max(2000),
});

/** A progress entry points at a link or at one of the owner's artifacts. */
const entryEvidence = z.discriminatedUnion('kind', [linkEvidence, z.object({ kind: z.literal('artifact'), id })]);

export const progressEntry = z.object({
  id,
  cycleId: id,
  week: z.number().int().min(1),
  kind: z.enum(['progress', 'backup-switch']),
  text: z.string(),
  evidence: z.array(entryEvidence),
  createdAt: instant,
  version: z.number().int(),
});
export type ProgressEntry = z.infer<typeof progressEntry>;

export const cycleReview = z.object({
  wentWell: z.string(),
  didNotGoWell: z.string(),
  nextGoal: z.string(),
  reviewedAt: instant,
  levelChangeIds: z.array(id),
});

export const cycle = z.object({
  id,
  destinationIds: z.array(id),
  /** A short title: the mini-goal. */
  goal: z.string(),
  /** What the goal means or how to approach it, shown under the title. */
  description: z.string().nullable(),
  lengthWeeks: z.number().int(),
  reviewWeeks: z.number().int(),
  startDate: calendarDate,
  reviewDate: calendarDate,
  modes: z.array(learningMode),
  backupProject: z.string().nullable(),
  usingBackup: z.boolean(),
  status: cycleStatus,
  /** Set while paused: the weeks shift by the days it stays paused. */
  pausedSince: calendarDate.nullable(),
  cancelReason: z.string().nullable(),
  /** Where the user is today, when the cycle is running. */
  currentWeek: z.number().int().nullable(),
  weeks: z.array(cycleWeek),
  /** Weeks already started that have no progress entry yet. */
  gaps: z.array(z.number().int()),
  review: cycleReview.nullable(),
  version: z.number().int(),
  createdAt: instant,
});
export type Cycle = z.infer<typeof cycle>;

const lengthWeeks = z.number().int().min(4, 'A cycle is 4, 5 or 6 weeks.').max(6, 'A cycle is 4, 5 or 6 weeks.');
const reviewWeeks = z.number().int().min(1, 'Use 1 or 2 review weeks.').max(2, 'Use 1 or 2 review weeks.');

export const cycleCreate = z
  .object({
    destinationIds: z.array(id).min(1, 'Pick at least one destination.').max(10),
    goal: text(limits.cycleGoal, 'Goal'),
    description: optionalText(limits.cycleDescription),
    lengthWeeks: lengthWeeks.default(6),
    reviewWeeks: reviewWeeks.default(1),
    startDate: dateInput.optional(),
    modes: z.array(learningMode).max(4).default([]),
    backupProject: optionalText(limits.backupProject),
    reviewDate: dateInput.optional(),
  })
  .refine((c) => c.reviewWeeks < 2 || c.lengthWeeks >= 5, {
    path: ['reviewWeeks'],
    message: 'Two review weeks need a cycle of at least 5 weeks.',
  });
export type CycleCreate = z.infer<typeof cycleCreate>;

export const cyclePatch = z.object({
  version,
  destinationIds: z.array(id).min(1, 'Pick at least one destination.').max(10).optional(),
  goal: text(limits.cycleGoal, 'Goal').optional(),
  description: optionalText(limits.cycleDescription),
  lengthWeeks: lengthWeeks.optional(),
  reviewWeeks: reviewWeeks.optional(),
  startDate: dateInput.optional(),
  modes: z.array(learningMode).max(4).optional(),
  backupProject: optionalText(limits.backupProject),
  reviewDate: dateInput.optional(),
  /**
   * start (a planned cycle, today in the user's zone), pause, resume or cancel (with a reason); switching to the
   * backup project has its own route.
   */
  action: z.enum(['start', 'pause', 'resume', 'cancel']).optional(),
  cancelReason: text(limits.cancelReason, 'Reason for cancelling').optional(),
});
export type CyclePatch = z.infer<typeof cyclePatch>;

export const entryCreate = z.object({
  week: z.number().int().min(1).max(6),
  text: text(limits.entryText, 'What you did'),
  evidence: z.array(entryEvidence).max(20).optional(),
});
export type EntryCreate = z.infer<typeof entryCreate>;

export const entryPatch = z.object({
  version,
  week: z.number().int().min(1).max(6).optional(),
  text: text(limits.entryText, 'What you did').optional(),
  evidence: z.array(entryEvidence).max(20).optional(),
});
export type EntryPatch = z.infer<typeof entryPatch>;

export const backupSwitchBody = z.object({ version, reason: text(limits.switchReason, '“Why switch?”') });

export const cycleReviewBody = z.object({
  /** The version the form was opened at; a cycle changed since gets a conflict. */
  version: version.optional(),
  wentWell: text(limits.reviewText, 'What went well'),
  didNotGoWell: text(limits.reviewText, 'What did not go well'),
  levelChanges: z
    .array(z.object({ skillId: id, to: level, note: text(limits.levelNote, '“Why”') }))
    .max(30)
    .default([]),
  nextGoal: text(limits.nextGoal, 'Next mini-goal'),
});
export type CycleReviewBody = z.infer<typeof cycleReviewBody>;

/** What the next cycle starts from once a review is done. */
export const nextCycleDraft = z.object({
  destinationIds: z.array(id),
  goal: z.string(),
  lengthWeeks: z.number().int(),
  reviewWeeks: z.number().int(),
  startDate: calendarDate,
  modes: z.array(learningMode),
  backupProject: z.string().nullable(),
});
export type NextCycleDraft = z.infer<typeof nextCycleDraft>;

export const cycleReviewed = z.object({ cycle, nextCycle: nextCycleDraft });
