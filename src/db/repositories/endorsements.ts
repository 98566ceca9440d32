import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { artifactKind } from '../../schemas/artifacts.js';
import { type EndorsementStatus, endorsementStatus, observation } from '../../schemas/endorsements.js';
import type { Tables } from '../tables.js';
import { changedAny, updateVersioned } from './versioned.js';

/** A request as stored, without its token's hash; its status is computed from the times and the clock. */
export interface RequestRecord {
  id: string;
  userId: string;
  name: string;
  email: string | null;
  relationship: string | null;
  skillIds: string[];
  artifactId: string | null;
  message: string | null;
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
  withdrawnAt: string | null;
}

export interface EndorsementRecord {
  id: string;
  requestId: string;
  endorserName: string;
  relationship: string | null;
  quote: string;
  observations: z.infer<typeof observation>[];
  showName: boolean;
  status: EndorsementStatus;
  request: { message: string | null; artifactId: string | null; createdAt: string };
  version: number;
  createdAt: string;
}

const ids = z.array(z.string());
const observations = z.array(observation);

function toRequest(row: Selectable<Tables['endorsement_requests']>): RequestRecord {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    relationship: row.relationship,
    skillIds: ids.parse(JSON.parse(row.skill_ids)),
    artifactId: row.artifact_id,
    message: row.message,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    answeredAt: row.answered_at,
    withdrawnAt: row.withdrawn_at,
  };
}

export async function insertRequest(
  db: Kysely<Tables>,
  scope: OwnerScope,
  request: Omit<RequestRecord, 'userId' | 'answeredAt' | 'withdrawnAt'> & { tokenHash: string },
): Promise<void> {
  await db
    .insertInto('endorsement_requests')
    .values({
      id: request.id,
      user_id: scope.ownerId,
      token_hash: request.tokenHash,
      name: request.name,
      email: request.email,
      relationship: request.relationship,
      skill_ids: JSON.stringify(request.skillIds),
      artifact_id: request.artifactId,
      message: request.message,
      created_at: request.createdAt,
      expires_at: request.expiresAt,
      answered_at: null,
      withdrawn_at: null,
    })
    .execute();
}

export async function listRequests(db: Kysely<Tables>, scope: OwnerScope): Promise<RequestRecord[]> {
  const userId = scope.ownerId;
  const rows = await db
    .selectFrom('endorsement_requests')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRequest);
}

export async function findOwnRequest(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<RequestRecord | null> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('endorsement_requests')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRequest(row) : null;
}

