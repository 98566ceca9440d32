import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { QuarterlyReview } from '../../schemas/planning.js';
import type { Tables } from '../tables.js';

function toReview(row: Selectable<Tables['quarterly_reviews']>): QuarterlyReview {
  return {
    id: row.id,
    date: row.date,
    notes: row.notes,
    decisions: JSON.parse(row.decisions) as QuarterlyReview['decisions'],
    snapshot: JSON.parse(row.snapshot) as QuarterlyReview['snapshot'],
    wins: row.wins,
    createdAt: row.created_at,
  };
}

export async function insertQuarterlyReview(db: Kysely<Tables>, scope: OwnerScope, review: QuarterlyReview): Promise<void> {
  const userId = scope.ownerId;
  await db
    .insertInto('quarterly_reviews')
    .values({
      id: review.id,
      user_id: userId,
      date: review.date,
      notes: review.notes,
      decisions: JSON.stringify(review.decisions),
      snapshot: JSON.stringify(review.snapshot),
      wins: review.wins,
      created_at: review.createdAt,
    })
    .execute();
}

/** Newest first. */
export async function listQuarterlyReviews(db: Kysely<Tables>, scope: OwnerScope): Promise<QuarterlyReview[]> {
  const userId = scope.ownerId;
  const rows = await db
    .selectFrom('quarterly_reviews')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toReview);
}

export async function findOwnQuarterlyReview(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<QuarterlyReview | null> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('quarterly_reviews')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toReview(row) : null;
}

export async function deleteQuarterlyReview(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('quarterly_reviews').where('id', '=', id).execute();
}
