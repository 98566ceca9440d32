import { OwnerScope, type Reader, ownScope, scopeOf } from './access.js';
/**
 * Peer endorsements (issue 9, section 4): the owner asks someone by a secret link, that person
 * answers once without an account, and the owner approves or hides what came back. The link is
 * the only authority the endorser has, so only its hash is kept, and unknown, expired and
 * withdrawn links all answer the same not-found.
 */
import * as requests from '../db/repositories/endorsements.js';
import { groupSheet, requestStatus } from '../domain/endorsements.js';
import { levelDefinitions, levels } from '../domain/levels.js';
import { DAY } from '../domain/time.js';
import type {
  Endorsement,
  EndorsementInvitation,
  EndorsementPatch,
  EndorsementRequest,
  EndorsementRequestCreate,
  EndorsementRequestCreated,
  EndorsementSheet,
  EndorsementSubmit,
  SharedEndorsement,
} from '../schemas/endorsements.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { endorsementRequestMail } from './endorsementMail.js';
import { gone, invalid, linkNotFound, notFound } from './errors.js';
import { publicReads, publicWrites, takePublicAllowance } from './publicLimits.js';
import { hashSecret, newSecret } from './secrets.js';
import { updateOrConflict } from './versioned.js';

/** How long a request's link works. */
export const REQUEST_DAYS = 14;

export const alreadyAnswered = 'You have already answered this request. Thank you.';

const endorseLink = (deps: ServiceDeps, token: string) => `${deps.baseUrl}/endorse/${token}`;

/** The skills and the artifact a request names must be the owner's own: 400 naming the field otherwise. */
async function assertOwnSubjects(deps: ServiceDeps, actor: Actor, body: EndorsementRequestCreate): Promise<void> {
  const fields: Record<string, string> = {};
  const scope = ownScope(actor);
  const own = await requests.ownSkillNames(deps.db, scope, body.skillIds);
  body.skillIds.forEach((id, index) => {
    if (!own.has(id)) fields[`skillIds.${index}`] = 'Pick one of the skills on your map.';
  });
  if (body.artifactId && !(await requests.artifactSummary(deps.db, scope, body.artifactId))) {
    fields.artifactId = 'Pick one of your artifacts.';
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
}

export async function createRequest(
  deps: ServiceDeps,
  actor: Actor,
  body: EndorsementRequestCreate,
): Promise<EndorsementRequestCreated> {
  await assertOwnSubjects(deps, actor, body);
  const token = newSecret();
  const now = deps.clock.now();
  const request = {
    id: newId(),
    userId: actor.user.id,
    name: body.name,
    email: body.email ?? null,
    relationship: body.relationship ?? null,
    skillIds: body.skillIds,
    artifactId: body.artifactId ?? null,
    message: body.message ?? null,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + REQUEST_DAYS * DAY).toISOString(),
  };
  await requests.insertRequest(deps.db, ownScope(actor), { ...request, tokenHash: hashSecret(token) });
  const url = endorseLink(deps, token);
  const mailed = await mailRequest(deps, actor, { ...request, url });
  return { id: request.id, url, expiresAt: request.expiresAt, mailed };
}

/** The request is already stored: a mail that fails only means the owner passes the link on themselves. */
async function mailRequest(
  deps: ServiceDeps,
  actor: Actor,
  request: { email: string | null; name: string; message: string | null; url: string; expiresAt: string },
): Promise<boolean> {
  if (!deps.mailer || !request.email) return false;
  try {
    await deps.mailer.send(endorsementRequestMail({ ...request, to: request.email, owner: actor.user }));
    return true;
  } catch {
    return false;
  }
}

export async function listRequests(deps: ServiceDeps, actor: Actor): Promise<EndorsementRequest[]> {
  const now = nowIso(deps);
  const all = await requests.listRequests(deps.db, ownScope(actor));
  return all.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    relationship: r.relationship,
    skillIds: r.skillIds,
    artifactId: r.artifactId,
    message: r.message,
    status: requestStatus(r, now),
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
  }));
}

/** The link stops working at once; an endorsement already given stays. */
export async function withdrawRequest(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  if (!(await requests.findOwnRequest(deps.db, ownScope(actor), id))) throw notFound('That endorsement request');
  await requests.withdrawRequest(deps.db, id, nowIso(deps));
}

/**
 * The request behind a link and the scope its bearer acts in, counted against the visitor's
 * allowance; answered ones are gone (410).
 */
async function openLink(deps: ServiceDeps, address: string, token: string, allowance: 'read' | 'write') {
  // Reads and writes are counted apart: opening the page must not spend the submits.
  if (allowance === 'read') await takePublicAllowance(deps, 'endorse', address, publicReads);
  else await takePublicAllowance(deps, 'endorse-submit', address, publicWrites);
  const opened = await OwnerScope.forEndorsementLink(deps, token);
  if (!opened) throw linkNotFound();
  if (opened.request.answeredAt) throw gone(alreadyAnswered);
  return opened;
}

/** Skills the request names that are still on the owner's map, in the order asked. */
async function requestedSkills(deps: ServiceDeps, scope: OwnerScope, skillIds: readonly string[]) {
  const names = await requests.ownSkillNames(deps.db, scope, skillIds);
  return skillIds.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
}

