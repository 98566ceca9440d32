import type { Kysely } from 'kysely';
import { type Consent, type MembershipStatus, consent, membershipStatus } from '../../schemas/teams.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

/** A team's memberships and invitations (with consent), and the grants and write scopes its lead holds through them. */

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
 * The grants a team lead holds over each of these people's data: one per team the viewer leads in
 * which the owner has an active membership, with what the owner consented to. Nothing for
 * oneself. One query, whatever the number of owners.
 */
export async function teamGrants(
  db: Kysely<Tables>,
  viewerId: string,
  ownerIds: readonly string[],
): Promise<Map<string, { via: 'team'; id: string; consent: Consent }[]>> {
  const grants = new Map<string, { via: 'team'; id: string; consent: Consent }[]>();
  const others = ownerIds.filter((id) => id !== viewerId);
  if (others.length === 0) return grants;
  const rows = await db
    .selectFrom('team_memberships')
    .innerJoin('teams', 'teams.id', 'team_memberships.team_id')
    .select(['teams.id', 'team_memberships.user_id', 'team_memberships.consent'])
    .where('teams.lead_id', '=', viewerId)
    .where('team_memberships.user_id', 'in', others)
    .where('team_memberships.status', '=', 'active')
    .where('team_memberships.consent', 'is not', null)
    .orderBy('teams.id')
    .execute();
  for (const row of rows) {
    if (row.consent === null || row.user_id === null) continue;
    const grant = { via: 'team' as const, id: row.id, consent: consent.parse(row.consent) };
    grants.set(row.user_id, [...(grants.get(row.user_id) ?? []), grant]);
  }
  return grants;
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
