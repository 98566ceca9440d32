import { type Reader, ownScope, scopeOf } from './access.js';
import * as repo from '../db/repositories/feedbackSessions.js';
import { findOwnSkill } from '../db/repositories/skills.js';
import { itemsToCarry, rotationNotices, rotationWeeks } from '../domain/feedbackSessions.js';
import type {
  ActionItem,
  ActionItemInput,
  ActionItemPatch,
  FeedbackSession,
  FeedbackSessionCreate,
  FeedbackSessionPatch,
  Observation,
  PairingRotation,
} from '../schemas/feedbackSessions.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor, withTransaction } from './context.js';
import { invalid, notFound } from './errors.js';
import { getMap } from './map.js';
import { getPreferences } from './preferences.js';
import { updateOrConflict } from './versioned.js';

type Item = ActionItem & { originDate: string };

function withItems(session: repo.SessionRecord, items: readonly Item[]): FeedbackSession {
  const strip = ({ originDate: _originDate, ...item }: Item): ActionItem => item;
  return {
    ...session,
    actionItems: items.filter((item) => item.sessionId === session.id).map(strip),
    carriedItems: items.filter((item) => item.carriedInto.includes(session.id)).map(strip),
  };
}

async function ownSessionRecord(deps: ServiceDeps, reader: Reader, id: string): Promise<repo.SessionRecord> {
  const session = await repo.findOwnSession(deps.db, scopeOf(reader), id);
  if (!session) throw notFound('That feedback session');
  return session;
}

export async function getSession(deps: ServiceDeps, reader: Reader, id: string): Promise<FeedbackSession> {
  const session = await ownSessionRecord(deps, reader, id);
  return withItems(session, await repo.listItems(deps.db, scopeOf(reader)));
}

export async function listSessions(
  deps: ServiceDeps,
  reader: Reader,
  filter: { kind?: string; partner?: string } = {},
): Promise<FeedbackSession[]> {
  const [sessions, items] = await Promise.all([
    repo.listSessions(deps.db, scopeOf(reader), filter),
    repo.listItems(deps.db, scopeOf(reader)),
  ]);
  return sessions.map((session) => withItems(session, items));
}

/** Observations are about the owner's own skills; another's skill is not found like any other. */
async function assertOwnSkills(deps: ServiceDeps, actor: Actor, observations: readonly Observation[]): Promise<void> {
  for (const [index, observation] of observations.entries()) {
    if (!(await findOwnSkill(deps.db, ownScope(actor), observation.skillId))) {
      throw invalid({ [`observations.${index}.skillId`]: 'Pick one of the skills on your map.' });
    }
  }
}

/** Open items with the same partner, from this date or before, are carried into the session. */
async function carryInto(deps: ServiceDeps, actor: Actor, session: repo.SessionRecord): Promise<void> {
  const open = await repo.listItems(deps.db, ownScope(actor), { status: 'open' });
  const candidates = open.map((item) => ({
    ...item,
    origin: { id: item.sessionId, partner: item.partner, date: item.originDate },
  }));
  for (const item of itemsToCarry(candidates, session)) {
    await repo.setCarriedInto(deps.db, item.id, [...item.carriedInto, session.id], nowIso(deps));
  }
}

/** `writtenWith`: the mentor writing it with the owner (see coWrittenSessions.ts); `actor` is then the owner. */
export async function createSession(
  deps: ServiceDeps,
  actor: Actor,
  body: FeedbackSessionCreate,
  writtenWith: { userId: string; name: string } | null = null,
): Promise<FeedbackSession> {
  await assertOwnSkills(deps, actor, body.observations);
  const now = nowIso(deps);
  const session: repo.SessionRecord = {
    id: newId(),
    kind: body.kind,
    date: body.date ?? todayFor(deps, actor.user),
    partner: body.partner,
    domain: body.domain ?? null,
    wentWell: body.wentWell ?? null,
    challenging: body.challenging ?? null,
    improveNext: body.improveNext ?? null,
    supportNeeded: body.supportNeeded ?? null,
    observations: body.observations,
    outcomes: body.outcomes,
    writtenWith,
    version: 1,
    createdAt: now,
  };
  await withTransaction(deps.db, async (trx) => {
    const inTrx = { ...deps, db: trx };
    await repo.insertSession(trx, ownScope(actor), session);
    // Carry first, so the items agreed in this very session are not carried into it.
    await carryInto(inTrx, actor, session);
    await writeItems(inTrx, actor, session.id, [], body.actionItems);
  });
  return getSession(deps, actor, session.id);
}

