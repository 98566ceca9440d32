import { type Kysely, sql } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // Sign-in attempts are reserved with one conditional UPDATE on a counter per key, so parallel
  // requests cannot all pass a count read before any of them wrote (row locks on PostgreSQL,
  // one writer on SQLite). The failure log it replaces could only be counted after the fact.
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.dropTable('sign_in_failures').execute();

  // One skill name per destination, whatever the case, even when two requests race. Names that
  // already collide (earlier races) keep the oldest as is; later ones get their id's tail.
  await sql`update skills set name = name || ' (' || substr(id, 25) || ')'
    where exists (select 1 from skills earlier where earlier.destination_id = skills.destination_id
      and lower(earlier.name) = lower(skills.name) and earlier.id < skills.id)`.execute(db);
  await sql`create unique index skills_destination_name on skills (destination_id, lower(name))`.execute(db);

  // A create sent again with the same Idempotency-Key answers what the first one answered.
  // status is null while the first request is still running.
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'route', 'key_hash'])
    .execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();

  // An upload keeps its validated form as JSON, so merging the content in force never parses
  // the uploaded text again. Older rows (null) are parsed from their body as before.
  await db.schema.alterTable('content_uploads').addColumn('parsed', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('content_uploads').dropColumn('parsed').execute();
  await db.schema.dropTable('idempotency_keys').execute();
  await db.schema.dropIndex('skills_destination_name').execute();
  await db.schema.dropTable('sign_in_attempts').execute();
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_failures_email').on('sign_in_failures').columns(['email', 'at']).execute();
  await db.schema.createIndex('sign_in_failures_address').on('sign_in_failures').columns(['address', 'at']).execute();
}
