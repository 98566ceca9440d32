import * as invitations from '../db/repositories/invitations.js';
import * as memberships from '../db/repositories/teamMemberships.js';
import * as teams from '../db/repositories/teams.js';
import { DAY, addMilliseconds } from '../domain/time.js';
import type { Membership, MembershipPatch, Team, TeamCreate, TeamInvitation, TeamPatch, TeamSummary } from '../schemas/teams.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { conflict, forbidden, invalid, notFound } from './errors.js';
import { hashSecret, newSecret } from './secrets.js';
import { teamInvitationMail } from './teamMail.js';
import { updateOrConflict } from './versioned.js';

/** As long as an administrator's invitation: a week to join. */
const INVITATION_LIFETIME = 7 * DAY;

export interface TeamAccess {
  team: teams.TeamRecord;
  role: 'lead' | 'member';
}

/** The team as the actor may see it (lead or active member); 404 for everyone else. */
export async function visibleTeam(deps: ServiceDeps, actor: Actor, teamId: string): Promise<TeamAccess> {
  const found = await teams.findVisibleTeam(deps.db, actor.user.id, teamId);
  if (!found) throw notFound('That team');
  return found;
}

/** Only the lead changes a team; a member knows it exists, so they hear why. */
export async function ledTeam(deps: ServiceDeps, actor: Actor, teamId: string): Promise<teams.TeamRecord> {
  const { team, role } = await visibleTeam(deps, actor, teamId);
  if (role !== 'lead') throw forbidden('Only the team’s lead can do that.');
  return team;
}

async function teamView(deps: ServiceDeps, access: TeamAccess): Promise<Team> {
  const { team, role } = access;
  const all = await memberships.listMembers(deps.db, team.id);
  // Members see who is in the team, not who was invited or what anyone consented to.
  const members =
    role === 'lead' ? all : all.filter((m) => m.status === 'active').map((m) => ({ ...m, email: null, consent: null }));
  return {
    id: team.id,
    name: team.name,
    lead: { userId: team.leadId, name: team.leadName },
    role,
    membersSeeHeatmap: team.membersSeeHeatmap,
    members,
    version: team.version,
    createdAt: team.createdAt,
  };
}

export async function listTeams(deps: ServiceDeps, actor: Actor): Promise<TeamSummary[]> {
  const rows = await teams.listVisibleTeams(deps.db, actor.user.id);
  return rows.map(({ team, role, memberCount }) => ({
    id: team.id,
    name: team.name,
    lead: { userId: team.leadId, name: team.leadName },
    role,
    membersSeeHeatmap: team.membersSeeHeatmap,
    memberCount,
    version: team.version,
    createdAt: team.createdAt,
  }));
}

export async function getTeam(deps: ServiceDeps, actor: Actor, id: string): Promise<Team> {
  return teamView(deps, await visibleTeam(deps, actor, id));
}

/** The creator leads the team and is its first active member (sharing skills and levels only), so they are in its heatmap. */
export async function createTeam(deps: ServiceDeps, actor: Actor, body: TeamCreate): Promise<Team> {
  const id = newId();
  const now = nowIso(deps);
  await withTransaction(deps.db, async (trx) => {
    await teams.insertTeam(trx, { id, leadId: actor.user.id, name: body.name, membersSeeHeatmap: body.membersSeeHeatmap, now });
    await memberships.insertMembership(trx, {
      id: newId(),
      teamId: id,
      userId: actor.user.id,
      email: actor.user.email.toLowerCase(),
      invitationId: null,
      status: 'active',
      consent: 'levels',
      now,
    });
  });
  return getTeam(deps, actor, id);
}

export async function patchTeam(deps: ServiceDeps, actor: Actor, id: string, patch: TeamPatch): Promise<Team> {
  await ledTeam(deps, actor, id);
  const { version, ...changes } = patch;
  await updateOrConflict(
    () => teams.updateTeam(deps.db, id, version, changes, nowIso(deps)),
    () => getTeam(deps, actor, id),
  );
  return getTeam(deps, actor, id);
}

export async function deleteTeam(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ledTeam(deps, actor, id);
  await teams.deleteTeam(deps.db, id);
}

/**
 * An existing account finds the invitation under "My teams"; an address without one gets an
 * instance invitation to join through (so it works when sign-up is `invite`), and the membership
 * keeps the address so it attaches to the account made with it or through the link.
 */
