import { z } from 'zod';
import { calendarDate, dateInput, id, instant, level, optionalText, text, version } from './common.js';
import { limits } from './limits.js';

/** Growth-map guide, section 7 (Accelerate with pairing and feedback): the conversations that count. */
export const feedbackKind = z.enum(['one-on-one', 'pairing', 'roadmap-review', 'workshop']);
export type FeedbackKind = z.infer<typeof feedbackKind>;

export const actionItemOwner = z.enum(['me', 'partner']);
export const actionItemStatus = z.enum(['open', 'done', 'dropped']);
export type ActionItemStatus = z.infer<typeof actionItemStatus>;

/** What the partner saw of one skill of the owner's map, at a level. */
export const observation = z.object({
  skillId: id,
  level,
  note: text(limits.feedbackObservationNote, 'Observation'),
});
export type Observation = z.infer<typeof observation>;

export const actionItem = z.object({
  id,
  /** The session it was agreed in. */
  sessionId: id,
  text: z.string(),
  owner: actionItemOwner,
  due: calendarDate.nullable(),
  status: actionItemStatus,
  /** Later sessions with the same partner it was carried into while it stayed open, oldest first. */
  carriedInto: z.array(id),
  /** The partner of the session it came from, so a list of items reads on its own. */
  partner: z.string(),
  version: z.number().int(),
  createdAt: instant,
});
export type ActionItem = z.infer<typeof actionItem>;

export const actionItemInput = z.object({
  /** An item the session already has (kept with its status); without it, a new item. */
  id: id.optional(),
  text: text(limits.actionItemText, 'Action item'),
  owner: actionItemOwner.default('me'),
  due: dateInput.nullish(),
});
export type ActionItemInput = z.infer<typeof actionItemInput>;

/** One step of a growth roadmap review (see domain/roadmapReview.ts) and what was agreed on it. */
export const reviewOutcome = z.object({
  step: z.string().max(100),
  title: text(limits.feedbackDomain, 'Step'),
  text: text(limits.feedbackRubric, 'Outcome'),
});
export type ReviewOutcome = z.infer<typeof reviewOutcome>;

export const feedbackSession = z.object({
  id,
  kind: feedbackKind,
  date: calendarDate,
  partner: z.string(),
  domain: z.string().nullable(),
  wentWell: z.string().nullable(),
  challenging: z.string().nullable(),
  improveNext: z.string().nullable(),
  supportNeeded: z.string().nullable(),
  observations: z.array(observation),
  /** A roadmap review's outcomes, step by step; empty for other kinds. */
  outcomes: z.array(reviewOutcome),
  /** The mentor who wrote it with the engineer, on the engineer's account; null when the engineer wrote it alone. */
  writtenWith: z.object({ userId: id, name: z.string() }).nullable(),
  /** Agreed in this session. */
  actionItems: z.array(actionItem),
  /** Still open from earlier sessions with the same partner. */
  carriedItems: z.array(actionItem),
  version: z.number().int(),
  createdAt: instant,
});
export type FeedbackSession = z.infer<typeof feedbackSession>;

const rubric = {
  domain: optionalText(limits.feedbackDomain),
  wentWell: optionalText(limits.feedbackRubric),
  challenging: optionalText(limits.feedbackRubric),
  improveNext: optionalText(limits.feedbackRubric),
  supportNeeded: optionalText(limits.feedbackRubric),
};

export const feedbackSessionCreate = z.object({
  kind: feedbackKind,
  /** Today in the user's zone when left out. */
  date: dateInput.optional(),
  partner: text(limits.feedbackPartner, 'Partner'),
  ...rubric,
  observations: z.array(observation).max(30).default([]),
  outcomes: z.array(reviewOutcome).max(30).default([]),
  actionItems: z.array(actionItemInput).max(30).default([]),
});
export type FeedbackSessionCreate = z.infer<typeof feedbackSessionCreate>;

export const feedbackSessionPatch = z.object({
  version,
  kind: feedbackKind.optional(),
  date: dateInput.optional(),
  partner: text(limits.feedbackPartner, 'Partner').optional(),
  ...rubric,
  observations: z.array(observation).max(30).optional(),
  outcomes: z.array(reviewOutcome).max(30).optional(),
  /** The session's own items as they should be: items named by id keep their status, others go. */
  actionItems: z.array(actionItemInput).max(30).optional(),
});
export type FeedbackSessionPatch = z.infer<typeof feedbackSessionPatch>;

export const feedbackSessionQuery = z.object({
  kind: feedbackKind.optional(),
  partner: z.string().max(limits.feedbackPartner).optional(),
});

export const actionItemQuery = z.object({ status: actionItemStatus.optional() });

export const actionItemPatch = z.object({ version, status: actionItemStatus });
export type ActionItemPatch = z.infer<typeof actionItemPatch>;

/** One week of the pairing rotation: who was paired with, in which domains. */
export const rotationWeek = z.object({
  weekStart: calendarDate,
  sessions: z.array(z.object({ id, partner: z.string(), domain: z.string().nullable() })),
});

export const rotationNotice = z.object({
  domain: z.string(),
  /** The last pairing in this domain; null when it was never paired. */
  lastPaired: calendarDate.nullable(),
  message: z.string(),
});
export type RotationNotice = z.infer<typeof rotationNotice>;

export const pairingRotation = z.object({
  staleAfterWeeks: z.number().int(),
  weeks: z.array(rotationWeek),
  partners: z.array(z.object({ partner: z.string(), sessions: z.number().int(), lastDate: calendarDate })),
  notices: z.array(rotationNotice),
});
export type PairingRotation = z.infer<typeof pairingRotation>;
