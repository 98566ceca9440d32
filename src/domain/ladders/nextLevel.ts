import type { Level } from '../../schemas/common.js';
import type { GapEvidence, LadderContent, LadderExpectation, LadderLevel } from '../../schemas/ladders.js';
import { levelRank } from '../levels.js';

/** Said with every answer: the list opens a conversation with a manager or mentor; it is not a score. */
export const ladderGuide =
  'A ladder is a guide for conversations, not a checklist: people grow into a level without showing every behaviour on it.';

const normalise = (words: string) => words.trim().toLowerCase().replace(/\s+/g, ' ');
export const sameSkill = (a: string, b: string) => normalise(a) === normalise(b);

const rankOf = (level: Level | null) => (level === null ? -1 : levelRank(level));

/**
 * The next level's expectations that differ from the current level's: statements new at the
 * next level, or the same skill expected at a higher level. Null `next` at the top.
 */
export function nextLevelOf(
  ladder: LadderContent,
  levelId: string,
): { current: LadderLevel; next: LadderLevel | null; gaps: LadderExpectation[] } | null {
  const index = ladder.levels.findIndex((level) => level.id === levelId);
  const current = ladder.levels[index];
  if (!current) return null;
  const next = ladder.levels[index + 1] ?? null;
  if (!next) return { current, next: null, gaps: [] };
  const statements = new Set(current.expectations.map((e) => normalise(e.statement)));
  const expectedNow = (skill: string) =>
    Math.max(
      -1,
      ...current.expectations.filter((e) => e.skill !== null && sameSkill(e.skill, skill)).map((e) => rankOf(e.expected)),
    );
  const gaps = next.expectations.filter(
    (e) => !statements.has(normalise(e.statement)) || (e.skill !== null && rankOf(e.expected) > expectedNow(e.skill)),
  );
  return { current, next, gaps };
}

export function nextLevelMessage(ladderName: string, current: LadderLevel, next: LadderLevel | null): string {
  if (!next) return `${current.name} is the top level of ${ladderName}: there is no next level to reach. ${ladderGuide}`;
  return `What ${next.name} asks for beyond ${current.name}. ${ladderGuide}`;
}

/** What the user has recorded about their skills (see db/repositories/ladders.ts). */
export interface SkillRecords {
  skills: readonly { id: string; name: string }[];
  artifactSkills: readonly { artifactId: string; skillId: string }[];
  feedback: readonly { id: string; skillIds: readonly string[] }[];
  /** Approved endorsements with the skills their endorser observed. */
  endorsements: readonly { id: string; skillIds: readonly string[] }[];
  levelChanges: readonly { skillId: string; evidence: readonly { kind: string; id?: string }[] }[];
}

const evidenceKinds: ReadonlySet<string> = new Set(['artifact', 'feedback', 'endorsement', 'cycle']);
const isEvidenceKind = (kind: string): kind is GapEvidence['kind'] => evidenceKinds.has(kind);

/**
 * The evidence that speaks to a ladder skill: artifacts showing a map skill of the same name
 * (case-insensitively), feedback sessions and approved endorsements that observed it, and what
 * backed its level changes.
 * Each item once, artifacts first.
 */
export function evidenceFor(records: SkillRecords, skill: string): GapEvidence[] {
  const skillIds = new Set(records.skills.filter((s) => sameSkill(s.name, skill)).map((s) => s.id));
  if (skillIds.size === 0) return [];
  const found = [
    ...records.artifactSkills.filter((a) => skillIds.has(a.skillId)).map((a) => ({ kind: 'artifact', id: a.artifactId })),
    ...records.feedback.filter((f) => f.skillIds.some((id) => skillIds.has(id))).map((f) => ({ kind: 'feedback', id: f.id })),
    ...records.endorsements
      .filter((e) => e.skillIds.some((id) => skillIds.has(id)))
      .map((e) => ({ kind: 'endorsement', id: e.id })),
    ...records.levelChanges.filter((c) => skillIds.has(c.skillId)).flatMap((c) => c.evidence),
  ];
  const seen = new Set<string>();
  return found.flatMap(({ kind, id }) => {
    if (id === undefined || !isEvidenceKind(kind) || seen.has(`${kind}:${id}`)) return [];
    seen.add(`${kind}:${id}`);
    return [{ kind, id }];
  });
}
