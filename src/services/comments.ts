import * as repo from '../db/repositories/comments.js';
import type {
  Comment,
  CommentCreate,
  CommentSubject,
  CommentSubjectKind,
  CommentThread,
  UnreadComments,
} from '../schemas/comments.js';
import { type Actor, type ServiceDeps, newId, nowIso } from './context.js';
import { type Action, type Mentee, type Section, mayAct, menteesOf } from './mentorAccess.js';
import { notFound } from './errors.js';

/** A destination is part of the map, a progress entry of the cycles, an artifact of the evidence. */
const sectionOf: Record<CommentSubjectKind, Section> = {
  destination: 'map',
  'progress-entry': 'cycles',
  artifact: 'evidence',
};

async function reachableSubject(deps: ServiceDeps, actor: Actor, subject: CommentSubject, action: Action): Promise<repo.Subject> {
  const found = await repo.findSubject(deps.db, subject.subjectKind, subject.subjectId);
  if (!found || !(await mayAct(deps, actor, found.ownerId, sectionOf[subject.subjectKind], action))) {
    throw notFound('That record');
  }
  return found;
}

export async function getThread(deps: ServiceDeps, actor: Actor, subject: CommentSubject): Promise<CommentThread> {
  const found = await reachableSubject(deps, actor, subject, 'read');
  return {
    ...subject,
    title: found.title,
    owner: { userId: found.ownerId, name: found.ownerName },
    comments: await repo.listComments(deps.db, actor.user.id, found.ownerId, subject.subjectKind, subject.subjectId),
  };
}

/** The owner replies on their own records; a mentor comments where the section is granted. */
export async function createComment(deps: ServiceDeps, actor: Actor, body: CommentCreate): Promise<Comment> {
  const found = await reachableSubject(deps, actor, body, 'comment');
  const id = newId();
  await repo.insertComment(deps.db, {
    id,
    ownerId: found.ownerId,
    authorId: actor.user.id,
    subjectKind: body.subjectKind,
    subjectId: body.subjectId,
    body: body.body,
    createdAt: nowIso(deps),
  });
  const comments = await repo.listComments(deps.db, actor.user.id, found.ownerId, body.subjectKind, body.subjectId);
  const created = comments.find((c) => c.id === id);
  if (!created) throw notFound('That comment');
  return created;
}

export async function markThreadRead(deps: ServiceDeps, actor: Actor, subject: CommentSubject): Promise<void> {
  const found = await reachableSubject(deps, actor, subject, 'read');
  await repo.markRead(deps.db, actor.user.id, found.ownerId, subject.subjectKind, subject.subjectId, nowIso(deps));
}

/** Unread comments on the caller's own records and, as a mentor, on the sections each mentee shares. */
export async function countUnread(deps: ServiceDeps, actor: Actor, onlyOwner?: string): Promise<UnreadComments> {
  return unreadOf(deps, actor, await menteesOf(deps, actor), onlyOwner);
}

/** As countUnread, with the caller's mentees as read on this request (the dashboard splits the answer by owner). */
export async function unreadOf(
  deps: ServiceDeps,
  actor: Actor,
  mentees: readonly Mentee[],
  onlyOwner?: string,
): Promise<UnreadComments> {
  const sectionsOf = new Map<string, readonly Section[] | 'all'>([
    [actor.user.id, 'all'],
    ...mentees.map((m) => [m.mentee.userId, m.sections] as const),
  ]);
  const owners = [...sectionsOf.keys()].filter((owner) => onlyOwner === undefined || owner === onlyOwner);
  const groups = (await repo.unreadBySubject(deps.db, actor.user.id, owners)).filter((group) => {
    const sections = sectionsOf.get(group.ownerId);
    return sections === 'all' || sections?.includes(sectionOf[group.subjectKind]);
  });
  const subjects = await repo.findSubjects(deps.db, groups);
  const threads: UnreadComments['threads'] = [];
  for (const group of groups) {
    // A comment outlives nothing: one whose subject was deleted is not counted.
    const found = subjects.get(repo.subjectKey(group));
    if (!found || found.ownerId !== group.ownerId) continue;
    threads.push({
      subjectKind: group.subjectKind,
      subjectId: group.subjectId,
      title: found.title,
      owner: { userId: found.ownerId, name: found.ownerName },
      unread: group.unread,
    });
  }
  threads.sort((a, b) => a.owner.name.localeCompare(b.owner.name) || a.title.localeCompare(b.title));
  return { total: threads.reduce((sum, t) => sum + t.unread, 0), threads };
}
