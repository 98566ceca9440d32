import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { SystemStage } from '../../schemas/common.js';
import { prepared } from '../prepared.js';
import { keptWhileUnchanged } from '../readCache.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

export interface MapRecord {
  id: string;
  userId: string;
  title: string;
  role: string | null;
  techStack: string[];
  systemStage: SystemStage | null;
  version: number;
  updatedAt: string;
}

function toMap(row: Selectable<Tables['growth_maps']>): MapRecord {
  return {
    id: row.id,
    userId: row.user_id,
    title: row.title,
    role: row.role,
    techStack: JSON.parse(row.tech_stack) as string[],
    systemStage: row.system_stage as SystemStage | null,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export async function insertMap(
  db: Kysely<Tables>,
  map: { id: string; userId: string; title: string; now: string },
): Promise<void> {
  await db
    .insertInto('growth_maps')
    .values({
      id: map.id,
      user_id: map.userId,
      title: map.title,
      role: null,
      tech_stack: '[]',
      system_stage: null,
      version: 1,
      created_at: map.now,
      updated_at: map.now,
      revision: 0,
    })
    .execute();
}

// The map read's three queries are compiled once: it is the app's most frequent request.
const mapByUser = prepared((db, userId) => db.selectFrom('growth_maps').selectAll().where('user_id', '=', userId));

export async function findMapByUser(db: Kysely<Tables>, scope: OwnerScope): Promise<MapRecord | null> {
  const userId = scope.ownerId;
  const [row] = await mapByUser(db, userId);
  return row ? toMap(row) : null;
}

// Every map read asks this first (the one-page map on each load): kept while the database is unchanged.
const revisionByUser = keptWhileUnchanged(
  prepared((db, userId) => db.selectFrom('growth_maps').select('revision').where('user_id', '=', userId)),
);

/** The map's revision (see migration 0012): it moves whenever anything a map read shows changes. */
export async function findMapRevision(db: Kysely<Tables>, scope: OwnerScope): Promise<number | null> {
  const userId = scope.ownerId;
  const [row] = await revisionByUser(db, userId);
  return row ? row.revision : null;
}

export interface MapChanges {
  title?: string;
  role?: string | null;
  techStack?: string[];
  systemStage?: SystemStage | null;
}

export async function updateMap(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: MapChanges,
  now: string,
): Promise<boolean> {
  return updateVersioned(
    db,
    'growth_maps',
    { column: 'id', id },
    version,
    {
      title: changes.title,
      role: changes.role,
      tech_stack: changes.techStack && JSON.stringify(changes.techStack),
      system_stage: changes.systemStage,
    },
    now,
  );
}
