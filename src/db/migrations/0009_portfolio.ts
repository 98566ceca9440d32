import type { Kysely } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per user, made on first use: the version the whole ordered list is edited under.
  await db.schema
    .createTable('portfolios')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Deleting an artifact takes it out of the portfolio.
  await db.schema
    .createTable('portfolio_items')
    .addColumn('artifact_id', 'text', (c) => c.primaryKey().references('artifacts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('portfolios.user_id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('portfolio_items_user').on('portfolio_items').columns(['user_id', 'position']).execute();

  // Only the link's hash is kept; the snapshot is the JSON the reader sees, frozen when shared.
  // A revoked share keeps its row so its view log stays.
  await db.schema
    .createTable('portfolio_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('include_endorsements', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('portfolio_shares_user').on('portfolio_shares').columns(['user_id', 'created_at']).execute();

  // The time of each view and nothing about the reader.
  await db.schema
    .createTable('portfolio_share_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('share_id', 'text', (c) => c.notNull().references('portfolio_shares.id').onDelete('cascade'))
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('portfolio_share_views_share').on('portfolio_share_views').columns(['share_id', 'viewed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['portfolio_share_views', 'portfolio_shares', 'portfolio_items', 'portfolios']) {
    await db.schema.dropTable(table).execute();
  }
}
