import type { Kysely } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // The user's edited talking points, one draft per user; the computed points are never stored.
  await db.schema
    .createTable('talking_point_drafts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('markdown', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A team channel's incoming-webhook URL; wins are posted there only on the user's click.
  await db.schema.alterTable('preferences').addColumn('wins_webhook_url', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('preferences').dropColumn('wins_webhook_url').execute();
  await db.schema.dropTable('talking_point_drafts').execute();
}
