import { z } from 'zod';
import { id, instant, text } from './common.js';
import { limits } from './limits.js';

/** What a comment is on: one of the owner's destinations, progress entries or artifacts. */
export const commentSubjectKind = z.enum(['destination', 'progress-entry', 'artifact']);
export type CommentSubjectKind = z.infer<typeof commentSubjectKind>;

export const commentSubject = z.object({ subjectKind: commentSubjectKind, subjectId: id });
export type CommentSubject = z.infer<typeof commentSubject>;

export const commentCreate = commentSubject.extend({ body: text(limits.comment, 'Comment') });
export type CommentCreate = z.infer<typeof commentCreate>;

const person = z.object({ userId: id, name: z.string() });

export const comment = z.object({
  id,
  subjectKind: commentSubjectKind,
  subjectId: id,
  author: person,
  body: z.string(),
  /** Written by the caller. */
  mine: z.boolean(),
  /** The caller has read it (their own always count as read). */
  read: z.boolean(),
  createdAt: instant,
});
export type Comment = z.infer<typeof comment>;

/** One thread: the subject as the caller may name it, and its comments, oldest first. */
export const commentThread = z.object({
  subjectKind: commentSubjectKind,
  subjectId: id,
  title: z.string(),
  owner: person,
  comments: z.array(comment),
});
export type CommentThread = z.infer<typeof commentThread>;

export const unreadComments = z.object({
  total: z.number().int(),
  threads: z.array(
    z.object({ subjectKind: commentSubjectKind, subjectId: id, title: z.string(), owner: person, unread: z.number().int() }),
  ),
});
export type UnreadComments = z.infer<typeof unreadComments>;
