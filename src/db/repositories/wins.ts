import type { OwnerScope } from '../../services/access.js';
import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * The owner's completed destinations with the instant they last changed: a destination is
 * rarely edited once completed, so that is when it was completed, near enough to order wins.
 */
export async function listCompletedDestinations(db: Kysely<Tables>, scope: OwnerScope) {
  const userId = scope.ownerId;
  return db
    .selectFrom('destinations')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select(['destinations.id', 'destinations.title', 'destinations.measure', 'destinations.updated_at as updatedAt'])
    .where('growth_maps.user_id', '=', userId)
    .where('destinations.status', '=', 'completed')
    .execute();
}
