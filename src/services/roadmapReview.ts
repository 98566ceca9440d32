import { roadmapReviewOutline } from '../domain/roadmapReview.js';
import type { RoadmapReview } from '../schemas/roadmapReview.js';
import type { Actor, ServiceDeps } from './context.js';
import { listCycles } from './cycles.js';
import { getMap } from './map.js';
import { mayAct, ownerActor, requireAct } from './mentorAccess.js';
import { listSelfChecks } from './selfChecks.js';

/**
 * The growth roadmap review's steps over the owner's map. The map must be shared; the self-check and
 * the cycles add their steps' facts only where they are shared too.
 */
export async function getRoadmapReview(deps: ServiceDeps, actor: Actor, owner?: string): Promise<RoadmapReview> {
  const ownerId = owner ?? actor.user.id;
  await requireAct(deps, actor, ownerId, 'map', 'read', 'That map');
  const as = await ownerActor(deps, actor, ownerId);
  const [map, selfChecks, cycles] = await Promise.all([
    getMap(deps, as),
    (await mayAct(deps, actor, ownerId, 'self-checks', 'read')) ? listSelfChecks(deps, as) : [],
    (await mayAct(deps, actor, ownerId, 'cycles', 'read')) ? listCycles(deps, as) : [],
  ]);
  const latest = [...selfChecks].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
  return {
    owner: { userId: as.user.id, name: as.user.name },
    steps: roadmapReviewOutline({
      systemStage: map.systemStage,
      destinations: map.destinations,
      selfCheck: latest && {
        stage: latest.stage,
        takenOn: latest.takenOn,
        overall: latest.result.overall,
        areas: latest.result.areas,
        toWorkOn: latest.result.toWorkOn,
      },
      cycles,
    }),
  };
}
