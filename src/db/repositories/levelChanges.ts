import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { Level } from '../../schemas/common.js';
import type { Evidence, LevelChange } from '../../schemas/map.js';
import type { Tables } from '../tables.js';

function toLevelChange(row: Selectable<Tables['level_changes']>): LevelChange {
  return {
    id: row.id,
    skillId: row.skill_id,
    from: row.from_level as Level | null,
    to: row.to_level as Level,
    note: row.note,
    evidence: JSON.parse(row.evidence) as Evidence[],
    date: row.date,
    createdAt: row.created_at,
  };
}

export async function insertLevelChange(db: Kysely<Tables>, change: LevelChange): Promise<void> {
  await db
    .insertInto('level_changes')
    .values({
      id: change.id,
      skill_id: change.skillId,
      from_level: change.from,
      to_level: change.to,
      note: change.note,
      evidence: JSON.stringify(change.evidence),
      date: change.date,
      created_at: change.createdAt,
    })
    .execute();
}

/** Oldest first: by date, then by creation. */
export async function listLevelChanges(db: Kysely<Tables>, skillId: string): Promise<LevelChange[]> {
  const rows = await db
    .selectFrom('level_changes')
    .selectAll()
    .where('skill_id', '=', skillId)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toLevelChange);
}

export async function listLevelChangesOfUser(db: Kysely<Tables>, scope: OwnerScope): Promise<LevelChange[]> {
  const rows = await db
    .selectFrom('level_changes')
    .innerJoin('skills', 'skills.id', 'level_changes.skill_id')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .selectAll('level_changes')
    .where('growth_maps.user_id', '=', scope.ownerId)
    .orderBy('level_changes.date')
    .orderBy('level_changes.created_at')
    .execute();
  return rows.map(toLevelChange);
}
