import { ownScope } from './access.js';
import * as cycles from '../db/repositories/cycles.js';
import * as destinations from '../db/repositories/destinations.js';
import * as levelChanges from '../db/repositories/levelChanges.js';
import * as reviews from '../db/repositories/quarterlyReviews.js';
import { levelRank } from '../domain/levels.js';
import { compareSnapshots, destinationsToReview, snapshotOf, winsSummary } from '../domain/quarterly.js';
import type { QuarterlyReview, QuarterlyReviewCreate } from '../schemas/planning.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor, withTransaction } from './context.js';
import { invalid, notFound } from './errors.js';
import { getDestination } from './destinations.js';
import { findOwnMap, getMap } from './map.js';
import { updateOrConflict } from './versioned.js';

export function listQuarterlyReviews(deps: ServiceDeps, actor: Actor): Promise<QuarterlyReview[]> {
  return reviews.listQuarterlyReviews(deps.db, ownScope(actor));
}

async function ownReview(deps: ServiceDeps, actor: Actor, id: string): Promise<QuarterlyReview> {
  const review = await reviews.findOwnQuarterlyReview(deps.db, ownScope(actor), id);
  if (!review) throw notFound('That quarterly review');
  return review;
}

export const getQuarterlyReview = ownReview;

/**
 * The Growth Map guide, section 10: walk every destination (keep, refresh, complete or retire), then store a
 * snapshot of the whole map and the quarter's wins, ready to share.
 */
export async function createQuarterlyReview(
  deps: ServiceDeps,
  actor: Actor,
  body: QuarterlyReviewCreate,
): Promise<QuarterlyReview> {
  await findOwnMap(deps, actor); // no map, no review: the same 404 as before
  const all = await destinations.listDestinations(deps.db, ownScope(actor));
  const own = new Map(all.map((d) => [d.id, d]));
  const reviewable = new Set(destinationsToReview(all).map((d) => d.id));
  // Refused rather than skipped: a decision the review would not record must not look saved.
  body.decisions.forEach((decision, index) => {
    const record = own.get(decision.destinationId);
    const field = `decisions.${index}.destinationId`;
    if (!record) throw invalid({ [field]: 'Pick a destination from your own map.' });
    if (!reviewable.has(record.id)) {
      throw invalid({
        [field]: `“${record.title}” is ${record.status}: a quarterly review decides only on active destinations. Leave it out, or reactivate it on the map first.`,
      });
    }
  });
  const [previous] = await reviews.listQuarterlyReviews(deps.db, ownScope(actor));
  const today = todayFor(deps, actor.user);
  const now = nowIso(deps);

  return withTransaction(deps.db, async (trx) => {
    for (const decision of body.decisions) {
      const status = decision.decision === 'complete' ? 'completed' : decision.decision === 'retire' ? 'retired' : null;
      const record = own.get(decision.destinationId);
      if (status && record && record.status !== status) {
        // A destination edited since the review was opened is a conflict, not a silent skip.
        await updateOrConflict(
          () => destinations.updateDestination(trx, record.id, record.version, { status }, now),
          () => getDestination({ ...deps, db: trx }, actor, record.id),
        );
      }
    }
    const inner = { ...deps, db: trx };
    const after = await getMap(inner, actor);
    const since = previous?.date ?? '0000-01-01';
    const changes = await levelChanges.listLevelChangesOfUser(trx, ownScope(actor));
    const skillNames = new Map(after.destinations.flatMap((d) => d.skills.map((s) => [s.id, s.name] as const)));
    const closedCycles = (await cycles.listOwnCycles(trx, ownScope(actor))).filter(
      (c) => c.review && c.review.reviewedAt.slice(0, 10) > since,
    );
    const completedBefore = new Set(
      (previous?.snapshot.destinations ?? []).filter((d) => d.status === 'completed').map((d) => d.id),
    );
    const wins = winsSummary(
      {
        completedDestinations: after.destinations
          .filter((d) => d.status === 'completed' && !completedBefore.has(d.id))
          .map((d) => d.title),
        levelUps: changes
          .filter((c) => c.date > since && c.from && levelRank(c.to) > levelRank(c.from))
          .map((c) => ({ skill: skillNames.get(c.skillId) ?? 'A skill', from: c.from ?? 'novice', to: c.to })),
        cyclesClosed: closedCycles.length,
      },
      previous ? `${previous.date} to ${today}` : `up to ${today}`,
    );
    const review: QuarterlyReview = {
      id: newId(),
      date: today,
      notes: body.notes ?? null,
      decisions: body.decisions,
      snapshot: snapshotOf(after),
      wins,
      createdAt: now,
    };
    await reviews.insertQuarterlyReview(trx, ownScope(actor), review);
    return review;
  });
}

export async function compareQuarterlyReviews(deps: ServiceDeps, actor: Actor, beforeId: string, afterId: string) {
  const [before, after] = await Promise.all([ownReview(deps, actor, beforeId), ownReview(deps, actor, afterId)]);
  return {
    before: { id: before.id, date: before.date },
    after: { id: after.id, date: after.date },
    ...compareSnapshots(before.snapshot, after.snapshot),
  };
}

export async function deleteQuarterlyReview(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownReview(deps, actor, id);
  await reviews.deleteQuarterlyReview(deps.db, id);
}
