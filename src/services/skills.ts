import { type Reader, ownScope, scopeOf } from './access.js';
import { findOwnSession } from '../db/repositories/feedbackSessions.js';
import { findOwnCycle } from '../db/repositories/cycles.js';
import { assertOwnArtifactEvidence } from './artifacts.js';
import { assertOwnEndorsementEvidence } from './endorsements.js';
import * as destinations from '../db/repositories/destinations.js';
import * as levelChanges from '../db/repositories/levelChanges.js';
import { setPositions } from '../db/repositories/positions.js';
import * as skills from '../db/repositories/skills.js';
import { isUniqueViolation } from '../db/errors.js';
import { currentLevelOf } from '../domain/levels.js';
import type { Level } from '../schemas/common.js';
import type { LevelChange, LevelChangeCreate, Skill, SkillCreate, SkillPatch } from '../schemas/map.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor, withTransaction } from './context.js';
import { invalid, notFound } from './errors.js';
import { assertSameSet } from './destinations.js';
import { updateOrConflict } from './versioned.js';

async function ownSkill(deps: ServiceDeps, reader: Reader, id: string): Promise<Skill> {
  const skill = await skills.findOwnSkill(deps.db, scopeOf(reader), id);
  if (!skill) throw notFound('That skill');
  return skill;
}

/** Creating a skill records its starting level as the first entry of its history. */
export async function createSkill(deps: ServiceDeps, actor: Actor, destinationId: string, body: SkillCreate) {
  if (!(await destinations.findOwnDestination(deps.db, ownScope(actor), destinationId))) {
    throw notFound('That destination');
  }
  const siblings = await skills.listSkillsOfDestination(deps.db, destinationId);
  if (siblings.some((s) => s.name.toLocaleLowerCase() === body.name.toLocaleLowerCase())) throw duplicateName();
  const now = nowIso(deps);
  return withTransaction(deps.db, async (trx) => {
    const skill = await skills.insertSkill(trx, { id: newId(), destinationId, now, ...body });
    await levelChanges.insertLevelChange(trx, {
      id: newId(),
      skillId: skill.id,
      from: null,
      to: body.currentLevel,
      note: 'Starting level.',
      evidence: [],
      date: todayFor(deps, actor.user),
      createdAt: now,
    });
    return skill;
  }).catch(asDuplicateName);
}

const duplicateName = () => invalid({ name: 'This destination already has a skill with this name.' });

/** The unique index (destination, lower(name)) catches what the check above cannot: two requests at once. */
function asDuplicateName(error: unknown): never {
  throw isUniqueViolation(error) ? duplicateName() : error;
}

export async function patchSkill(deps: ServiceDeps, actor: Actor, id: string, patch: SkillPatch): Promise<Skill> {
  const current = await ownSkill(deps, actor, id);
  await withTransaction(deps.db, async (trx) => {
    await updateOrConflict(
      () => skills.updateSkill(trx, id, patch.version, patch, nowIso(deps)),
      () => ownSkill({ ...deps, db: trx }, actor, id),
    );
    if (patch.currentLevel && patch.currentLevel !== current.currentLevel && patch.note) {
      await recordLevelChange({ ...deps, db: trx }, actor, current, { to: patch.currentLevel, note: patch.note });
    }
  }).catch(asDuplicateName);
  return ownSkill(deps, actor, id);
}

export async function deleteSkill(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownSkill(deps, actor, id);
  await skills.deleteSkill(deps.db, id);
}

export async function reorderSkills(deps: ServiceDeps, actor: Actor, destinationId: string, ids: string[]) {
  if (!(await destinations.findOwnDestination(deps.db, ownScope(actor), destinationId))) {
    throw notFound('That destination');
  }
  const existing = await skills.listSkillsOfDestination(deps.db, destinationId);
  assertSameSet(
    existing.map((s) => s.id),
    ids,
  );
  await setPositions(deps.db, 'skills', { column: 'destination_id', id: destinationId }, ids);
}

export async function listLevelChanges(deps: ServiceDeps, reader: Reader, skillId: string): Promise<LevelChange[]> {
  await ownSkill(deps, reader, skillId);
  return levelChanges.listLevelChanges(deps.db, skillId);
}

export async function addLevelChange(
  deps: ServiceDeps,
  actor: Actor,
  skillId: string,
  body: LevelChangeCreate,
): Promise<LevelChange> {
  const skill = await ownSkill(deps, actor, skillId);
  for (const [index, item] of (body.evidence ?? []).entries()) {
    if (item.kind === 'cycle' && !(await findOwnCycle(deps.db, ownScope(actor), item.id))) {
      throw invalid({ [`evidence.${index}.id`]: 'Point to one of your own cycles.' });
    }
    if (item.kind === 'feedback' && !(await findOwnSession(deps.db, ownScope(actor), item.id))) {
      throw invalid({ [`evidence.${index}.id`]: 'Point to one of your own feedback sessions.' });
    }
  }
  await assertOwnArtifactEvidence(deps, actor, body.evidence ?? []);
  await assertOwnEndorsementEvidence(deps, actor, body.evidence ?? []);
  return withTransaction(deps.db, (trx) => recordLevelChange({ ...deps, db: trx }, actor, skill, body));
}

/**
 * Levels may go down; a date is never in the future; the current level follows the latest entry.
 * Call inside a transaction; the skill must already be known to be the actor's.
 */
export async function recordLevelChange(
  deps: ServiceDeps,
  actor: Actor,
  skill: Skill,
  body: LevelChangeCreate,
): Promise<LevelChange> {
  const today = todayFor(deps, actor.user);
  const date = body.date ?? today;
  if (date > today) throw invalid({ date: `A level change cannot be dated after today (${today}).` });
  const history = await levelChanges.listLevelChanges(deps.db, skill.id);
  const before = history.filter((entry) => entry.date <= date);
  const change: LevelChange = {
    id: newId(),
    skillId: skill.id,
    from: currentLevelOf(before) ?? null,
    to: body.to,
    note: body.note,
    evidence: body.evidence ?? [],
    date,
    createdAt: nowIso(deps),
  };
  await levelChanges.insertLevelChange(deps.db, change);
  const level = currentLevelOf([...history, change]) as Level;
  await skills.setCurrentLevel(deps.db, skill.id, level, change.createdAt);
  return change;
}
