/**
 * The wizard's practice tasks, readings and starter projects: the stage's own, ranked by how
 * many drafted skills they exercise, each saying which skill and destination it serves.
 */
import type { SystemStage } from '../schemas/common.js';
import type { Content, StarterProject } from '../schemas/content.js';
import { quote, type Suggestion } from './selfCheck.js';

/** A drafted skill with the title of the destination that asked for it. */
export interface DraftedSkill {
  id: string;
  name: string;
  dest: string;
}

export const hitOf = (ids: string[], among: DraftedSkill[]) => among.find((d) => ids.includes(d.id));
export const hits = (ids: string[], among: DraftedSkill[]) => among.filter((d) => ids.includes(d.id)).length;

export interface ContentSuggestions {
  practiceTasks: Suggestion[];
  readings: Suggestion[];
  starterProjects: Suggestion[];
  /** Every fitting starter project, best first: the cycle's backup project is chosen among them. */
  projects: StarterProject[];
}

export function suggestFromContent(
  content: Content,
  stage: SystemStage,
  stageName: string,
  drafted: DraftedSkill[],
): ContentSuggestions {
  const byHits = <T extends { skills: string[] }>(list: T[]) =>
    [...list].sort((a, b) => hits(b.skills, drafted) - hits(a.skills, drafted));
  const because = (ids: string[], what: string, verb = 'exercises') => {
    const h = hitOf(ids, drafted)!;
    return `${what}; it ${verb} ${h.name} for ${quote(h.dest)}.`;
  };
  const stageTasks = content.practiceTasks.filter((t) => t.stage === stage);
  const forSkills = byHits(stageTasks.filter((t) => hitOf(t.skills, drafted)));
  const practiceTasks = (
    forSkills.length
      ? forSkills.map((t) => ({ id: t.id, because: because(t.skills, `A ${stageName} practice task`) }))
      : stageTasks.map((t) => ({
          id: t.id,
          because: `A ${stageName} practice task; none targets the drafted skills, so it broadens your view of the stage.`,
        }))
  ).slice(0, 4);
  const readings = byHits(content.readings.filter((r) => r.stages.includes(stage)))
    .slice(0, 5)
    .map((r) => ({
      id: r.id,
      because: hitOf(r.skills, drafted)
        ? because(r.skills, `On the ${stageName} reading path`, 'covers')
        : `On the ${stageName} reading path.`,
    }));
  const projects = byHits(content.starterProjects.filter((p) => p.stages.includes(stage) || hitOf(p.skills, drafted)));
  const starterProjects = projects.slice(0, 3).map((p) => ({
    id: p.id,
    because: hitOf(p.skills, drafted)
      ? because(p.skills, 'A starter project')
      : `A starter project suggested for the ${stageName} stage.`,
  }));
  return { practiceTasks, readings, starterProjects, projects };
}