/** Makes the session's own items what the form sent: named ones revised, new ones added, the rest gone. */
async function writeItems(
  deps: ServiceDeps,
  actor: Actor,
  sessionId: string,
  existing: readonly ActionItem[],
  wanted: readonly ActionItemInput[],
): Promise<void> {
  const now = nowIso(deps);
  const existingIds = new Set(existing.map((item) => item.id));
  for (const [index, input] of wanted.entries()) {
    if (input.id !== undefined && !existingIds.has(input.id)) {
      throw invalid({ [`actionItems.${index}.id`]: 'That action item is not one of this session’s.' });
    }
  }
  const kept = new Set(wanted.flatMap((input) => (input.id === undefined ? [] : [input.id])));
  await repo.deleteItems(
    deps.db,
    existing.filter((item) => !kept.has(item.id)).map((item) => item.id),
  );
  for (const [position, input] of wanted.entries()) {
    const fields = { position, text: input.text, owner: input.owner, due: input.due ?? null };
    if (input.id !== undefined) await repo.reviseItem(deps.db, input.id, fields, now);
    else await repo.insertItem(deps.db, ownScope(actor), { id: newId(), sessionId, createdAt: now, ...fields });
  }
}

export async function patchSession(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  patch: FeedbackSessionPatch,
): Promise<FeedbackSession> {
  await ownSessionRecord(deps, actor, id);
  if (patch.observations) await assertOwnSkills(deps, actor, patch.observations);
  const { version, actionItems, ...changes } = patch;
  await withTransaction(deps.db, async (trx) => {
    const inTrx = { ...deps, db: trx };
    await updateOrConflict(
      () => repo.updateSession(trx, id, version, changes, nowIso(deps)),
      () => getSession(inTrx, actor, id),
    );
    if (actionItems) {
      const existing = await repo.listItems(trx, ownScope(actor), { sessionIds: [id] });
      await writeItems(inTrx, actor, id, existing, actionItems);
    }
  });
  return getSession(deps, actor, id);
}

export async function deleteSession(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownSessionRecord(deps, actor, id);
  await withTransaction(deps.db, async (trx) => {
    const carried = (await repo.listItems(trx, ownScope(actor))).filter((item) => item.carriedInto.includes(id));
    for (const item of carried) {
      await repo.setCarriedInto(
        trx,
        item.id,
        item.carriedInto.filter((sessionId) => sessionId !== id),
        nowIso(deps),
      );
    }
    await repo.deleteSession(trx, id);
  });
}

export async function listActionItems(deps: ServiceDeps, reader: Reader, status?: string): Promise<ActionItem[]> {
  const items = await repo.listItems(deps.db, scopeOf(reader), { status });
  return items.map(({ originDate: _originDate, ...item }) => item);
}

async function ownItem(deps: ServiceDeps, actor: Actor, id: string): Promise<ActionItem> {
  const item = await repo.findOwnItem(deps.db, ownScope(actor), id);
  if (!item) throw notFound('That action item');
  return item;
}

export async function patchActionItem(deps: ServiceDeps, actor: Actor, id: string, patch: ActionItemPatch): Promise<ActionItem> {
  await ownItem(deps, actor, id);
  await updateOrConflict(
    () => repo.updateItemStatus(deps.db, id, patch.version, patch.status, nowIso(deps)),
    () => ownItem(deps, actor, id),
  );
  return ownItem(deps, actor, id);
}

export async function getPairingRotation(deps: ServiceDeps, actor: Actor): Promise<PairingRotation> {
  const [pairings, map, preferences] = await Promise.all([
    repo.listSessions(deps.db, ownScope(actor), { kind: 'pairing' }),
    getMap(deps, actor),
    getPreferences(deps, actor),
  ]);
  const domains = map.destinations
    .filter((destination) => destination.status === 'active')
    .flatMap((destination) => destination.skills.map((skill) => skill.name));
  const partners = new Map<string, { partner: string; sessions: number; lastDate: string }>();
  for (const pairing of pairings) {
    const key = pairing.partner.trim().toLocaleLowerCase('en');
    const seen = partners.get(key);
    if (seen) seen.sessions += 1;
    else partners.set(key, { partner: pairing.partner, sessions: 1, lastDate: pairing.date });
  }
  return {
    staleAfterWeeks: preferences.pairingStaleWeeks,
    weeks: rotationWeeks(pairings),
    partners: [...partners.values()],
    notices: rotationNotices(pairings, domains, todayFor(deps, actor.user), preferences.pairingStaleWeeks),
  };
}
