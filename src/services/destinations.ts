import { type Reader, ownScope, scopeOf, todayOf } from './access.js';
import * as destinations from '../db/repositories/destinations.js';
import { setPositions } from '../db/repositories/positions.js';
import * as skills from '../db/repositories/skills.js';
import { type SmartInput, checkSmart } from '../domain/smart.js';
import type { Destination, DestinationCreate, DestinationPatch } from '../schemas/map.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor } from './context.js';
import { invalid, notFound } from './errors.js';
import { findOwnMap, toDestination } from './map.js';
import { updateOrConflict } from './versioned.js';

async function ownDestination(deps: ServiceDeps, reader: Reader, id: string) {
  const record = await destinations.findOwnDestination(deps.db, scopeOf(reader), id);
  if (!record) throw notFound('That destination');
  return record;
}

export async function getDestination(deps: ServiceDeps, reader: Reader, id: string): Promise<Destination> {
  const record = await ownDestination(deps, reader, id);
  const ownSkills = await skills.listSkillsOfDestination(deps.db, id);
  return toDestination(record, ownSkills, todayOf(deps, scopeOf(reader)));
}

export async function createDestination(deps: ServiceDeps, actor: Actor, body: DestinationCreate): Promise<Destination> {
  const map = await findOwnMap(deps, actor);
  const id = newId();
  await destinations.insertDestination(deps.db, {
    id,
    mapId: map.id,
    now: nowIso(deps),
    title: body.title,
    category: body.category,
    description: body.description ?? null,
    measure: body.measure ?? null,
    targetDate: body.targetDate ?? null,
    businessImpact: body.businessImpact ?? null,
    status: body.status ?? 'active',
  });
  return getDestination(deps, actor, id);
}

export async function patchDestination(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  patch: DestinationPatch,
): Promise<Destination> {
  await ownDestination(deps, actor, id);
  const { version, ...changes } = patch;
  await updateOrConflict(
    () => destinations.updateDestination(deps.db, id, version, changes, nowIso(deps)),
    () => getDestination(deps, actor, id),
  );
  return getDestination(deps, actor, id);
}

export async function deleteDestination(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownDestination(deps, actor, id);
  await destinations.deleteDestination(deps.db, id);
}

/** The new order must name every destination of the map exactly once. */
export async function reorderDestinations(deps: ServiceDeps, actor: Actor, ids: string[]): Promise<void> {
  const map = await findOwnMap(deps, actor);
  const existing = await destinations.listDestinations(deps.db, ownScope(actor));
  assertSameSet(
    existing.map((d) => d.id),
    ids,
  );
  await setPositions(deps.db, 'destinations', { column: 'map_id', id: map.id }, ids);
}

export function assertSameSet(existing: string[], ids: string[]): void {
  const wanted = new Set(ids);
  if (wanted.size !== ids.length || wanted.size !== existing.length || existing.some((id) => !wanted.has(id))) {
    throw invalid({ ids: 'List every item exactly once.' });
  }
}

/** The live check the form shows while the user types, with the user's own "today". */
export function previewSmart(deps: ServiceDeps, actor: Actor, input: SmartInput) {
  return checkSmart(input, todayFor(deps, actor.user));
}
