import { type Kysely, SqliteAdapter, sql } from 'kysely';

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
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
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

  if (db.getExecutor().adapter instanceof SqliteAdapter) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

// The heatmap is answered from a kept copy while its key holds: the team's version, the members'
// map revisions (0012) and user versions, summed in one query, and `teams.revision`, which the
// database moves here in the same statement as any change to the team's memberships (join,
// consent, leave, an account deleted) or to a member's pairing sessions, whatever the write path.
// Members' maps stay out of it: a thousand people editing their maps never wait on the team's row.
const bumpTeam = (teamId: string) => `update teams set revision = revision + 1 where id = ${teamId};`;
const bumpTeamsOf = (userId: string) =>
  `update teams set revision = revision + 1 where id in
    (select team_id from team_memberships where user_id = ${userId} and status = 'active');`;

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `create trigger team_memberships_revise_insert after insert on team_memberships begin ${bumpTeam('new.team_id')} end`,
    `create trigger team_memberships_revise_update after update on team_memberships
      begin ${bumpTeam('old.team_id')} ${bumpTeam('new.team_id')} end`,
    `create trigger team_memberships_revise_delete after delete on team_memberships begin ${bumpTeam('old.team_id')} end`,
    `create trigger feedback_sessions_revise_teams_insert after insert on feedback_sessions when new.kind = 'pairing'
      begin ${bumpTeamsOf('new.user_id')} end`,
    `create trigger feedback_sessions_revise_teams_update after update on feedback_sessions
      when old.kind = 'pairing' or new.kind = 'pairing'
      begin ${bumpTeamsOf('old.user_id')} ${bumpTeamsOf('new.user_id')} end`,
    `create trigger feedback_sessions_revise_teams_delete after delete on feedback_sessions when old.kind = 'pairing'
      begin ${bumpTeamsOf('old.user_id')} end`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `create function team_memberships_revise_team() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then ${bumpTeam('old.team_id')} end if;
        if tg_op <> 'DELETE' then ${bumpTeam('new.team_id')} end if;
        return null;
      end $$`,
    `create trigger team_memberships_revise_team after insert or update or delete on team_memberships
      for each row execute function team_memberships_revise_team()`,
    `create function feedback_sessions_revise_teams() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' and old.kind = 'pairing' then ${bumpTeamsOf('old.user_id')} end if;
        if tg_op <> 'DELETE' and new.kind = 'pairing' then ${bumpTeamsOf('new.user_id')} end if;
        return null;
      end $$`,
    `create trigger feedback_sessions_revise_teams after insert or update or delete on feedback_sessions
      for each row execute function feedback_sessions_revise_teams()`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The membership triggers go with their table; the feedback sessions' stay unless dropped.
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const name of ['insert', 'update', 'delete']) {
      await sql.raw(`drop trigger feedback_sessions_revise_teams_${name}`).execute(db);
    }
  } else {
    await sql.raw('drop trigger feedback_sessions_revise_teams on feedback_sessions').execute(db);
    await sql.raw('drop function feedback_sessions_revise_teams()').execute(db);
  }
  await db.schema.dropTable('workshops').execute();
  await db.schema.dropTable('team_memberships').execute();
  await db.schema.dropTable('teams').execute();
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    await sql.raw('drop function team_memberships_revise_team()').execute(db);
  }
}
