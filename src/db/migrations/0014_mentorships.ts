import type { Kysely } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // An engineer's mentor (issue 10, section 2): invited by email, which is kept so the mentorship
  // attaches to whoever holds that email's account when they accept; mentor_id is set then (or at
  // once for an existing account). Ending a mentorship deletes the row: grants are read from here
  // on every request, so nothing of it outlives the delete.
  await db.schema
    .createTable('mentorships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('engineer_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mentor_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('invitation_id', 'text', (c) => c.references('invitations.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .execute();
  // One mentorship per engineer and email: inviting the same person twice is refused by the index.
  await db.schema.createIndex('mentorships_engineer_email').on('mentorships').columns(['engineer_id', 'email']).unique().execute();
  await db.schema.createIndex('mentorships_mentor').on('mentorships').columns(['mentor_id', 'engineer_id']).execute();
  await db.schema.createIndex('mentorships_email').on('mentorships').column('email').execute();

  // Who read whose records, as someone other than the owner: one row per allowed request.
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('viewer_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_log_owner').on('access_log').columns(['owner_id', 'at', 'id']).execute();
  await db.schema.createIndex('access_log_viewer').on('access_log').column('viewer_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('access_log').execute();
  await db.schema.dropTable('mentorships').execute();
}
