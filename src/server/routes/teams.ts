import { routes, type Routes } from '../../schemas/routes.js';
import type { Heatmap } from '../../schemas/teams.js';
import { getHeatmap, getHeatmapCsv, heatmapReadKey } from '../../services/heatmap.js';
import * as teams from '../../services/teams.js';
import * as workshops from '../../services/workshops.js';
import { AnswerCache } from '../answerCache.js';
import { EncodedJson } from '../encodedJson.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

/** A 1,000-member heatmap with its compressed forms is about 3 MB: room for a dozen large teams. */
const HEATMAP_BUDGET_BYTES = 48 * 1024 * 1024;
/** The same heatmap as CSV is about a third of its JSON. */
const HEATMAP_CSV_BUDGET_BYTES = 16 * 1024 * 1024;

/** The levels and targets are Level values the repository checked row by row (domain/heatmap.ts builds them). */
const withoutLevels = (heatmap: Heatmap): Heatmap => ({
  ...heatmap,
  skills: heatmap.skills.map((skill) => ({ ...skill, levels: {}, targets: {} })),
});

export const teamHandlers = ({ deps }: RouteContext): Handlers<Routes['teams']> => {
  // A thousand members' heatmap is megabytes of JSON: kept per team and filter, and checked on
  // each read against a revision the database moves with anything it shows (services/heatmap.ts).
  const heatmaps = new AnswerCache<Routes['teams']['heatmap']>(HEATMAP_BUDGET_BYTES);
  // The CSV the same way, in a cache of its own: the same slot and key, the other format.
  const heatmapCsvs = new AnswerCache<Routes['teams']['heatmapCsv']>(HEATMAP_CSV_BUDGET_BYTES);
  return {
    list: async (request) => teams.listTeams(deps, actorOf(request)),
    create: async (request) => teams.createTeam(deps, actorOf(request), request.body),
    get: async (request) => teams.getTeam(deps, actorOf(request), request.params.id),
    patch: async (request) => teams.patchTeam(deps, actorOf(request), request.params.id, request.body),
    delete: async (request) => {
      await teams.deleteTeam(deps, actorOf(request), request.params.id);
      return null;
    },
    invite: async (request) => teams.inviteMember(deps, actorOf(request), request.params.id, request.body.email),
    heatmap: async (request) => {
      const actor = actorOf(request);
      const { slot, key } = await heatmapReadKey(deps, actor, request.params.id, request.query);
      return heatmaps.get(slot, key, async () =>
        EncodedJson.ofBulky(routes.teams.heatmap, await getHeatmap(deps, actor, request.params.id, request.query), withoutLevels),
      );
    },
    heatmapCsv: async (request, reply) => {
      const actor = actorOf(request);
      const { slot, key } = await heatmapReadKey(deps, actor, request.params.id, request.query);
      const csv = await heatmapCsvs.get(slot, key, async () =>
        EncodedJson.ofText(routes.teams.heatmapCsv, await getHeatmapCsv(deps, actor, request.params.id, request.query)),
      );
      reply.header('Content-Disposition', 'attachment; filename="team-heatmap.csv"');
      return csv;
    },
  };
};

export const membershipHandlers = ({ deps }: RouteContext): Handlers<Routes['memberships']> => ({
  list: async (request) => teams.listMemberships(deps, actorOf(request)),
  patch: async (request) => teams.patchMembership(deps, actorOf(request), request.params.id, request.body),
  delete: async (request) => {
    await teams.deleteMembership(deps, actorOf(request), request.params.id);
    return null;
  },
});

export const workshopHandlers = ({ deps }: RouteContext): Handlers<Routes['workshops']> => ({
  list: async (request) => workshops.listWorkshops(deps, actorOf(request), request.params.id),
  create: async (request) => workshops.createWorkshop(deps, actorOf(request), request.params.id, request.body.skill),
  get: async (request) => workshops.getWorkshop(deps, actorOf(request), request.params.id),
  patch: async (request) => workshops.patchWorkshop(deps, actorOf(request), request.params.id, request.body),
  delete: async (request) => {
    await workshops.deleteWorkshop(deps, actorOf(request), request.params.id);
    return null;
  },
  invite: async (request, reply) => {
    reply.header('Content-Disposition', 'attachment; filename="workshop.ics"');
    return workshops.workshopInvite(deps, actorOf(request), request.params.id);
  },
  record: async (request) => workshops.recordWorkshop(deps, actorOf(request), request.params.id, request.body),
});