/** Withdrawing twice is no change; the first time stays the one recorded. */
export async function withdrawRequest(db: Kysely<Tables>, id: string, now: string): Promise<void> {
  await db
    .updateTable('endorsement_requests')
    .set({ withdrawn_at: now })
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** A request a link opened, with its owner's name and time zone. */
export type LiveRequest = RequestRecord & { ownerName: string; ownerTimeZone: string };

/**
 * The request a link opens while it still may (not withdrawn, not expired), with its owner's
 * name; answered ones too, so the endorser can be told they already answered.
 */
export async function findLiveRequest(db: Kysely<Tables>, tokenHash: string, now: string): Promise<LiveRequest | null> {
  const row = await db
    .selectFrom('endorsement_requests')
    .innerJoin('users', 'users.id', 'endorsement_requests.user_id')
    .selectAll('endorsement_requests')
    .select(['users.name as owner_name', 'users.time_zone as owner_time_zone'])
    .where('endorsement_requests.token_hash', '=', tokenHash)
    .where('endorsement_requests.withdrawn_at', 'is', null)
    .where('endorsement_requests.expires_at', '>', now)
    .executeTakeFirst();
  return row ? { ...toRequest(row), ownerName: row.owner_name, ownerTimeZone: row.owner_time_zone } : null;
}

/**
 * Takes the request's one answer: a single conditional UPDATE, so of any number of concurrent
 * submits exactly one changes the row and the others see it answered.
 */
export function claimRequest(db: Kysely<Tables>, id: string, now: string): Promise<boolean> {
  return changedAny(
    db
      .updateTable('endorsement_requests')
      .set({ answered_at: now })
      .where('id', '=', id)
      .where('answered_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .where('expires_at', '>', now),
  );
}

/** The owner's own skills among these ids, with their names. */
export async function ownSkillNames(
  db: Kysely<Tables>,
  scope: OwnerScope,
  skillIds: readonly string[],
): Promise<Map<string, string>> {
  const userId = scope.ownerId;
  if (skillIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select(['skills.id', 'skills.name'])
    .where('growth_maps.user_id', '=', userId)
    .where('skills.id', 'in', skillIds)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** What an endorser is shown of the artifact in question: its title, kind and link only. */
export async function artifactSummary(db: Kysely<Tables>, scope: OwnerScope, id: string) {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('artifacts')
    .select(['title', 'kind', 'url'])
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { title: row.title, kind: artifactKind.parse(row.kind), url: row.url } : null;
}

export async function insertEndorsement(
  db: Kysely<Tables>,
  scope: OwnerScope,
  endorsement: {
    id: string;
    requestId: string;
    quote: string;
    relationship: string | null;
    observations: z.infer<typeof observation>[];
    showName: boolean;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('endorsements')
    .values({
      id: endorsement.id,
      user_id: scope.ownerId,
      request_id: endorsement.requestId,
      quote: endorsement.quote,
      relationship: endorsement.relationship,
      observations: JSON.stringify(endorsement.observations),
      show_name: endorsement.showName ? 1 : 0,
      status: 'pending',
      version: 1,
      created_at: endorsement.createdAt,
      updated_at: endorsement.createdAt,
    })
    .execute();
}

const endorsementColumns = [
  'endorsements.id',
  'endorsements.request_id',
  'endorsements.quote',
  'endorsements.relationship',
  'endorsements.observations',
  'endorsements.show_name',
  'endorsements.status',
  'endorsements.version',
  'endorsements.created_at',
  'endorsement_requests.name',
  'endorsement_requests.message',
  'endorsement_requests.artifact_id',
  'endorsement_requests.created_at as requested_at',
] as const;

function selectEndorsements(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('endorsements')
    .innerJoin('endorsement_requests', 'endorsement_requests.id', 'endorsements.request_id')
    .select(endorsementColumns)
    .where('endorsements.user_id', '=', userId);
}

type EndorsementRow = Awaited<ReturnType<ReturnType<typeof selectEndorsements>['executeTakeFirstOrThrow']>>;

function toEndorsement(row: EndorsementRow): EndorsementRecord {
  return {
    id: row.id,
    requestId: row.request_id,
    endorserName: row.name,
    relationship: row.relationship,
    quote: row.quote,
    observations: observations.parse(JSON.parse(row.observations)),
    showName: row.show_name === 1,
    status: endorsementStatus.parse(row.status),
    request: { message: row.message, artifactId: row.artifact_id, createdAt: row.requested_at },
    version: row.version,
    createdAt: row.created_at,
  };
}

export async function listEndorsements(
  db: Kysely<Tables>,
  scope: OwnerScope,
  status?: EndorsementStatus,
): Promise<EndorsementRecord[]> {
  const userId = scope.ownerId;
  let query = selectEndorsements(db, userId);
  if (status) query = query.where('endorsements.status', '=', status);
  const rows = await query.orderBy('endorsements.created_at', 'desc').orderBy('endorsements.id', 'desc').execute();
  return rows.map(toEndorsement);
}

export async function findOwnEndorsement(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<EndorsementRecord | null> {
  const userId = scope.ownerId;
  const row = await selectEndorsements(db, userId).where('endorsements.id', '=', id).executeTakeFirst();
  return row ? toEndorsement(row) : null;
}

export const updateEndorsementStatus = (
  db: Kysely<Tables>,
  id: string,
  version: number,
  status: EndorsementStatus,
  now: string,
) => updateVersioned(db, 'endorsements', { column: 'id', id }, version, { status }, now);

export async function deleteEndorsement(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('endorsements').where('id', '=', id).execute();
}

/** Of these endorsement ids, the user's own (evidence for a level change). */
export async function ownEndorsementIds(
  db: Kysely<Tables>,
  scope: OwnerScope,
  endorsementIds: readonly string[],
): Promise<Set<string>> {
  const userId = scope.ownerId;
  if (endorsementIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('endorsements')
    .select('id')
    .where('user_id', '=', userId)
    .where('id', 'in', endorsementIds)
    .execute();
  return new Set(rows.map((row) => row.id));
}
