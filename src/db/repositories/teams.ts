import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { type VersionedChanges, updateVersioned } from './versioned.js';

/** Teams: made, found as their lead or an active member sees them, changed and deleted; an invitation's account lookup. */

export interface TeamRecord {
  id: string;
  leadId: string;
  leadName: string;
  /** Workshops are scheduled in the lead's time zone. */
  leadTimeZone: string;
  name: string;
  membersSeeHeatmap: boolean;
  version: number;
  createdAt: string;
}

function teamsQuery(db: Kysely<Tables>) {
  return db
    .selectFrom('teams')
    .innerJoin('users', 'users.id', 'teams.lead_id')
    .select([
      'teams.id',
      'teams.lead_id',
      'users.name as lead_name',
      'users.time_zone as lead_time_zone',
      'teams.name',
      'teams.members_see_heatmap',
      'teams.version',
      'teams.created_at',
    ]);
}

/** The teams a user leads or actively belongs to: the only ones they may see. */
function visibleTeamsQuery(db: Kysely<Tables>, userId: string) {
  return teamsQuery(db).where((eb) =>
    eb.or([
      eb('teams.lead_id', '=', userId),
      eb.exists(
        eb
          .selectFrom('team_memberships')
          .select('team_memberships.id')
          .whereRef('team_memberships.team_id', '=', 'teams.id')
          .where('team_memberships.user_id', '=', userId)
          .where('team_memberships.status', '=', 'active'),
      ),
    ]),
  );
}

type TeamRow = Awaited<ReturnType<ReturnType<typeof teamsQuery>['executeTakeFirstOrThrow']>>;

const toTeam = (row: TeamRow): TeamRecord => ({
  id: row.id,
  leadId: row.lead_id,
  leadName: row.lead_name,
  leadTimeZone: row.lead_time_zone,
  name: row.name,
  membersSeeHeatmap: row.members_see_heatmap === 1,
  version: row.version,
  createdAt: row.created_at,
});

export async function insertTeam(
  db: Kysely<Tables>,
  team: { id: string; leadId: string; name: string; membersSeeHeatmap: boolean; now: string },
): Promise<void> {
  await db
    .insertInto('teams')
    .values({
      id: team.id,
      lead_id: team.leadId,
      name: team.name,
      members_see_heatmap: team.membersSeeHeatmap ? 1 : 0,
      version: 1,
      revision: 0,
      created_at: team.now,
      updated_at: team.now,
    })
    .execute();
}

/**
 * The team as this user may see it: its lead, or someone with an active membership. Anyone else
 * (an invitee who has not accepted, a former member, a stranger) finds nothing.
 */
export async function findVisibleTeam(
  db: Kysely<Tables>,
  userId: string,
  teamId: string,
): Promise<{ team: TeamRecord; role: 'lead' | 'member' } | null> {
  const row = await visibleTeamsQuery(db, userId).where('teams.id', '=', teamId).executeTakeFirst();
  if (!row) return null;
  return { team: toTeam(row), role: row.lead_id === userId ? 'lead' : 'member' };
}

/** The teams a user leads or actively belongs to, with how many are active in each. */
export async function listVisibleTeams(
  db: Kysely<Tables>,
  userId: string,
): Promise<{ team: TeamRecord; role: 'lead' | 'member'; memberCount: number }[]> {
  const rows = await visibleTeamsQuery(db, userId)
    .select((eb) =>
      eb
        .selectFrom('team_memberships as counted')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('counted.team_id', '=', 'teams.id')
        .where('counted.status', '=', 'active')
        .as('member_count'),
    )
    .orderBy('teams.name')
    .orderBy('teams.id')
    .execute();
  return rows.map((row) => ({
    team: toTeam(row),
    role: row.lead_id === userId ? 'lead' : 'member',
    memberCount: Number(row.member_count ?? 0),
  }));
}

export async function updateTeam(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: { name?: string; membersSeeHeatmap?: boolean },
  now: string,
): Promise<boolean> {
  const columns: VersionedChanges<'teams'> = {
    name: changes.name,
    members_see_heatmap: changes.membersSeeHeatmap === undefined ? undefined : changes.membersSeeHeatmap ? 1 : 0,
  };
  return updateVersioned(db, 'teams', { column: 'id', id }, version, columns, now);
}

export async function deleteTeam(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('teams').where('id', '=', id).execute();
}

/** The account with this address (addresses are kept lowercased), if any. */
export async function userIdWithEmail(db: Kysely<Tables>, email: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row?.id ?? null;
}
