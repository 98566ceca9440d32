import type { Kysely } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // A sign-in through an OpenID provider links the provider's account (issuer + subject) to one
  // user, so a later change of email at the provider still finds the same person.
  await db.schema
    .createTable('user_identities')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_identities_pk', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('user_identities_user').on('user_identities').column('user_id').execute();

  // A sign-in on its way through the provider: the browser holds a random cookie, this row its
  // hash with the PKCE verifier, state and nonce. Taken (deleted) by the callback, so it works once.
  await db.schema
    .createTable('oidc_logins')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_logins_expires').on('oidc_logins').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('oidc_logins').execute();
  await db.schema.dropTable('user_identities').execute();
}
