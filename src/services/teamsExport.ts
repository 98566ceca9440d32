import * as teams from '../db/repositories/teams.js';
import type { TeamsExport } from '../schemas/teams.js';
import type { Actor, ServiceDeps } from './context.js';
import { getTeam, listMemberships } from './teams.js';
import { toWorkshop } from './workshops.js';

/** The account export's part: the teams the person leads (with their workshops) and their own memberships. */
export async function exportTeams(deps: ServiceDeps, actor: Actor): Promise<TeamsExport> {
  const [led, memberships, workshops] = await Promise.all([
    teams.listLedTeams(deps.db, actor.user.id),
    listMemberships(deps, actor),
    teams.listWorkshopsOfLead(deps.db, actor.user.id),
  ]);
  return {
    teams: await Promise.all(led.map((team) => getTeam(deps, actor, team.id))),
    memberships,
    workshops: workshops.map((row) => toWorkshop(row, actor.user.timeZone)),
  };
}
