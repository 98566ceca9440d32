import { type Reader, scopeOf, todayOf } from './access.js';
import type { DestinationRecord } from '../db/repositories/destinations.js';
import * as maps from '../db/repositories/map.js';
import * as destinations from '../db/repositories/destinations.js';
import * as skills from '../db/repositories/skills.js';
import { guidanceNotices } from '../domain/guidance.js';
import { checkSmart } from '../domain/smart.js';
import type { Destination, GrowthMap, MapPatch, Skill, Smart } from '../schemas/map.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';
import { notFound } from './errors.js';
import { updateOrConflict } from './versioned.js';

export function toDestination(record: DestinationRecord, ownSkills: Skill[], today: string): Destination {
  const { mapId: _mapId, ...fields } = record;
  return { ...fields, skills: ownSkills, smart: smartOf(record, today) };
}

// The check is pure and reads only these fields and today, so a read of an unchanged
// map reuses it: it is most of the CPU of a map read otherwise.
const smartCache = new Map<string, Smart>();
function smartOf(record: DestinationRecord, today: string): Smart {
  const key = [today, record.title, record.description, record.measure, record.targetDate, record.businessImpact].join('\u0000');
  let result = smartCache.get(key);
  if (!result) {
    result = checkSmart(record, today);
    if (smartCache.size >= 1000) smartCache.delete(smartCache.keys().next().value as string);
    smartCache.set(key, result);
  }
  return result;
}

export async function findOwnMap(deps: ServiceDeps, reader: Reader): Promise<maps.MapRecord> {
  const map = await maps.findMapByUser(deps.db, scopeOf(reader));
  if (!map) throw notFound('Your Growth Map');
  return map;
}

/**
 * What a map read's answer depends on besides the code: the map's revision, which the database
 * moves on every change to it (migration 0012), and the user's today (the SMART checks). Two
 * reads with the same key answer the same; a cached answer is only used while its key holds.
 */
export async function mapReadKey(deps: ServiceDeps, reader: Reader): Promise<string> {
  const scope = scopeOf(reader);
  const revision = await maps.findMapRevision(deps.db, scope);
  if (revision === null) throw notFound('Your Growth Map');
  return `${revision} ${todayOf(deps, scope)}`;
}

/** The whole map in three queries, whatever its size. */
export async function getMap(deps: ServiceDeps, reader: Reader): Promise<GrowthMap> {
  const scope = scopeOf(reader);
  const map = await findOwnMap(deps, scope);
  const [records, allSkills] = await Promise.all([
    destinations.listDestinations(deps.db, scope),
    skills.listSkillsOfMap(deps.db, scope),
  ]);
  const today = todayOf(deps, scope);
  const byDestination = new Map<string, Skill[]>();
  for (const skill of allSkills) {
    byDestination.set(skill.destinationId, [...(byDestination.get(skill.destinationId) ?? []), skill]);
  }
  const list = records.map((record) => toDestination(record, byDestination.get(record.id) ?? [], today));
  const { userId: _userId, ...fields } = map;
  return { ...fields, destinations: list, notices: guidanceNotices(list) };
}

export async function patchMap(deps: ServiceDeps, actor: Actor, patch: MapPatch): Promise<GrowthMap> {
  const map = await findOwnMap(deps, actor);
  const { version, ...changes } = patch;
  await updateOrConflict(
    () => maps.updateMap(deps.db, map.id, version, changes, nowIso(deps)),
    () => getMap(deps, actor),
  );
  return getMap(deps, actor);
}
