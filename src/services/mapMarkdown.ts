import { ownScope } from './access.js';
import * as artifacts from '../db/repositories/artifacts.js';
import { type WritableMap, writeMapMarkdown } from '../domain/mapMarkdown/write.js';
import type { Artifact } from '../schemas/artifacts.js';
import type { Cycle, LearningMode, ProgressEntry } from '../schemas/cycles.js';
import type { Actor, ServiceDeps } from './context.js';
import { listCyclesWithEntries } from './cycles.js';
import { getMap } from './map.js';

/** The guide's activities ("Reading, hands-on project, pairing, teaching", section 5), as the Activities line says them. */
const activityWords: Record<LearningMode, string> = {
  reading: 'reading',
  'hands-on': 'hands-on project',
  pairing: 'pairing',
  teaching: 'teaching',
};

const RUNNING: readonly string[] = ['active', 'in-review', 'review-overdue'];

/** The cycle the template's plan shows, as on the one-page map: the running one, else the next planned, else the last reviewed. */
export function currentCycleOf(cycles: readonly Cycle[]): Cycle | undefined {
  return (
    cycles.find((c) => RUNNING.includes(c.status)) ??
    cycles.filter((c) => c.status === 'planned').at(-1) ??
    cycles.find((c) => c.status === 'closed')
  );
}

/** `Week N: [what you did, evidence]`: the entry's words, then its links. */
export function logLineOf(entry: ProgressEntry): string {
  const links = entry.evidence.flatMap((e) => (e.kind === 'link' ? [e.url] : []));
  return [entry.text, ...links].join(', ');
}

/** `1. [Link or description]`: the artifact's title, then its link. */
export const artifactLineOf = (artifact: Artifact): string =>
  artifact.url ? `${artifact.title} - ${artifact.url}` : artifact.title;

/** The map, its current cycle with its log, and the artifacts, as the template's parts. */
export async function markdownMapOf(deps: ServiceDeps, actor: Actor): Promise<WritableMap> {
  const [map, { cycles, entries }, ownArtifacts] = await Promise.all([
    getMap(deps, actor),
    listCyclesWithEntries(deps, actor),
    artifacts.listArtifacts(deps.db, ownScope(actor)),
  ]);
  const cycle = currentCycleOf(cycles);
  // Cycles come newest first; the file counts them from the first.
  const number = cycle ? cycles.length - cycles.indexOf(cycle) : null;
  return {
    name: actor.user.name,
    destinations: map.destinations.map((d) => ({
      ...d,
      skills: d.skills.map(({ name, currentLevel, targetLevel }) => ({ name, currentLevel, targetLevel })),
    })),
    cycle: cycle
      ? {
          number,
          lengthWeeks: cycle.lengthWeeks,
          goal: cycle.goal,
          activities: cycle.modes.map((mode) => activityWords[mode]).join(', ') || null,
          reviewDate: cycle.reviewDate,
        }
      : null,
    log: entries
      .filter((entry) => entry.cycleId === cycle?.id)
      .sort((a, b) => a.week - b.week || a.createdAt.localeCompare(b.createdAt))
      .map((entry) => ({ week: entry.week, text: logLineOf(entry) })),
    artifacts: ownArtifacts.map((artifact) => ({ text: artifactLineOf(artifact) })),
  };
}

export async function exportMapMarkdown(deps: ServiceDeps, actor: Actor): Promise<string> {
  return writeMapMarkdown(await markdownMapOf(deps, actor));
}
