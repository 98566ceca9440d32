import type { OwnerScope } from '../../services/access.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { observation } from '../../schemas/feedbackSessions.js';
import { type Ladder, type LadderContent, ladderFormat, ladderLevel } from '../../schemas/ladders.js';
import type { SkillRecords } from '../../domain/ladders/nextLevel.js';
import type { Tables } from '../tables.js';
import { listLevelChangesOfUser } from './levelChanges.js';

const storedLevels = z.array(ladderLevel);

export async function listLadders(db: Kysely<Tables>): Promise<Ladder[]> {
  const rows = await db.selectFrom('ladders').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    format: ladderFormat.parse(row.format),
    shipped: false,
    levels: storedLevels.parse(JSON.parse(row.levels)),
  }));
}

export async function findLadder(db: Kysely<Tables>, id: string): Promise<Ladder | null> {
  const row = await db.selectFrom('ladders').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    format: ladderFormat.parse(row.format),
    shipped: false,
    levels: storedLevels.parse(JSON.parse(row.levels)),
  };
}

export async function insertLadder(
  db: Kysely<Tables>,
  record: { id: string; content: LadderContent; sourceName: string; uploadedBy: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('ladders')
    .values({
      id: record.id,
      name: record.content.name,
      format: record.content.format,
      source_name: record.sourceName,
      levels: JSON.stringify(record.content.levels),
      uploaded_by: record.uploadedBy,
      created_at: record.createdAt,
    })
    .execute();
}

/** Deletes the ladder and every user's choice of it; false when there was no such ladder. */
export async function deleteLadder(db: Kysely<Tables>, id: string): Promise<boolean> {
  await db.deleteFrom('ladder_choices').where('ladder_id', '=', id).execute();
  const result = await db.deleteFrom('ladders').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function findChoice(db: Kysely<Tables>, scope: OwnerScope): Promise<{ ladderId: string; levelId: string } | null> {
  const row = await db.selectFrom('ladder_choices').selectAll().where('user_id', '=', scope.ownerId).executeTakeFirst();
  return row ? { ladderId: row.ladder_id, levelId: row.level_id } : null;
}

export async function putChoice(
  db: Kysely<Tables>,
  scope: OwnerScope,
  choice: { ladderId: string; levelId: string; now: string },
): Promise<void> {
  await db
    .insertInto('ladder_choices')
    .values({ user_id: scope.ownerId, ladder_id: choice.ladderId, level_id: choice.levelId, updated_at: choice.now })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ ladder_id: choice.ladderId, level_id: choice.levelId, updated_at: choice.now }),
    )
    .execute();
}

const observations = z.array(observation.pick({ skillId: true }));

export async function skillRecordsOf(db: Kysely<Tables>, scope: OwnerScope): Promise<SkillRecords> {
  const userId = scope.ownerId;
  const skills = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select(['skills.id', 'skills.name'])
    .where('growth_maps.user_id', '=', userId)
    .execute();
  const artifactSkills = await db
    .selectFrom('artifact_skills')
    .innerJoin('artifacts', 'artifacts.id', 'artifact_skills.artifact_id')
    .select(['artifact_skills.artifact_id as artifactId', 'artifact_skills.skill_id as skillId'])
    .where('artifacts.user_id', '=', userId)
    .orderBy('artifacts.created_at', 'desc')
    .execute();
  const sessions = await db
    .selectFrom('feedback_sessions')
    .select(['id', 'observations'])
    .where('user_id', '=', userId)
    .orderBy('date', 'desc')
    .execute();
  const endorsements = await db
    .selectFrom('endorsements')
    .select(['id', 'observations'])
    .where('user_id', '=', userId)
    .where('status', '=', 'approved')
    .orderBy('created_at', 'desc')
    .execute();
  const changes = await listLevelChangesOfUser(db, scope);
  return {
    skills,
    artifactSkills,
    feedback: sessions.map((s) => ({ id: s.id, skillIds: observations.parse(JSON.parse(s.observations)).map((o) => o.skillId) })),
    endorsements: endorsements.map((e) => ({
      id: e.id,
      skillIds: observations.parse(JSON.parse(e.observations)).map((o) => o.skillId),
    })),
    levelChanges: changes.map((c) => ({ skillId: c.skillId, evidence: c.evidence })),
  };
}
