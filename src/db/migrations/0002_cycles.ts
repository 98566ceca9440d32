import type { Kysely } from 'kysely';

// Learning cycles, the progress log, quarterly reviews, preferences and digest deliveries.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cycles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('length_weeks', 'integer', (c) => c.notNull())
    .addColumn('review_weeks', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('review_date', 'text', (c) => c.notNull())
    .addColumn('modes', 'text', (c) => c.notNull())
    .addColumn('backup_project', 'text')
    .addColumn('using_backup', 'integer', (c) => c.notNull())
    .addColumn('paused_since', 'text')
    .addColumn('paused_days', 'integer', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('went_well', 'text')
    .addColumn('did_not_go_well', 'text')
    .addColumn('next_goal', 'text')
    .addColumn('review_level_change_ids', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cycles_user').on('cycles').columns(['user_id', 'start_date']).execute();

  await db.schema
    .createTable('cycle_destinations')
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('destination_id', 'text', (c) => c.notNull().references('destinations.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('cycle_destinations_pk', ['cycle_id', 'destination_id'])
    .execute();

  await db.schema
    .createTable('progress_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('week', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('progress_entries_cycle').on('progress_entries').columns(['cycle_id', 'week']).execute();

  await db.schema
    .createTable('preferences')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('review_cadence_months', 'integer', (c) => c.notNull())
    .addColumn('feedback_weekday', 'text')
    .addColumn('feedback_time', 'text')
    .addColumn('feedback_interval_weeks', 'integer')
    .addColumn('feedback_start_date', 'text')
    .addColumn('digest_enabled', 'integer', (c) => c.notNull())
    .addColumn('onboarding_dismissed', 'integer', (c) => c.notNull())
    .addColumn('calendar_token_hash', 'text', (c) => c.unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('quarterly_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('decisions', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('wins', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quarterly_reviews_user').on('quarterly_reviews').columns(['user_id', 'date']).execute();

  await db.schema
    .createTable('digest_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('digest_deliveries_once', ['user_id', 'period'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['digest_deliveries', 'quarterly_reviews', 'preferences', 'progress_entries', 'cycle_destinations', 'cycles']) {
    await db.schema.dropTable(table).execute();
  }
}
