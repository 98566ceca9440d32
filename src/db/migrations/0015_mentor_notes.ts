import type { Kysely } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // A comment on one of the owner's records (a destination, a progress entry or an artifact), by the
  // owner or a mentor. subject_id has no foreign key because the subject lives in one of three tables;
  // a comment is only ever read through its subject, so one whose subject is gone is never shown.
  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comments_subject')
    .on('comments')
    .columns(['owner_id', 'subject_kind', 'subject_id'])
    .execute();
  await db.schema.createIndex('comments_author').on('comments').column('author_id').execute();

  // Who has read which comment: unread is "written by someone else and no row here", so the count
  // does not depend on two clocks agreeing.
  await db.schema
    .createTable('comment_reads')
    .addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_reads_pk', ['comment_id', 'user_id'])
    .execute();
  await db.schema.createIndex('comment_reads_user').on('comment_reads').column('user_id').execute();

  // A mentor's rating of one of the mentee's skills, kept as history: the latest per mentor counts.
  await db.schema
    .createTable('mentor_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mentor_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mentor_ratings_owner').on('mentor_ratings').columns(['owner_id', 'skill_id']).execute();
  await db.schema.createIndex('mentor_ratings_mentor').on('mentor_ratings').column('mentor_id').execute();

  // When a mentor last looked at a mentee: the dashboard's "changed since you last looked".
  await db.schema
    .createTable('mentee_views')
    .addColumn('mentor_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentee_views_pk', ['mentor_id', 'owner_id'])
    .execute();
  await db.schema.createIndex('mentee_views_owner').on('mentee_views').column('owner_id').execute();

  // A session co-written with a mentor names them; outcomes are the steps of a growth roadmap review,
  // as a JSON array of {step, title, text}.
  await db.schema
    .alterTable('feedback_sessions')
    .addColumn('written_with', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('feedback_sessions')
    .addColumn('outcomes', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feedback_sessions').dropColumn('outcomes').execute();
  await db.schema.alterTable('feedback_sessions').dropColumn('written_with').execute();
  await db.schema.dropTable('mentee_views').execute();
  await db.schema.dropTable('mentor_ratings').execute();
  await db.schema.dropTable('comment_reads').execute();
  await db.schema.dropTable('comments').execute();
}
