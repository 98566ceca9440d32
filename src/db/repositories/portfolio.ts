import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import { type SharedPortfolio, sharedPortfolio } from '../../schemas/portfolio.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

/** Makes the user's portfolio row on first use, at version 1; a second call changes nothing. */
export async function ensurePortfolio(db: Kysely<Tables>, scope: OwnerScope, now: string): Promise<void> {
  const userId = scope.ownerId;
  await db
    .insertInto('portfolios')
    .values({ user_id: userId, version: 1, updated_at: now })
    .onConflict((conflict) => conflict.column('user_id').doNothing())
    .execute();
}

/** The portfolio's version; 1 before its first edit. */
export async function portfolioVersion(db: Kysely<Tables>, scope: OwnerScope): Promise<number> {
  const userId = scope.ownerId;
  const row = await db.selectFrom('portfolios').select('version').where('user_id', '=', userId).executeTakeFirst();
  return row?.version ?? 1;
}

/** Moves the portfolio to its next version only while it is at `version`. */
export const updatePortfolioVersioned = (db: Kysely<Tables>, scope: OwnerScope, version: number, now: string) =>
  updateVersioned(db, 'portfolios', { column: 'user_id', id: scope.ownerId }, version, {}, now);

/** Moves the portfolio to its next version whatever it was (a write that named none); takes the row's lock. */
export async function bumpPortfolio(db: Kysely<Tables>, scope: OwnerScope, now: string): Promise<void> {
  const userId = scope.ownerId;
  await db
    .updateTable('portfolios')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
    .where('user_id', '=', userId)
    .execute();
}

/** The ids of the artifacts in the portfolio, in the owner's order. */
export async function portfolioArtifactIds(db: Kysely<Tables>, scope: OwnerScope): Promise<string[]> {
  const userId = scope.ownerId;
  const rows = await db
    .selectFrom('portfolio_items')
    .select('artifact_id')
    .where('user_id', '=', userId)
    .orderBy('position')
    .execute();
  return rows.map((row) => row.artifact_id);
}

export async function setPortfolioArtifacts(
  db: Kysely<Tables>,
  scope: OwnerScope,
  artifactIds: readonly string[],
): Promise<void> {
  const userId = scope.ownerId;
  await db.deleteFrom('portfolio_items').where('user_id', '=', userId).execute();
  if (artifactIds.length === 0) return;
  await db
    .insertInto('portfolio_items')
    .values(artifactIds.map((artifactId, position) => ({ artifact_id: artifactId, user_id: userId, position })))
    .execute();
}

/** The names of these skills of the user's map, by id. */
export async function skillNamesOf(db: Kysely<Tables>, scope: OwnerScope, ids: readonly string[]): Promise<Map<string, string>> {
  const userId = scope.ownerId;
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select(['skills.id', 'skills.name'])
    .where('growth_maps.user_id', '=', userId)
    .where('skills.id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A share as its owner sees it; the status is derived by the service from the clock. */
export interface ShareRecord {
  id: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  viewCount: number;
  includeEndorsements: boolean;
  snapshot: SharedPortfolio;
}

export interface NewShare {
  id: string;
  tokenHash: string;
  snapshot: SharedPortfolio;
  includeEndorsements: boolean;
  createdAt: string;
  expiresAt: string;
}

export async function insertShare(db: Kysely<Tables>, scope: OwnerScope, share: NewShare): Promise<void> {
  await db
    .insertInto('portfolio_shares')
    .values({
      id: share.id,
      user_id: scope.ownerId,
      token_hash: share.tokenHash,
      snapshot: JSON.stringify(share.snapshot),
      include_endorsements: share.includeEndorsements ? 1 : 0,
      created_at: share.createdAt,
      expires_at: share.expiresAt,
      revoked_at: null,
    })
    .execute();
}

type ShareRow = Selectable<Tables['portfolio_shares']> & { view_count: number | string | bigint };

const toShare = (row: ShareRow): ShareRecord => ({
  id: row.id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  viewCount: Number(row.view_count),
  includeEndorsements: row.include_endorsements === 1,
  snapshot: sharedPortfolio.parse(JSON.parse(row.snapshot)),
});

function sharesOf(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('portfolio_shares')
    .selectAll('portfolio_shares')
    .select((eb) =>
      eb
        .selectFrom('portfolio_share_views')
        .select((inner) => inner.fn.countAll<number | string>().as('count'))
        .whereRef('portfolio_share_views.share_id', '=', 'portfolio_shares.id')
        .as('view_count'),
    )
    .where('portfolio_shares.user_id', '=', userId);
}

/** The user's shares, newest first, with how often each was opened. */
export async function listShares(db: Kysely<Tables>, scope: OwnerScope): Promise<ShareRecord[]> {
  const userId = scope.ownerId;
  const rows = await sharesOf(db, userId)
    .orderBy('portfolio_shares.created_at', 'desc')
    .orderBy('portfolio_shares.id', 'desc')
    .execute();
  return rows.map((row) => toShare({ ...row, view_count: row.view_count ?? 0 }));
}

export async function findOwnShare(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<ShareRecord | null> {
  const userId = scope.ownerId;
  const row = await sharesOf(db, userId).where('portfolio_shares.id', '=', id).executeTakeFirst();
  return row ? toShare({ ...row, view_count: row.view_count ?? 0 }) : null;
}

/** Revokes one of the user's shares now; one already revoked keeps its first time. */
export async function revokeShare(db: Kysely<Tables>, scope: OwnerScope, id: string, now: string): Promise<void> {
  const userId = scope.ownerId;
  await db
    .updateTable('portfolio_shares')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The share a link opens: known, not revoked and not expired at `now`; null otherwise, whichever it is. */
export async function findLiveShare(
  db: Kysely<Tables>,
  tokenHash: string,
  now: string,
): Promise<{ id: string; snapshot: SharedPortfolio } | null> {
  const row = await db
    .selectFrom('portfolio_shares')
    .select(['id', 'snapshot'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row ? { id: row.id, snapshot: sharedPortfolio.parse(JSON.parse(row.snapshot)) } : null;
}

export async function insertView(db: Kysely<Tables>, view: { id: string; shareId: string; viewedAt: string }): Promise<void> {
  await db
    .insertInto('portfolio_share_views')
    .values({ id: view.id, share_id: view.shareId, viewed_at: view.viewedAt })
    .execute();
}

/** The times a share was opened, newest first. */
export async function listViews(db: Kysely<Tables>, shareId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('portfolio_share_views')
    .select('viewed_at')
    .where('share_id', '=', shareId)
    .orderBy('viewed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => row.viewed_at);
}

/** Every view of every share of the user, by share, newest first (for the export). */
export async function listViewsOfUser(db: Kysely<Tables>, scope: OwnerScope): Promise<Map<string, string[]>> {
  const userId = scope.ownerId;
  const rows = await db
    .selectFrom('portfolio_share_views')
    .innerJoin('portfolio_shares', 'portfolio_shares.id', 'portfolio_share_views.share_id')
    .select(['portfolio_share_views.share_id', 'portfolio_share_views.viewed_at'])
    .where('portfolio_shares.user_id', '=', userId)
    .orderBy('portfolio_share_views.viewed_at', 'desc')
    .orderBy('portfolio_share_views.id', 'desc')
    .execute();
  const views = new Map<string, string[]>();
  for (const row of rows) views.set(row.share_id, [...(views.get(row.share_id) ?? []), row.viewed_at]);
  return views;
}