/** What the endorser is shown: who asks, about which skills or which artifact, and the level words. */
export async function describeRequest(deps: ServiceDeps, address: string, token: string): Promise<EndorsementInvitation> {
  const { scope, request } = await openLink(deps, address, token, 'read');
  return {
    ownerName: request.ownerName,
    endorserName: request.name,
    message: request.message,
    skills: await requestedSkills(deps, scope, request.skillIds),
    artifact: request.artifactId ? await requests.artifactSummary(deps.db, scope, request.artifactId) : null,
    levels: levels.map((level) => ({ level, label: levelDefinitions[level].label, meaning: levelDefinitions[level].meaning })),
    expiresAt: request.expiresAt,
  };
}

/**
 * The one answer a request gets. Claiming the request is one conditional UPDATE inside the
 * transaction that stores the answer, so of concurrent submits exactly one lands and every
 * other one is told the request was already answered.
 */
export async function submitEndorsement(
  deps: ServiceDeps,
  address: string,
  token: string,
  body: EndorsementSubmit,
): Promise<void> {
  const { scope, request } = await openLink(deps, address, token, 'write');
  const asked = new Set((await requestedSkills(deps, scope, request.skillIds)).map((s) => s.id));
  const fields = Object.fromEntries(
    body.observations.flatMap((o, index) =>
      asked.has(o.skillId) ? [] : [[`observations.${index}.skillId`, 'Choose one of the skills this request names.']],
    ),
  );
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const now = nowIso(deps);
  await withTransaction(deps.db, async (trx) => {
    if (!(await requests.claimRequest(trx, request.id, now))) throw gone(alreadyAnswered);
    await requests.insertEndorsement(trx, scope, {
      id: newId(),
      requestId: request.id,
      quote: body.quote,
      relationship: body.relationship ?? null,
      observations: body.observations,
      showName: body.showName,
      createdAt: now,
    });
  });
}

async function withSkillNames(deps: ServiceDeps, scope: OwnerScope, list: requests.EndorsementRecord[]): Promise<Endorsement[]> {
  const names = await requests.ownSkillNames(
    deps.db,
    scope,
    list.flatMap((e) => e.observations.map((o) => o.skillId)),
  );
  return list.map((e) => ({
    ...e,
    observations: e.observations.map((o) => ({ ...o, skillName: names.get(o.skillId) ?? null })),
  }));
}

export async function listEndorsements(deps: ServiceDeps, reader: Reader): Promise<Endorsement[]> {
  const scope = scopeOf(reader);
  return withSkillNames(deps, scope, await requests.listEndorsements(deps.db, scope));
}

async function ownEndorsement(deps: ServiceDeps, actor: Actor, id: string): Promise<Endorsement> {
  const scope = ownScope(actor);
  const found = await requests.findOwnEndorsement(deps.db, scope, id);
  if (!found) throw notFound('That endorsement');
  const [named] = await withSkillNames(deps, scope, [found]);
  if (!named) throw notFound('That endorsement');
  return named;
}

export async function patchEndorsement(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  patch: EndorsementPatch,
): Promise<Endorsement> {
  await ownEndorsement(deps, actor, id);
  await updateOrConflict(
    () => requests.updateEndorsementStatus(deps.db, id, patch.version, patch.status, nowIso(deps)),
    () => ownEndorsement(deps, actor, id),
  );
  return ownEndorsement(deps, actor, id);
}

export async function deleteEndorsement(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownEndorsement(deps, actor, id);
  await requests.deleteEndorsement(deps.db, id);
}

async function approvedOf(deps: ServiceDeps, scope: OwnerScope) {
  const approved = await requests.listEndorsements(deps.db, scope, 'approved');
  const names = await requests.ownSkillNames(
    deps.db,
    scope,
    approved.flatMap((e) => e.observations.map((o) => o.skillId)),
  );
  return { approved, names };
}

/** Approved quotes grouped by skill, "General" for those naming none. */
export async function getSheet(deps: ServiceDeps, actor: Actor): Promise<EndorsementSheet> {
  const { approved, names } = await approvedOf(deps, ownScope(actor));
  return { groups: groupSheet(approved, names) };
}

/** The approved endorsements as a shared portfolio shows them: the name only when the endorser allowed it. */
export async function approvedEndorsementsForShare(deps: ServiceDeps, actor: Actor): Promise<SharedEndorsement[]> {
  const { approved, names } = await approvedOf(deps, ownScope(actor));
  return approved.map((e) => ({
    quote: e.quote,
    name: e.showName ? e.endorserName : null,
    relationship: e.relationship,
    skills: e.observations.flatMap((o) => names.get(o.skillId) ?? []),
  }));
}

/** For "download everything": requests without their links' secrets, and the endorsements received. */
export async function exportEndorsements(deps: ServiceDeps, actor: Actor) {
  const [endorsementRequests, endorsements] = await Promise.all([listRequests(deps, actor), listEndorsements(deps, actor)]);
  return { endorsementRequests, endorsements };
}

/** A level change citing an endorsement must cite one the actor received: 400 naming the item otherwise. */
export async function assertOwnEndorsementEvidence(
  deps: ServiceDeps,
  actor: Actor,
  evidence: ReadonlyArray<{ kind: string; id?: string }>,
): Promise<void> {
  const cited = evidence.flatMap((item, index) => (item.kind === 'endorsement' && item.id ? [{ index, id: item.id }] : []));
  const own = await requests.ownEndorsementIds(
    deps.db,
    ownScope(actor),
    cited.map((c) => c.id),
  );
  const fields = Object.fromEntries(
    cited.filter((c) => !own.has(c.id)).map((c) => [`evidence.${c.index}.id`, 'Point to one of your own endorsements.']),
  );
  if (Object.keys(fields).length > 0) throw invalid(fields);
}
