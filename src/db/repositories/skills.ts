import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { Level } from '../../schemas/common.js';
import type { Skill } from '../../schemas/map.js';
import { prepared } from '../prepared.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';
import { nextPosition } from './positions.js';

function toSkill(row: Selectable<Tables['skills']>): Skill {
  return {
    id: row.id,
    destinationId: row.destination_id,
    name: row.name,
    currentLevel: row.current_level as Level,
    targetLevel: row.target_level as Level,
    version: row.version,
  };
}

export async function insertSkill(
  db: Kysely<Tables>,
  skill: { id: string; destinationId: string; name: string; currentLevel: Level; targetLevel: Level; now: string },
): Promise<Skill> {
  if (!db.isTransaction) return db.transaction().execute((trx) => insertSkill(trx, skill));
  const position = await nextPosition(db, 'skills', { table: 'destinations', column: 'destination_id', id: skill.destinationId });
  const row = {
    id: skill.id,
    destination_id: skill.destinationId,
    name: skill.name,
    current_level: skill.currentLevel,
    target_level: skill.targetLevel,
    position,
    version: 1,
    created_at: skill.now,
    updated_at: skill.now,
  };
  await db.insertInto('skills').values(row).execute();
  return toSkill(row);
}

/** Every skill on the owner's map, in destination then skill order: one query for the whole map. */
const skillsOfOwner = prepared((db, ownerId) =>
  db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .selectAll('skills')
    .where('growth_maps.user_id', '=', ownerId)
    .orderBy('skills.position')
    .orderBy('skills.created_at'),
);

export async function listSkillsOfMap(db: Kysely<Tables>, scope: OwnerScope): Promise<Skill[]> {
  const rows = await skillsOfOwner(db, scope.ownerId);
  return rows.map(toSkill);
}

export async function listSkillsOfDestination(db: Kysely<Tables>, destinationId: string): Promise<Skill[]> {
  const rows = await db
    .selectFrom('skills')
    .selectAll()
    .where('destination_id', '=', destinationId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map(toSkill);
}

export async function findOwnSkill(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<Skill | null> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .selectAll('skills')
    .where('skills.id', '=', id)
    .where('growth_maps.user_id', '=', userId)
    .executeTakeFirst();
  return row ? toSkill(row) : null;
}

export async function updateSkill(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: { name?: string; targetLevel?: Level },
  now: string,
): Promise<boolean> {
  return updateVersioned(
    db,
    'skills',
    { column: 'id', id },
    version,
    { name: changes.name, target_level: changes.targetLevel },
    now,
  );
}

/** The current level is derived from the history; this keeps the stored copy in step with it. */
export async function setCurrentLevel(db: Kysely<Tables>, id: string, level: Level, now: string): Promise<void> {
  await db
    .updateTable('skills')
    .set((eb) => ({ current_level: level, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('current_level', '!=', level)
    .execute();
}

export async function deleteSkill(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('skills').where('id', '=', id).execute();
}
