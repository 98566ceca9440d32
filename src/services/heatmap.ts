import * as teams from '../db/repositories/teams.js';
import { addDays } from '../domain/cycles.js';
import { buildHeatmap, heatmapCsv } from '../domain/heatmap.js';
import type { Heatmap, HeatmapQuery } from '../schemas/teams.js';
import { type Actor, type ServiceDeps, todayFor } from './context.js';
import { forbidden } from './errors.js';
import { visibleTeam } from './teams.js';

/** The preferences' default: a pairing older than six weeks is not recent (growth-map guide, section 7). */
const DEFAULT_STALE_WEEKS = 6;

/**
 * The lead always sees the heatmap, members when the lead allows it, and anyone else gets 404.
 * The rows come in a fixed number of queries however large the team is; the rest is pure.
 */
export async function getHeatmap(deps: ServiceDeps, actor: Actor, teamId: string, query: HeatmapQuery): Promise<Heatmap> {
  const { team, role } = await visibleTeam(deps, actor, teamId);
  if (role !== 'lead' && !team.membersSeeHeatmap) throw forbidden('The team’s lead has not shared the heatmap with members.');
  const today = todayFor(deps, actor.user);
  const staleWeeks = (await teams.pairingStaleWeeks(deps.db, team.leadId)) ?? DEFAULT_STALE_WEEKS;
  const data = await teams.loadHeatmapData(deps.db, teamId, addDays(today, -staleWeeks * 7));
  return buildHeatmap({ ...data, category: query.category ?? null, today, staleWeeks });
}

export async function getHeatmapCsv(deps: ServiceDeps, actor: Actor, teamId: string, query: HeatmapQuery): Promise<string> {
  return heatmapCsv(await getHeatmap(deps, actor, teamId, query));
}
