import { listCommentsOfUser, listReadsOfUser } from '../db/repositories/comments.js';
import { listViewsOfUser } from '../db/repositories/mentees.js';
import { listRatingsOfUser } from '../db/repositories/mentorRatings.js';
import type { MentorNotesExport } from '../schemas/mentees.js';
import type { Actor, ServiceDeps } from './context.js';

/** Comments, read marks, mentor ratings and last looks the user wrote or that are about them, for the export. */
export async function exportMentorNotes(deps: ServiceDeps, actor: Actor): Promise<MentorNotesExport> {
  const [comments, reads, ratings, views] = await Promise.all([
    listCommentsOfUser(deps.db, actor.user.id),
    listReadsOfUser(deps.db, actor.user.id),
    listRatingsOfUser(deps.db, actor.user.id),
    listViewsOfUser(deps.db, actor.user.id),
  ]);
  return {
    comments: comments.map((c) => ({
      id: c.id,
      ownerId: c.owner_id,
      authorId: c.author_id,
      subjectKind: c.subject_kind,
      subjectId: c.subject_id,
      body: c.body,
      createdAt: c.created_at,
    })),
    commentsRead: reads.map((r) => ({ commentId: r.comment_id, readAt: r.read_at })),
    mentorRatings: ratings.map((r) => ({
      id: r.id,
      ownerId: r.owner_id,
      mentorId: r.mentor_id,
      skillId: r.skill_id,
      level: r.level,
      note: r.note,
      createdAt: r.created_at,
    })),
    menteeViews: views.map((v) => ({ mentorId: v.mentor_id, ownerId: v.owner_id, seenAt: v.seen_at })),
  };
}
