/**
 * What the mentoring features (comments, ratings, the dashboard, the roadmap review) ask the access
 * policy, in one place: may this caller act on that owner's section, and whom does the caller mentor.
 */
import { findUserById } from '../db/repositories/users.js';
import type { Actor, ServiceDeps } from './context.js';
import { notFound } from './errors.js';

export type Section = 'map' | 'cycles' | 'evidence' | 'feedback' | 'self-checks';
export type Action = 'read' | 'comment' | 'rate';

export interface Mentee {
  mentorshipId: string;
  mentee: { userId: string; name: string };
  sections: readonly Section[];
}

/** Whether the caller may act on the owner's section. */
export async function mayAct(
  _deps: ServiceDeps,
  actor: Actor,
  ownerId: string,
  _section: Section,
  _action: Action,
): Promise<boolean> {
  return actor.user.id === ownerId;
}

/** As mayAct, and "not found" otherwise: a refusal never tells that the record exists. */
export async function requireAct(
  deps: ServiceDeps,
  actor: Actor,
  ownerId: string,
  section: Section,
  action: Action,
  what = 'That record',
): Promise<void> {
  if (!(await mayAct(deps, actor, ownerId, section, action))) throw notFound(what);
}

/** The people the caller mentors, with the sections each shares. */
export async function menteesOf(_deps: ServiceDeps, _actor: Actor): Promise<Mentee[]> {
  return [];
}

/**
 * The owner as an actor, for reading their records once the policy has allowed it: "today" and every
 * query are then the owner's own.
 */
export async function ownerActor(deps: ServiceDeps, actor: Actor, ownerId: string): Promise<Actor> {
  if (ownerId === actor.user.id) return actor;
  const user = await findUserById(deps.db, ownerId);
  if (!user) throw notFound('That record');
  return { user };
}
