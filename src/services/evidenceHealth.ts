import { listArtifacts } from '../db/repositories/artifacts.js';
import { listOwnCycles } from '../db/repositories/cycles.js';
import * as destinations from '../db/repositories/destinations.js';
import { listSessions } from '../db/repositories/feedbackSessions.js';
import { listLevelChangesOfUser } from '../db/repositories/levelChanges.js';
import { listSkillsOfMap } from '../db/repositories/skills.js';
import { evidenceHealthOf } from '../domain/evidenceHealth.js';
import type { EvidenceHealth } from '../schemas/talkingPoints.js';
import { type Reader, scopeOf } from './access.js';
import type { ServiceDeps } from './context.js';

/** Everything the proof views read, in one round of queries; a user without a map has none of it. */
export async function loadProof(deps: ServiceDeps, reader: Reader) {
  const scope = scopeOf(reader);
  const [destinationList, skills, levelChanges, artifacts, sessions, cycles] = await Promise.all([
    destinations.listDestinations(deps.db, scope),
    listSkillsOfMap(deps.db, scope),
    listLevelChangesOfUser(deps.db, scope),
    listArtifacts(deps.db, scope),
    listSessions(deps.db, scope, {}),
    listOwnCycles(deps.db, scope),
  ]);
  const order = new Map(destinationList.map((d, index) => [d.id, index]));
  // The map's order: destinations as placed, skills as placed within them.
  const orderedSkills = [...skills].sort((a, b) => (order.get(a.destinationId) ?? 0) - (order.get(b.destinationId) ?? 0));
  return { destinations: destinationList, skills: orderedSkills, levelChanges, artifacts, sessions, cycles };
}

export type Proof = Awaited<ReturnType<typeof loadProof>>;

export function healthOf(proof: Proof) {
  return evidenceHealthOf({
    skills: proof.skills.map((s) => ({ id: s.id, name: s.name, destinationId: s.destinationId, currentLevel: s.currentLevel })),
    levelChanges: proof.levelChanges,
    artifacts: proof.artifacts,
    feedbackSessions: proof.sessions,
    reviewedCycles: proof.cycles.filter((cycle) => cycle.review !== null),
  });
}

export async function getEvidenceHealth(deps: ServiceDeps, reader: Reader): Promise<EvidenceHealth> {
  return { skills: healthOf(await loadProof(deps, reader)) };
}
