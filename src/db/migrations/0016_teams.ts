import type { Kysely } from 'kysely';

// A shipped migration is never edited: add a new file instead (see migrations.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // A team belongs to its lead: deleting the lead's account deletes the team and its memberships.
  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('members_see_heatmap', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('teams_lead').on('teams').column('lead_id').execute();

  // One row per person invited to a team. user_id is null until the invited address has an
  // account (the email, lowercased, attaches it); the invitation is the instance invitation a
  // person without an account joins through. consent is null until the invitation is accepted.
  await db.schema
    .createTable('team_memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('invitation_id', 'text', (c) => c.references('invitations.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('consent', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('team_memberships_email')
    .on('team_memberships')
    .columns(['team_id', 'email'])
    .unique()
    .execute();
  await db.schema.createIndex('team_memberships_user').on('team_memberships').columns(['user_id', 'status']).execute();
  await db.schema.createIndex('team_memberships_pending').on('team_memberships').column('email').execute();

  // The framework's team format: a draft from a gap, scheduled, then recorded with its attendees.
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('skill', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('practice_task', 'text', (c) => c.notNull())
    .addColumn('readings', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('start_time', 'text')
    .addColumn('length_minutes', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text')
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workshops_team').on('workshops').columns(['team_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workshops').execute();
  await db.schema.dropTable('team_memberships').execute();
  await db.schema.dropTable('teams').execute();
}
