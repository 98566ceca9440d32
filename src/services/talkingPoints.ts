import { ownScope } from './access.js';
import { listItems } from '../db/repositories/feedbackSessions.js';
import * as drafts from '../db/repositories/talkingPoints.js';
import { talkingPointsOf } from '../domain/talkingPoints.js';
import { dateIn } from '../domain/time.js';
import type { TalkingPoints, TalkingPointsDraft, TalkingPointsDraftPut } from '../schemas/talkingPoints.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';
import { healthOf, loadProof } from './evidenceHealth.js';
import { updateOrConflict } from './versioned.js';

export async function getTalkingPoints(deps: ServiceDeps, actor: Actor): Promise<TalkingPoints> {
  const [proof, openItems] = await Promise.all([loadProof(deps, actor), listItems(deps.db, ownScope(actor), { status: 'open' })]);
  const skillNames = new Map(proof.skills.map((s) => [s.id, s.name]));
  return talkingPointsOf({
    artifacts: proof.artifacts,
    levelChanges: proof.levelChanges.map((change) => ({ ...change, skill: skillNames.get(change.skillId) ?? 'a skill' })),
    closedCycles: proof.cycles.flatMap((cycle) =>
      cycle.review && !cycle.cancelledAt
        ? [{ id: cycle.id, goal: cycle.goal, reviewedOn: dateIn(actor.user.timeZone, new Date(cycle.review.reviewedAt)) }]
        : [],
    ),
    activeDestinations: proof.destinations.filter((d) => d.status === 'active'),
    oneOnOnes: proof.sessions.filter((session) => session.kind === 'one-on-one'),
    openActionItems: openItems,
    health: healthOf(proof),
  });
}

/** The first read seeds the draft with the computed points; after that it is the user's own text. */
export async function getDraft(deps: ServiceDeps, actor: Actor): Promise<TalkingPointsDraft> {
  const existing = await drafts.findDraft(deps.db, ownScope(actor));
  if (existing) return existing;
  const { markdown } = await getTalkingPoints(deps, actor);
  return drafts.loadDraft(deps.db, ownScope(actor), markdown, nowIso(deps));
}

export async function putDraft(deps: ServiceDeps, actor: Actor, body: TalkingPointsDraftPut): Promise<TalkingPointsDraft> {
  await getDraft(deps, actor);
  await updateOrConflict(
    () => drafts.updateDraft(deps.db, ownScope(actor), body.version, body.markdown, nowIso(deps)),
    () => getDraft(deps, actor),
  );
  return getDraft(deps, actor);
}

/** For the export: the draft if the user ever opened it. */
export function exportDraft(deps: ServiceDeps, actor: Actor): Promise<TalkingPointsDraft | null> {
  return drafts.findDraft(deps.db, ownScope(actor));
}
