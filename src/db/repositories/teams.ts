import { type Kysely, type Selectable, sql } from 'kysely';
import { type Category, type Level, category, level } from '../../schemas/common.js';
import { type Consent, type MembershipStatus, consent, membershipStatus } from '../../schemas/teams.js';
import type { Tables } from '../tables.js';
import { type VersionedChanges, updateVersioned } from './versioned.js';

/** Teams, their memberships (with consent) and what the heatmap reads. */

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

export interface MemberRecord {
  membershipId: string;
  userId: string | null;
  name: string | null;
  email: string;
  status: MembershipStatus;
  consent: Consent | null;
}

export interface MembershipRecord {
  id: string;
  teamId: string;
  teamName: string;
  leadId: string;
  leadName: string;
  userId: string | null;
  email: string;
  status: MembershipStatus;
  consent: Consent | null;
  version: number;
  createdAt: string;
}

const consentOf = (value: string | null): Consent | null => (value === null ? null : consent.parse(value));

// The heatmap reads tens of thousands of rows: a set lookup per value instead of a schema parse.
const levelValues: ReadonlySet<string> = new Set(level.options);
const categoryValues: ReadonlySet<string> = new Set(category.options);
const isLevel = (value: string): value is Level => levelValues.has(value);
const isCategory = (value: string): value is Category => categoryValues.has(value);

function stored<T extends string>(value: string, is: (v: string) => v is T, column: string): T {
  if (!is(value)) throw new Error(`${column} holds an unknown value: ${value}`);
  return value;
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
  const row = await teamsQuery(db)
    .where('teams.id', '=', teamId)
    .where((eb) =>
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
    )
    .executeTakeFirst();
  if (!row) return null;
  return { team: toTeam(row), role: row.lead_id === userId ? 'lead' : 'member' };
}

