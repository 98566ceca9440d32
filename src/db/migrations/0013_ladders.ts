import type { Kysely } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // Career ladders an administrator uploaded: instance content, kept as parsed (levels with their
  // expectations, JSON) with the name of the file it came from. The shipped example is not here:
  // it is read from content/ladders/ at start.
  await db.schema
    .createTable('ladders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Each user's ladder and current level. ladder_id has no foreign key because the shipped
  // ladder has no row; deleting a ladder deletes the choices naming it in the same transaction.
  await db.schema
    .createTable('ladder_choices')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('ladder_id', 'text', (c) => c.notNull())
    .addColumn('level_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ladder_choices_ladder').on('ladder_choices').column('ladder_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ladder_choices').execute();
  await db.schema.dropTable('ladders').execute();
}
