import { z } from 'zod';
import { calendarDate, id, instant } from './common.js';

export const menteeDue = z.object({
  kind: z.enum(['one-on-one', 'demonstrate', 'review-passed', 'action-item']),
  title: z.string(),
  date: calendarDate.nullable(),
  overdue: z.boolean(),
});

export const menteeChange = z.object({
  section: z.string(),
  kind: z.enum(['destination', 'skill', 'cycle', 'progress-entry', 'artifact', 'feedback-session', 'self-check']),
  id,
  title: z.string(),
  at: instant,
});

/** One mentee on the mentor's dashboard: only what the sections granted show. */
export const menteeSummary = z.object({
  mentee: z.object({ userId: id, name: z.string() }),
  mentorshipId: id,
  sections: z.array(z.string()),
  /** When the mentor last opened the mentee's map; null before the first look. */
  lastSeen: instant.nullable(),
  due: z.array(menteeDue),
  changes: z.array(menteeChange),
  unreadComments: z.number().int(),
});
export type MenteeSummary = z.infer<typeof menteeSummary>;

/** The mentoring notes in the account export: on both sides, written by the user or about their records. */
export const mentorNotesExport = z.object({
  comments: z.array(
    z.object({
      id,
      ownerId: id,
      authorId: id,
      subjectKind: z.string(),
      subjectId: z.string(),
      body: z.string(),
      createdAt: instant,
    }),
  ),
  commentsRead: z.array(z.object({ commentId: id, readAt: instant })),
  mentorRatings: z.array(
    z.object({
      id,
      ownerId: id,
      mentorId: id,
      skillId: id,
      level: z.string(),
      note: z.string().nullable(),
      createdAt: instant,
    }),
  ),
  menteeViews: z.array(z.object({ mentorId: id, ownerId: id, seenAt: instant })),
});
export type MentorNotesExport = z.infer<typeof mentorNotesExport>;
