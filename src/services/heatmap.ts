import * as reads from '../db/repositories/heatmap.js';
import type { TeamRecord } from '../db/repositories/teams.js';
import { addDays } from '../domain/cycles.js';
import { buildHeatmap, heatmapCsv } from '../domain/heatmap.js';
import type { Heatmap, HeatmapQuery } from '../schemas/teams.js';
import { dateIn } from '../domain/time.js';
import type { Actor, ServiceDeps } from './context.js';
import { forbidden, notFound } from './errors.js';
import { visibleTeam } from './teams.js';

/** The preferences' default: a pairing older than six weeks is not recent (growth-map guide, section 7). */
const DEFAULT_STALE_WEEKS = 6;

/**
 * The lead always sees the heatmap, members when the lead allows it, and anyone else gets 404.
 * The rows come in a fixed number of queries however large the team is; the rest is pure.
 */
export async function getHeatmap(deps: ServiceDeps, actor: Actor, teamId: string, query: HeatmapQuery): Promise<Heatmap> {
  const team = await heatmapTeam(deps, actor, teamId);
  const today = teamToday(deps, team);
  const staleWeeks = (await reads.pairingStaleWeeks(deps.db, team.leadId)) ?? DEFAULT_STALE_WEEKS;
  const data = await reads.loadHeatmapData(deps.db, teamId, addDays(today, -staleWeeks * 7));
  return buildHeatmap({ ...data, category: query.category ?? null, today, staleWeeks });
}

/**
 * The team's day is its lead's, whoever asks: which pairings count as recent is the same for
 * everyone who sees the heatmap, so one kept answer serves them all.
 */
const teamToday = (deps: ServiceDeps, team: TeamRecord): string => dateIn(team.leadTimeZone, deps.clock.now());

async function heatmapTeam(deps: ServiceDeps, actor: Actor, teamId: string): Promise<TeamRecord> {
  const { team, role } = await visibleTeam(deps, actor, teamId);
  if (role !== 'lead' && !team.membersSeeHeatmap) throw forbidden('The team’s lead has not shared the heatmap with members.');
  return team;
}

/**
 * After the same access check, what a heatmap read is made under: `slot` names the answer (the
 * team and the category filter), `key` changes whenever anything it shows does (see
 * reads.heatmapRevision) and with the team's today, which decides the recent pairings.
 */
export async function heatmapReadKey(
  deps: ServiceDeps,
  actor: Actor,
  teamId: string,
  query: HeatmapQuery,
): Promise<{ slot: string; key: string }> {
  const team = await heatmapTeam(deps, actor, teamId);
  const revision = await reads.heatmapRevision(deps.db, team.id);
  if (revision === null) throw notFound('That team');
  return { slot: `${team.id} ${query.category ?? ''}`, key: `${revision} ${teamToday(deps, team)}` };
}

export async function getHeatmapCsv(deps: ServiceDeps, actor: Actor, teamId: string, query: HeatmapQuery): Promise<string> {
  return heatmapCsv(await getHeatmap(deps, actor, teamId, query));
}
