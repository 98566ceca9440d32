import type { Level } from '../schemas/common.js';
import type { PointSource, SkillEvidenceHealth } from '../schemas/talkingPoints.js';
import { levelDefinitions, levelRank } from './levels.js';

/** What the computation reads; services map their records onto these. */
export interface HealthSkill {
  id: string;
  name: string;
  destinationId: string;
  currentLevel: Level;
}

export interface HealthLevelChange {
  id: string;
  skillId: string;
  to: Level;
  /** Any kind: a kind added later (`endorsement`) counts by its name. */
  evidence: ReadonlyArray<{ kind: string; id?: string }>;
}

export interface HealthInputs {
  skills: readonly HealthSkill[];
  levelChanges: readonly HealthLevelChange[];
  artifacts: ReadonlyArray<{ id: string; skills: ReadonlyArray<{ skillId: string; level: Level }> }>;
  feedbackSessions: ReadonlyArray<{ id: string; observations: ReadonlyArray<{ skillId: string }> }>;
  /** Only reviewed cycles count: a review is where the cycle's demonstration was judged. */
  reviewedCycles: ReadonlyArray<{ id: string; destinationIds: readonly string[] }>;
}

const kindWords: Record<string, string> = {
  link: 'links',
  cycle: 'cycle reviews',
  feedback: 'feedback',
  artifact: 'artifacts',
  endorsement: 'endorsements',
};

/** Unknown kinds still read: "rests on talk evidence alone". */
const wordsFor = (kind: string) => kindWords[kind] ?? `${kind} evidence`;

/** What to add to one kind: the guide asks for signals others can confirm as well as work you can point to. */
const adviceFor = (kind: string) =>
  kind === 'feedback' || kind === 'endorsement' ? 'record an artifact that shows it' : 'ask for feedback or an endorsement';

function sourcesOf(skill: HealthSkill, inputs: HealthInputs): PointSource[] {
  const rank = levelRank(skill.currentLevel);
  // The changes that brought the skill to where it is: any level at or below the current one.
  const changes = inputs.levelChanges.filter((c) => c.skillId === skill.id && levelRank(c.to) <= rank);
  const cited = changes.flatMap((change) => change.evidence.map((item) => ({ kind: item.kind, id: item.id ?? change.id })));
  const artifacts = inputs.artifacts
    .filter((a) => a.skills.some((s) => s.skillId === skill.id && levelRank(s.level) >= rank))
    .map((a) => ({ kind: 'artifact', id: a.id }));
  const feedback = inputs.feedbackSessions
    .filter((session) => session.observations.some((o) => o.skillId === skill.id))
    .map((session) => ({ kind: 'feedback', id: session.id }));
  const cycles = inputs.reviewedCycles
    .filter((cycle) => cycle.destinationIds.includes(skill.destinationId))
    .map((cycle) => ({ kind: 'cycle', id: cycle.id }));
  const seen = new Set<string>();
  return [...cited, ...artifacts, ...feedback, ...cycles].filter((source) => {
    const key = `${source.kind}\u0000${source.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Novice is never warned: it means "can perform with guidance", the starting point, and a
 * warning on every new skill would drown the ones that matter.
 */
function warningFor(skill: HealthSkill, kinds: readonly string[]): SkillEvidenceHealth['warning'] {
  if (skill.currentLevel === 'novice') return null;
  const where = `${levelDefinitions[skill.currentLevel].label} in ${skill.name}`;
  const [only] = kinds;
  if (only === undefined) {
    return {
      code: 'own-word',
      message: `${where} rests on your own word alone: add an artifact, feedback or a cycle review.`,
    };
  }
  if (kinds.length === 1) {
    return { code: 'one-kind', message: `${where} rests on ${wordsFor(only)} alone: ${adviceFor(only)}.` };
  }
  return null;
}

/** For every skill, in the order given: what backs its current level, and a warning where that is thin. */
export function evidenceHealthOf(inputs: HealthInputs): SkillEvidenceHealth[] {
  return inputs.skills.map((skill) => {
    const sources = sourcesOf(skill, inputs);
    const kinds = [...new Set(sources.map((s) => s.kind))].sort();
    return {
      skillId: skill.id,
      skill: skill.name,
      destinationId: skill.destinationId,
      level: skill.currentLevel,
      sources,
      kinds,
      warning: warningFor(skill, kinds),
    };
  });
}