/** The teams a user leads or actively belongs to, with how many are active in each. */
export async function listVisibleTeams(
  db: Kysely<Tables>,
  userId: string,
): Promise<{ team: TeamRecord; role: 'lead' | 'member'; memberCount: number }[]> {
  const rows = await teamsQuery(db)
    .select((eb) =>
      eb
        .selectFrom('team_memberships as counted')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('counted.team_id', '=', 'teams.id')
        .where('counted.status', '=', 'active')
        .as('member_count'),
    )
    .where((eb) =>
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

/** The teams a user leads: their account export. */

export async function listMembers(db: Kysely<Tables>, teamId: string): Promise<MemberRecord[]> {
  const rows = await db
    .selectFrom('team_memberships')
    .leftJoin('users', 'users.id', 'team_memberships.user_id')
    .select([
      'team_memberships.id',
      'team_memberships.user_id',
      'users.name',
      'team_memberships.email',
      'team_memberships.status',
      'team_memberships.consent',
    ])
    .where('team_memberships.team_id', '=', teamId)
    .orderBy('team_memberships.created_at')
    .orderBy('team_memberships.id')
    .execute();
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    status: membershipStatus.parse(row.status),
    consent: consentOf(row.consent),
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

/** False when the address is already on the team (the unique index decides, not a read before). */
export async function insertMembership(
  db: Kysely<Tables>,
  membership: {
    id: string;
    teamId: string;
    userId: string | null;
    email: string;
    invitationId: string | null;
    status: MembershipStatus;
    consent: Consent | null;
    now: string;
  },
): Promise<boolean> {
  const row = await db
    .insertInto('team_memberships')
    .values({
      id: membership.id,
      team_id: membership.teamId,
      user_id: membership.userId,
      email: membership.email,
      invitation_id: membership.invitationId,
      status: membership.status,
      consent: membership.consent,
      version: 1,
      created_at: membership.now,
      updated_at: membership.now,
    })
    .onConflict((oc) => oc.columns(['team_id', 'email']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Invitations to an address without an account wait with a null user: they attach to the
 * account that has the address, or that joined through the invitation's link.
 */
export async function attachPendingMemberships(db: Kysely<Tables>, user: { id: string; email: string }): Promise<void> {
  await db
    .updateTable('team_memberships')
    .set({ user_id: user.id })
    .where('user_id', 'is', null)
    .where((eb) =>
      eb.or([
        eb('email', '=', user.email.toLowerCase()),
        eb(
          'invitation_id',
          'in',
          eb.selectFrom('invitations').select('invitations.id').where('invitations.used_by', '=', user.id),
        ),
      ]),
    )
    .execute();
}

function membershipsQuery(db: Kysely<Tables>) {
  return db
    .selectFrom('team_memberships')
    .innerJoin('teams', 'teams.id', 'team_memberships.team_id')
    .innerJoin('users as lead', 'lead.id', 'teams.lead_id')
    .select([
      'team_memberships.id',
      'team_memberships.team_id',
      'teams.name as team_name',
      'teams.lead_id',
      'lead.name as lead_name',
      'team_memberships.user_id',
      'team_memberships.email',
      'team_memberships.status',
      'team_memberships.consent',
      'team_memberships.version',
      'team_memberships.created_at',
    ]);
}

type MembershipRow = Awaited<ReturnType<ReturnType<typeof membershipsQuery>['executeTakeFirstOrThrow']>>;

const toMembership = (row: MembershipRow): MembershipRecord => ({
  id: row.id,
  teamId: row.team_id,
  teamName: row.team_name,
  leadId: row.lead_id,
  leadName: row.lead_name,
  userId: row.user_id,
  email: row.email,
  status: membershipStatus.parse(row.status),
  consent: consentOf(row.consent),
  version: row.version,
  createdAt: row.created_at,
});

export async function listOwnMemberships(db: Kysely<Tables>, userId: string): Promise<MembershipRecord[]> {
  const rows = await membershipsQuery(db)
    .where('team_memberships.user_id', '=', userId)
    .orderBy('team_memberships.created_at')
    .orderBy('team_memberships.id')
    .execute();
  return rows.map(toMembership);
}

/** A membership its member, or the lead of its team, may act on; anyone else finds nothing. */
export async function findMembershipFor(db: Kysely<Tables>, userId: string, id: string): Promise<MembershipRecord | null> {
  const row = await membershipsQuery(db)
    .where('team_memberships.id', '=', id)
    .where((eb) => eb.or([eb('team_memberships.user_id', '=', userId), eb('teams.lead_id', '=', userId)]))
    .executeTakeFirst();
  return row ? toMembership(row) : null;
}

export async function updateMembership(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: { status?: MembershipStatus; consent?: Consent },
  now: string,
): Promise<boolean> {
  return updateVersioned(db, 'team_memberships', { column: 'id', id }, version, changes, now);
}

export async function deleteMembership(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('team_memberships').where('id', '=', id).execute();
}

/**
 * The grants a team lead holds over one person's data: one per team the viewer leads in which
 * the owner has an active membership, with what the owner consented to. Nothing for oneself.
 */
export async function teamGrants(
  db: Kysely<Tables>,
  viewerId: string,
  ownerId: string,
): Promise<{ via: 'team'; id: string; consent: Consent }[]> {
  if (viewerId === ownerId) return [];
  const rows = await db
    .selectFrom('team_memberships')
    .innerJoin('teams', 'teams.id', 'team_memberships.team_id')
    .select(['teams.id', 'team_memberships.consent'])
    .where('teams.lead_id', '=', viewerId)
    .where('team_memberships.user_id', '=', ownerId)
    .where('team_memberships.status', '=', 'active')
    .where('team_memberships.consent', 'is not', null)
    .orderBy('teams.id')
    .execute();
  return rows.flatMap((row) =>
    row.consent === null ? [] : [{ via: 'team' as const, id: row.id, consent: consent.parse(row.consent) }],
  );
}

/**
 * What the heatmap reads, in three queries whatever the team's size: the active members, every
 * skill on their maps (joined through the memberships, so no list of ids to bind), and their
 * pairing sessions since `since`.
 */
export async function loadHeatmapData(db: Kysely<Tables>, teamId: string, since: string) {
  const activeIds = db
    .selectFrom('team_memberships')
    .select('team_memberships.user_id')
    .where('team_memberships.team_id', '=', teamId)
    .where('team_memberships.status', '=', 'active');
  const [members, skills, pairings] = await Promise.all([
    db
      .selectFrom('team_memberships')
      .innerJoin('users', 'users.id', 'team_memberships.user_id')
      .select(['users.id', 'users.name', 'team_memberships.consent'])
      .where('team_memberships.team_id', '=', teamId)
      .where('team_memberships.status', '=', 'active')
      .execute(),
    db
      .selectFrom('team_memberships')
      .innerJoin('growth_maps', 'growth_maps.user_id', 'team_memberships.user_id')
      .innerJoin('destinations', 'destinations.map_id', 'growth_maps.id')
      .innerJoin('skills', 'skills.destination_id', 'destinations.id')
      .select(['growth_maps.user_id', 'skills.name', 'skills.current_level', 'skills.target_level', 'destinations.category'])
      .where('team_memberships.team_id', '=', teamId)
      .where('team_memberships.status', '=', 'active')
      .execute(),
    db
      .selectFrom('feedback_sessions')
      .select(['feedback_sessions.user_id', 'feedback_sessions.partner', 'feedback_sessions.date'])
      .where('feedback_sessions.user_id', 'in', activeIds)
      .where('feedback_sessions.kind', '=', 'pairing')
      .where('feedback_sessions.date', '>=', since)
      .execute(),
  ]);
  return {
    members: members.map((row) => ({ userId: row.id, name: row.name, consent: consent.parse(row.consent ?? 'levels') })),
    skills: skills.map((row) => ({
      userId: row.user_id,
      name: row.name,
      current: stored(row.current_level, isLevel, 'skills.current_level'),
      target: stored(row.target_level, isLevel, 'skills.target_level'),
      category: stored(row.category, isCategory, 'destinations.category'),
    })),
    pairings: pairings.map((row) => ({ userId: row.user_id, partner: row.partner, date: row.date })),
  };
}

/**
 * Everything the heatmap shows, as one string that changes whenever any of it does, in one query:
 * the team's version and revision (memberships, consent, pairing sessions: migration 0016's
 * triggers), the sums of the active members' map revisions (0012) and user versions (their
 * names), and the lead's staleness setting. Each part only grows while the members stay the
 * same, and any change to who they are moves the team's revision, so a sum never comes back.
 */
export async function heatmapRevision(db: Kysely<Tables>, teamId: string): Promise<string | null> {
  const row = await db
    .selectFrom('teams')
    .leftJoin('preferences', 'preferences.user_id', 'teams.lead_id')
    .select((eb) => [
      'teams.version',
      'teams.revision',
      'preferences.pairing_stale_weeks',
      eb
        .selectFrom('team_memberships')
        .innerJoin('users', 'users.id', 'team_memberships.user_id')
        .leftJoin('growth_maps', 'growth_maps.user_id', 'team_memberships.user_id')
        .select((inner) => [
          sql<string>`coalesce(sum(${inner.ref('growth_maps.revision')}), 0) || '.' || coalesce(sum(${inner.ref('users.version')}), 0)`.as(
            'sums',
          ),
        ])
        .whereRef('team_memberships.team_id', '=', 'teams.id')
        .where('team_memberships.status', '=', 'active')
        .as('members'),
    ])
    .where('teams.id', '=', teamId)
    .executeTakeFirst();
  if (!row) return null;
  return `${row.version}.${row.revision}.${row.members ?? ''}.${row.pairing_stale_weeks ?? ''}`;
}

/** The lead's setting for how long ago a pairing still counts as recent. */
export async function pairingStaleWeeks(db: Kysely<Tables>, userId: string): Promise<number | null> {
  const row = await db.selectFrom('preferences').select('pairing_stale_weeks').where('user_id', '=', userId).executeTakeFirst();
  return row?.pairing_stale_weeks ?? null;
}

export type WorkshopRow = Selectable<Tables['workshops']>;

export async function insertWorkshop(db: Kysely<Tables>, row: WorkshopRow): Promise<void> {
  await db.insertInto('workshops').values(row).execute();
}

export async function listWorkshops(db: Kysely<Tables>, teamId: string): Promise<WorkshopRow[]> {
  return db
    .selectFrom('workshops')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The teams' workshops, for the lead's account export. */

export async function findWorkshop(db: Kysely<Tables>, id: string): Promise<WorkshopRow | null> {
  return (await db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function updateWorkshop(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: VersionedChanges<'workshops'>,
  now: string,
): Promise<boolean> {
  return updateVersioned(db, 'workshops', { column: 'id', id }, version, changes, now);
}

export async function deleteWorkshop(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('workshops').where('id', '=', id).execute();
}

/**
 * Of these user ids, the ones with an active membership of a team `leadId` leads, with their time
 * zones: whom a workshop's lead may record as attendees.
 */
export async function activeMembersOfLedTeam(
  db: Kysely<Tables>,
  leadId: string,
  teamId: string,
  ids: readonly string[],
): Promise<{ userId: string; timeZone: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('team_memberships')
    .innerJoin('teams', 'teams.id', 'team_memberships.team_id')
    .innerJoin('users', 'users.id', 'team_memberships.user_id')
    .select(['users.id as userId', 'users.time_zone as timeZone'])
    .where('teams.id', '=', teamId)
    .where('teams.lead_id', '=', leadId)
    .where('team_memberships.status', '=', 'active')
    .where('team_memberships.user_id', 'in', ids)
    .execute();
}

/** The account with this address (addresses are kept lowercased), if any. */
export async function userIdWithEmail(db: Kysely<Tables>, email: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row?.id ?? null;
}
