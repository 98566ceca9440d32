import { type Kysely, SqliteAdapter } from 'kysely';

// Artifacts: the work an engineer can point to (the growth-map guide's "build signals you can
// point to"), the skills and destinations each backs, and at most one file, kept in the database
// so a backup and several instances keep working.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('artifacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('url', 'text')
    .addColumn('description', 'text')
    .addColumn('outcome', 'text')
    .addColumn('metric', 'text')
    .addColumn('cycle_id', 'text', (c) => c.references('cycles.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('artifacts_user').on('artifacts').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('artifacts_cycle').on('artifacts').column('cycle_id').execute();

  // Rows rather than JSON, so filters are plain joins and a deleted skill or destination takes its links along.
  await db.schema
    .createTable('artifact_skills')
    .addColumn('artifact_id', 'text', (c) => c.notNull().references('artifacts.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('artifact_skills_pk', ['artifact_id', 'skill_id'])
    .execute();
  await db.schema.createIndex('artifact_skills_skill').on('artifact_skills').column('skill_id').execute();

  await db.schema
    .createTable('artifact_destinations')
    .addColumn('artifact_id', 'text', (c) => c.notNull().references('artifacts.id').onDelete('cascade'))
    .addColumn('destination_id', 'text', (c) => c.notNull().references('destinations.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('artifact_destinations_pk', ['artifact_id', 'destination_id'])
    .execute();
  await db.schema.createIndex('artifact_destinations_destination').on('artifact_destinations').column('destination_id').execute();

  // The bytes live apart from the record, so listing artifacts never reads a file.
  const bytes = db.getExecutor().adapter instanceof SqliteAdapter ? 'blob' : 'bytea';
  await db.schema
    .createTable('artifact_files')
    .addColumn('artifact_id', 'text', (c) => c.primaryKey().references('artifacts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['artifact_files', 'artifact_destinations', 'artifact_skills', 'artifacts']) {
    await db.schema.dropTable(table).execute();
  }
}
