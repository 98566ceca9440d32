import type { Kysely } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // partner_key is the partner's name lowercased: open items carry into the next session with
  // the same partner however the name was typed.
  await db.schema
    .createTable('feedback_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('partner', 'text', (c) => c.notNull())
    .addColumn('partner_key', 'text', (c) => c.notNull())
    .addColumn('domain', 'text')
    .addColumn('went_well', 'text')
    .addColumn('challenging', 'text')
    .addColumn('improve_next', 'text')
    .addColumn('support_needed', 'text')
    .addColumn('observations', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_sessions_user').on('feedback_sessions').columns(['user_id', 'date']).execute();

  // An item belongs to the session it was agreed in; carried_into is a JSON array of the later
  // sessions it was carried into while open.
  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('feedback_sessions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('carried_into', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_items_user').on('action_items').columns(['user_id', 'status']).execute();
  await db.schema.createIndex('action_items_session').on('action_items').columns(['session_id']).execute();

  // Growth-map guide, section 7: a domain not paired in this many weeks gets a notice.
  await db.schema
    .alterTable('preferences')
    .addColumn('pairing_stale_weeks', 'integer', (c) => c.notNull().defaultTo(6))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('preferences').dropColumn('pairing_stale_weeks').execute();
  await db.schema.dropTable('action_items').execute();
  await db.schema.dropTable('feedback_sessions').execute();
}
