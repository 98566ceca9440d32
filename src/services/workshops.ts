import { insertSessions } from '../db/repositories/feedbackSessions.js';
import { OwnerScope } from './access.js';
import * as teams from '../db/repositories/teams.js';
import * as workshops from '../db/repositories/workshops.js';
import { workshopDraft } from '../domain/workshops.js';
import type { Workshop, WorkshopPatch, WorkshopRecord } from '../schemas/teams.js';
import { workshopReading } from '../schemas/teams.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor, withTransaction } from './context.js';
import { conflict, invalid, notFound } from './errors.js';
import { ledTeam, visibleTeam } from './teams.js';
import { updateOrConflict } from './versioned.js';
import { z } from 'zod';

const readings = z.array(workshopReading);
const lines = z.array(z.string());

export function toWorkshop(row: workshops.WorkshopRow, timeZone: string): Workshop {
  return {
    id: row.id,
    teamId: row.team_id,
    skill: row.skill,
    title: row.title,
    practiceTask: row.practice_task,
    readings: readings.parse(JSON.parse(row.readings)),
    agenda: lines.parse(JSON.parse(row.agenda)),
    date: row.date,
    startTime: row.start_time,
    lengthMinutes: row.length_minutes,
    timeZone,
    recordedAt: row.recorded_at,
    attendees: lines.parse(JSON.parse(row.attendees)),
    version: row.version,
    createdAt: row.created_at,
  };
}

/** A workshop the actor may see: its team's lead and active members; 404 for anyone else. */
async function visibleWorkshop(deps: ServiceDeps, actor: Actor, id: string) {
  const row = await workshops.findWorkshop(deps.db, id);
  if (!row) throw notFound('That workshop');
  const access = await teams.findVisibleTeam(deps.db, actor.user.id, row.team_id);
  if (!access) throw notFound('That workshop');
  return { row, ...access };
}

async function ledWorkshop(deps: ServiceDeps, actor: Actor, id: string) {
  const found = await visibleWorkshop(deps, actor, id);
  await ledTeam(deps, actor, found.team.id);
  return found;
}

export async function listWorkshops(deps: ServiceDeps, actor: Actor, teamId: string): Promise<Workshop[]> {
  const { team } = await visibleTeam(deps, actor, teamId);
  const rows = await workshops.listWorkshops(deps.db, teamId);
  return rows.map((row) => toWorkshop(row, team.leadTimeZone));
}

/** From a gap (a thin spot or any skill on the heatmap) the lead gets a draft from the framework content. */
export async function createWorkshop(deps: ServiceDeps, actor: Actor, teamId: string, skill: string): Promise<Workshop> {
  const team = await ledTeam(deps, actor, teamId);
  const draft = workshopDraft(await deps.content.current(deps.db), skill);
  const now = nowIso(deps);
  const row: workshops.WorkshopRow = {
    id: newId(),
    team_id: teamId,
    skill: skill.trim(),
    title: draft.title,
    practice_task: draft.practiceTask,
    readings: JSON.stringify(draft.readings),
    agenda: JSON.stringify(draft.agenda),
    date: null,
    start_time: null,
    length_minutes: draft.lengthMinutes,
    recorded_at: null,
    attendees: '[]',
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await workshops.insertWorkshop(deps.db, row);
  return toWorkshop(row, team.leadTimeZone);
}

export async function getWorkshop(deps: ServiceDeps, actor: Actor, id: string): Promise<Workshop> {
  const { row, team } = await visibleWorkshop(deps, actor, id);
  return toWorkshop(row, team.leadTimeZone);
}

export async function patchWorkshop(deps: ServiceDeps, actor: Actor, id: string, patch: WorkshopPatch): Promise<Workshop> {
  await ledWorkshop(deps, actor, id);
  await updateOrConflict(
    () =>
      workshops.updateWorkshop(
        deps.db,
        id,
        patch.version,
        {
          title: patch.title,
          practice_task: patch.practiceTask,
          agenda: patch.agenda && JSON.stringify(patch.agenda),
          date: patch.date,
          start_time: patch.startTime,
          length_minutes: patch.lengthMinutes,
        },
        nowIso(deps),
      ),
    () => getWorkshop(deps, actor, id),
  );
  return getWorkshop(deps, actor, id);
}

export async function deleteWorkshop(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ledWorkshop(deps, actor, id);
  await workshops.deleteWorkshop(deps.db, id);
}

/** The invitation for the members' calendars: 404 until the workshop has a date and a time. */
export async function workshopInvite(deps: ServiceDeps, actor: Actor, id: string): Promise<string> {
  const workshop = await getWorkshop(deps, actor, id);
  if (workshop.date === null || workshop.startTime === null) throw notFound('A scheduled time for that workshop');
  const { buildEventInvite } = await import('../domain/calendar.js');
  return buildEventInvite({
    timeZone: workshop.timeZone,
    uid: `workshop-${workshop.id}@${new URL(deps.baseUrl).hostname}`,
    generatedAt: nowIso(deps),
    date: workshop.date,
    time: workshop.startTime,
    durationMinutes: workshop.lengthMinutes,
    summary: workshop.title,
    description: [`Practice task: ${workshop.practiceTask}`, '', 'Agenda:', ...workshop.agenda.map((l) => `- ${l}`)].join('\n'),
    sequence: workshop.version - 1,
  });
}

/**
 * Afterwards the lead records who took part: each attendee gets a `workshop` feedback session
 * with the team as partner and the skill as domain, in their own feedback sessions.
 */
export async function recordWorkshop(deps: ServiceDeps, actor: Actor, id: string, body: WorkshopRecord): Promise<Workshop> {
  const { row, team } = await ledWorkshop(deps, actor, id);
  if (row.recorded_at !== null) throw conflict('This workshop is already recorded.');
  const attendees = [...new Set(body.attendees)];
  const scopes = await OwnerScope.workshopAttendees(deps, actor, team.id, attendees);
  const members = new Set(scopes.map((scope) => scope.ownerId));
  const fields = Object.fromEntries(
    attendees.flatMap((userId, index) => (members.has(userId) ? [] : [[`attendees.${index}`, 'Pick a member of the team.']])),
  );
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const date = body.date ?? row.date ?? todayFor(deps, actor.user);
  const now = nowIso(deps);
  await withTransaction(deps.db, async (trx) => {
    await updateOrConflict(
      () =>
        workshops.updateWorkshop(trx, id, body.version, { recorded_at: now, attendees: JSON.stringify(attendees), date }, now),
      () => getWorkshop({ ...deps, db: trx }, actor, id),
    );
    // A workshop's sessions have no action items: one statement writes them all.
    await insertSessions(
      trx,
      scopes.map((scope) => ({
        scope,
        session: {
          id: newId(),
          kind: 'workshop',
          date,
          partner: team.name,
          domain: row.skill,
          outcomes: [],
          writtenWith: null,
          wentWell: null,
          challenging: null,
          improveNext: null,
          supportNeeded: null,
          observations: [],
          version: 1,
          createdAt: now,
        },
      })),
    );
  });
  return getWorkshop(deps, actor, id);
}
