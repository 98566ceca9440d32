import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { Category, DestinationStatus } from '../../schemas/common.js';
import { prepared } from '../prepared.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';
import { nextPosition } from './positions.js';

export interface DestinationRecord {
  id: string;
  mapId: string;
  title: string;
  category: Category;
  description: string | null;
  measure: string | null;
  targetDate: string | null;
  businessImpact: string | null;
  status: DestinationStatus;
  version: number;
}

function toDestination(row: Selectable<Tables['destinations']>): DestinationRecord {
  return {
    id: row.id,
    mapId: row.map_id,
    title: row.title,
    category: row.category as Category,
    description: row.description,
    measure: row.measure,
    targetDate: row.target_date,
    businessImpact: row.business_impact,
    status: row.status as DestinationStatus,
    version: row.version,
  };
}

export type DestinationFields = Omit<DestinationRecord, 'id' | 'mapId' | 'version'>;

export async function insertDestination(
  db: Kysely<Tables>,
  destination: { id: string; mapId: string; now: string } & DestinationFields,
): Promise<void> {
  if (!db.isTransaction) return db.transaction().execute((trx) => insertDestination(trx, destination));
  const position = await nextPosition(db, 'destinations', { table: 'growth_maps', column: 'map_id', id: destination.mapId });
  await db
    .insertInto('destinations')
    .values({
      id: destination.id,
      map_id: destination.mapId,
      title: destination.title,
      category: destination.category,
      description: destination.description,
      measure: destination.measure,
      target_date: destination.targetDate,
      business_impact: destination.businessImpact,
      status: destination.status,
      position,
      version: 1,
      created_at: destination.now,
      updated_at: destination.now,
    })
    .execute();
}

// A user has one map (growth_maps.user_id is unique): the owner's destinations are their map's.
const destinationsOfOwner = prepared((db, ownerId) =>
  db
    .selectFrom('destinations')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .selectAll('destinations')
    .where('growth_maps.user_id', '=', ownerId)
    .orderBy('destinations.position')
    .orderBy('destinations.created_at'),
);

export async function listDestinations(db: Kysely<Tables>, scope: OwnerScope): Promise<DestinationRecord[]> {
  const rows = await destinationsOfOwner(db, scope.ownerId);
  return rows.map(toDestination);
}

/** Only a destination on the user's own map is found; anyone else's is "not found". */
export async function findOwnDestination(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<DestinationRecord | null> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('destinations')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .selectAll('destinations')
    .where('destinations.id', '=', id)
    .where('growth_maps.user_id', '=', userId)
    .executeTakeFirst();
  return row ? toDestination(row) : null;
}

export async function updateDestination(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: Partial<DestinationFields>,
  now: string,
): Promise<boolean> {
  return updateVersioned(
    db,
    'destinations',
    { column: 'id', id },
    version,
    {
      title: changes.title,
      category: changes.category,
      description: changes.description,
      measure: changes.measure,
      target_date: changes.targetDate,
      business_impact: changes.businessImpact,
      status: changes.status,
    },
    now,
  );
}

export async function deleteDestination(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('destinations').where('id', '=', id).execute();
}