export async function inviteMember(deps: ServiceDeps, actor: Actor, teamId: string, email: string): Promise<TeamInvitation> {
  const team = await ledTeam(deps, actor, teamId);
  const address = email.toLowerCase();
  const now = nowIso(deps);
  const membershipId = newId();
  const userId = await teams.userIdWithEmail(deps.db, address);
  const token = userId === null ? newSecret() : null;
  await withTransaction(deps.db, async (trx) => {
    const invitationId = token === null ? null : newId();
    if (token !== null && invitationId !== null) {
      await invitations.insertInvitation(trx, {
        id: invitationId,
        hash: hashSecret(token),
        createdBy: actor.user.id,
        now,
        expiresAt: addMilliseconds(deps.clock.now(), INVITATION_LIFETIME).toISOString(),
      });
    }
    const added = await memberships.insertMembership(trx, {
      id: membershipId,
      teamId,
      userId,
      email: address,
      invitationId,
      status: 'invited',
      consent: null,
      now,
    });
    if (!added) throw invalid({ email: 'This address is already on the team.' });
  });
  const joinUrl = token === null ? null : `${deps.baseUrl}/join/${token}`;
  const mailed = await mailInvitation(deps, actor, {
    to: address,
    teamName: team.name,
    url: joinUrl ?? `${deps.baseUrl}/teams`,
    newAccount: joinUrl !== null,
  });
  return { membershipId, email: address, existingAccount: userId !== null, joinUrl, mailed };
}

/** The invitation is stored already: a mail that fails only means the lead passes the link on. */
async function mailInvitation(
  deps: ServiceDeps,
  actor: Actor,
  mail: { to: string; teamName: string; url: string; newAccount: boolean },
): Promise<boolean> {
  if (!deps.mailer) return false;
  try {
    await deps.mailer.send(teamInvitationMail({ ...mail, leadName: actor.user.name }));
    return true;
  } catch {
    return false;
  }
}

const toMembership = (record: memberships.MembershipRecord, userId: string): Membership => ({
  id: record.id,
  teamId: record.teamId,
  teamName: record.teamName,
  leadName: record.leadName,
  status: record.status,
  consent: record.consent,
  isLead: record.leadId === userId,
  version: record.version,
  createdAt: record.createdAt,
});

/** The actor's invitations and memberships; invitations to their address made before they joined attach first. */
export async function listMemberships(deps: ServiceDeps, actor: Actor): Promise<Membership[]> {
  await memberships.attachPendingMemberships(deps.db, actor.user);
  const rows = await memberships.listOwnMemberships(deps.db, actor.user.id);
  return rows.map((row) => toMembership(row, actor.user.id));
}

async function ownMembership(deps: ServiceDeps, actor: Actor, id: string): Promise<memberships.MembershipRecord> {
  const found = await memberships.findMembershipFor(deps.db, actor.user.id, id);
  if (!found || found.userId !== actor.user.id) throw notFound('That membership');
  return found;
}

/** Accepting names a consent; later patches change it. It takes effect on the next request. */
export async function patchMembership(deps: ServiceDeps, actor: Actor, id: string, patch: MembershipPatch): Promise<Membership> {
  await memberships.attachPendingMemberships(deps.db, actor.user);
  const current = await ownMembership(deps, actor, id);
  if (current.status === 'invited' && patch.status === 'active' && patch.consent === undefined) {
    throw invalid({ consent: 'Choose what the lead may see before you accept.' });
  }
  if (current.status === 'invited' && patch.status === undefined && patch.consent !== undefined) {
    throw invalid({ status: 'Accept the invitation to share anything.' });
  }
  await updateOrConflict(
    () =>
      memberships.updateMembership(deps.db, id, patch.version, { status: patch.status, consent: patch.consent }, nowIso(deps)),
    async () => toMembership(await ownMembership(deps, actor, id), actor.user.id),
  );
  return toMembership(await ownMembership(deps, actor, id), actor.user.id);
}

/**
 * A member leaves (or declines an invitation); the team's lead removes someone or withdraws an
 * invitation. The row goes, so the heatmap and the lead's grants lose the data at once. The lead's
 * own membership stays: they delete the team instead.
 */
export async function deleteMembership(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await memberships.attachPendingMemberships(deps.db, actor.user);
  const found = await memberships.findMembershipFor(deps.db, actor.user.id, id);
  if (!found) throw notFound('That membership');
  if (found.userId === found.leadId) throw conflict('The lead stays in their team. Delete the team instead.');
  await memberships.deleteMembership(deps.db, id);
}
