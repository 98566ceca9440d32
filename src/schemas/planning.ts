import { z } from 'zod';
import { calendarDate, dateInput, id, instant, plainString, systemStage, text, version } from './common.js';
import { cycle, phase } from './cycles.js';
import { actionItem } from './feedbackSessions.js';

export const weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

/** A recurring 1:1 feedback slot in the user's own time zone ("every two weeks on Tuesday 10:00"). */
export const feedbackCadence = z.object({
  weekday,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 10:00.'),
  intervalWeeks: z.number().int().min(1, 'Every 1 to 4 weeks.').max(4, 'Every 1 to 4 weeks.'),
  startDate: dateInput,
});
export type FeedbackCadence = z.infer<typeof feedbackCadence>;

export const preferences = z.object({
  reviewCadenceMonths: z.number().int(),
  nextQuarterlyReview: calendarDate,
  feedbackCadence: feedbackCadence.nullable(),
  digestEnabled: z.boolean(),
  onboardingDismissed: z.boolean(),
  calendarFeedActive: z.boolean(),
  /** A domain you work toward not paired in this many weeks gets a notice (growth-map guide, section 7). */
  pairingStaleWeeks: z.number().int(),
  /** A team channel's incoming-webhook URL (Slack-compatible); wins are posted there only on the user's click. */
  winsWebhookUrl: z.string().nullable(),
  version: z.number().int(),
});
export type Preferences = z.infer<typeof preferences>;

const staleWeeks = 'Use a whole number of weeks from 1 to 52.';

export const preferencesPatch = z.object({
  version,
  reviewCadenceMonths: z.number().int().min(1, 'Every 1 to 12 months.').max(12, 'Every 1 to 12 months.').optional(),
  feedbackCadence: feedbackCadence.nullable().optional(),
  digestEnabled: z.boolean().optional(),
  onboardingDismissed: z.boolean().optional(),
  pairingStaleWeeks: z.number({ error: staleWeeks }).int(staleWeeks).min(1, staleWeeks).max(52, staleWeeks).optional(),
  /** Checked again, after DNS resolution, each time a win is posted; null removes it. */
  winsWebhookUrl: z
    .url({ protocol: /^https?$/, error: 'Use the https:// webhook URL your team channel gave you.' })
    .max(2000, 'Use a URL of at most 2000 characters.')
    .nullable()
    .optional(),
});
export type PreferencesPatch = z.infer<typeof preferencesPatch>;

export const calendarFeed = z.object({ url: z.string() });

export const checklistItem = z.object({
  id: z.enum(['destinations', 'skills', 'first-cycle', 'first-evidence', 'feedback-cadence']),
  label: z.string(),
  done: z.boolean(),
  href: z.string(),
  hint: z.string(),
});

export const dueItem = z.object({
  kind: z.enum(['log-entry', 'demonstrate', 'cycle-review', 'review-overdue', 'quarterly-review', 'plan-cycle']),
  title: z.string(),
  due: calendarDate,
  overdue: z.boolean(),
  href: z.string(),
});
export type DueItem = z.infer<typeof dueItem>;

/** The home screen: where each running cycle is this week, and what is due. */
export const thisWeek = z.object({
  today: calendarDate,
  cycles: z.array(
    z.object({
      cycle,
      weekNumber: z.number().int().nullable(),
      phase: phase.nullable(),
      headline: z.string(),
    }),
  ),
  due: z.array(dueItem),
  notices: z.array(z.string()),
  onboarding: z.object({ items: z.array(checklistItem), complete: z.boolean(), dismissed: z.boolean() }),
  /** Open action items from feedback sessions, followed up until done or dropped. */
  actionItems: z.array(actionItem),
  /** The 1:1 cadence in the preferences puts a slot today: a session can be started from it. */
  oneOnOneToday: z.boolean(),
});
export type ThisWeek = z.infer<typeof thisWeek>;

export const destinationDecision = z.object({
  destinationId: id,
  decision: z.enum(['keep', 'refresh', 'complete', 'retire']),
  note: plainString().max(2000).optional(),
});

export const quarterlyReviewCreate = z.object({
  decisions: z.array(destinationDecision).max(50).default([]),
  notes: plainString().trim().max(10000).optional(),
});
export type QuarterlyReviewCreate = z.infer<typeof quarterlyReviewCreate>;

const snapshotSkill = z.object({ id, name: z.string(), currentLevel: z.string(), targetLevel: z.string() });
export const mapSnapshot = z.object({
  title: z.string(),
  role: z.string().nullable(),
  techStack: z.array(z.string()),
  systemStage: systemStage.nullable(),
  destinations: z.array(
    z.object({ id, title: z.string(), category: z.string(), status: z.string(), skills: z.array(snapshotSkill) }),
  ),
});

export const quarterlyReview = z.object({
  id,
  date: calendarDate,
  notes: z.string().nullable(),
  decisions: z.array(destinationDecision),
  snapshot: mapSnapshot,
  wins: z.string(),
  createdAt: instant,
});
export type QuarterlyReview = z.infer<typeof quarterlyReview>;

const titled = z.object({ id: z.string(), title: z.string() });
export const snapshotComparison = z.object({
  before: z.object({ id, date: calendarDate }),
  after: z.object({ id, date: calendarDate }),
  added: z.array(titled),
  removed: z.array(titled),
  completed: z.array(titled),
  retired: z.array(titled),
  reactivated: z.array(titled),
  levelsMoved: z.array(
    z.object({
      skillId: z.string(),
      skill: z.string(),
      destination: z.string(),
      from: z.string(),
      to: z.string(),
      direction: z.enum(['up', 'down']),
    }),
  ),
  skillsAdded: z.array(z.object({ skillId: z.string(), skill: z.string(), destination: z.string() })),
});

export const compareQuery = z.object({ before: id, after: id });
export const reasonBody = z.object({ reason: text(1000, 'Reason') });
