/**
 * Feedback sessions a mentor writes with the engineer, on the engineer's account (the framework's
 * "1:1 mentoring" and "growth roadmap review"): the mentor needs the `feedback` section, and may change
 * only the sessions written with them. The engineer sees and edits them like their own.
 */
import * as repo from '../db/repositories/feedbackSessions.js';
import type { FeedbackSession, FeedbackSessionCreate, FeedbackSessionPatch } from '../schemas/feedbackSessions.js';
import { ownScope } from './access.js';
import type { Actor, ServiceDeps } from './context.js';
import { notFound } from './errors.js';
import { createSession, patchSession } from './feedbackSessions.js';
import { ownerActor, requireAct } from './mentorAccess.js';

/** Writing on someone else's account is the policy's `comment` action: the mentor's own contribution, never the owner's records. */
async function asOwner(deps: ServiceDeps, actor: Actor, ownerId: string): Promise<Actor> {
  await requireAct(deps, actor, ownerId, 'feedback', 'comment', 'That record');
  return ownerActor(deps, actor, ownerId);
}

export async function createSessionWith(
  deps: ServiceDeps,
  actor: Actor,
  ownerId: string,
  body: FeedbackSessionCreate,
): Promise<FeedbackSession> {
  if (ownerId === actor.user.id) return createSession(deps, actor, body);
  const owner = await asOwner(deps, actor, ownerId);
  return createSession(deps, owner, body, { userId: actor.user.id, name: actor.user.name });
}

export async function patchSessionWith(
  deps: ServiceDeps,
  actor: Actor,
  ownerId: string,
  id: string,
  patch: FeedbackSessionPatch,
): Promise<FeedbackSession> {
  if (ownerId === actor.user.id) return patchSession(deps, actor, id, patch);
  const owner = await asOwner(deps, actor, ownerId);
  const session = await repo.findOwnSession(deps.db, ownScope(owner), id);
  if (session?.writtenWith?.userId !== actor.user.id) throw notFound('That feedback session');
  return patchSession(deps, owner, id, patch);
}
