/**
 * What the mentoring features (comments, ratings, the dashboard, the roadmap review, co-written
 * feedback) ask the access policy, in one place: may this caller act on that owner's section, and
 * whom does the caller mentor. The decision is the policy's (domain/access.ts), from the grants read
 * on this request, so a change or a revocation counts from the next request on.
 */
import * as accessLog from '../db/repositories/accessLog.js';
import * as mentorships from '../db/repositories/mentorships.js';
import { findUserById } from '../db/repositories/users.js';
import { type Action, type Section, decideAccess } from '../domain/access.js';
import { grantsOf } from './access.js';
import { type Actor, type ServiceDeps, newId, nowIso } from './context.js';
import { notFound } from './errors.js';

export type { Action, Section };

export interface Mentee {
  mentorshipId: string;
  mentee: { userId: string; name: string };
  sections: readonly Section[];
}

/** Whether the caller may act on the owner's section; a read by someone else is written to the owner's access log. */
export async function mayAct(
  deps: ServiceDeps,
  actor: Actor,
  ownerId: string,
  section: Section,
  action: Action,
): Promise<boolean> {
  if (actor.user.id === ownerId) return true;
  const decision = decideAccess({
    caller: { userId: actor.user.id, role: actor.user.role },
    ownerId,
    target: section,
    action,
    // Every source the policy reads (mentorships, teams), read on this request.
    grants: (await grantsOf(deps, [ownerId], actor.user.id)).get(ownerId) ?? [],
  });
  if (decision.allowed && action === 'read') await logRead(deps, actor, ownerId, section, decision.via);
  return decision.allowed;
}

/** One row in the owner's access log: who read which section, when. */
export async function logRead(deps: ServiceDeps, actor: Actor, ownerId: string, section: Section, via: string): Promise<void> {
  await accessLog.insertAccessLog(deps.db, { id: newId(), ownerId, viewerId: actor.user.id, section, via, at: nowIso(deps) });
}

/** The rows of several reads at once, in one statement (the dashboard reads each mentee's shared sections). */
export async function logReads(
  deps: ServiceDeps,
  actor: Actor,
  reads: readonly { ownerId: string; section: Section; via: string }[],
): Promise<void> {
  const at = nowIso(deps);
  await accessLog.insertAccessLogs(
    deps.db,
    reads.map((read) => ({ id: newId(), viewerId: actor.user.id, at, ...read })),
  );
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

/** The people the caller mentors (accepted mentorships), with the sections each shares. */
export async function menteesOf(deps: ServiceDeps, actor: Actor): Promise<Mentee[]> {
  const all = await mentorships.listMentorships(deps.db, { userId: actor.user.id, email: actor.user.email.toLowerCase() });
  return all.flatMap((m) =>
    m.side === 'mentor' && m.status === 'active' && m.person !== null
      ? [{ mentorshipId: m.id, mentee: m.person, sections: m.sections }]
      : [],
  );
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
