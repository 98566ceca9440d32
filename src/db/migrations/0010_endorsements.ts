import type { Kysely } from 'kysely';

// Peer endorsements (issue 9, section 4): a request is a secret link kept only as its hash; an
// endorsement is the one answer a request gets, so request_id is unique and a second submit,
// however concurrent, cannot land.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('endorsement_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('relationship', 'text')
    .addColumn('skill_ids', 'text', (c) => c.notNull())
    .addColumn('artifact_id', 'text', (c) => c.references('artifacts.id').onDelete('set null'))
    .addColumn('message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema.createIndex('endorsement_requests_user').on('endorsement_requests').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('endorsement_requests_artifact').on('endorsement_requests').column('artifact_id').execute();

  await db.schema
    .createTable('endorsements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.notNull().unique().references('endorsement_requests.id').onDelete('cascade'))
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('relationship', 'text')
    .addColumn('observations', 'text', (c) => c.notNull())
    .addColumn('show_name', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('endorsements_user').on('endorsements').columns(['user_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('endorsements').execute();
  await db.schema.dropTable('endorsement_requests').execute();
}
