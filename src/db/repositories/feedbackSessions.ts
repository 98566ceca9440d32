import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import { partnerKey } from '../../domain/feedbackSessions.js';
import {
  type ActionItem,
  type FeedbackSession,
  actionItemOwner,
  actionItemStatus,
  feedbackKind,
  observation,
  reviewOutcome,
} from '../../schemas/feedbackSessions.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';
import { z } from 'zod';

/** A session as stored: its items are read apart (they live on their own). */
export type SessionRecord = Omit<FeedbackSession, 'actionItems' | 'carriedItems'>;

const ids = z.array(z.string());
const observations = z.array(observation);
const outcomes = z.array(reviewOutcome);

type SessionRow = Selectable<Tables['feedback_sessions']> & { written_with_name: string | null };

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    kind: feedbackKind.parse(row.kind),
    date: row.date,
    partner: row.partner,
    domain: row.domain,
    wentWell: row.went_well,
    challenging: row.challenging,
    improveNext: row.improve_next,
    supportNeeded: row.support_needed,
    observations: observations.parse(JSON.parse(row.observations)),
    outcomes: outcomes.parse(JSON.parse(row.outcomes)),
    writtenWith:
      row.written_with !== null && row.written_with_name !== null
        ? { userId: row.written_with, name: row.written_with_name }
        : null,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** Sessions with the name of the mentor they were written with. */
function sessionsOf(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('feedback_sessions')
    .leftJoin('users as mentor', 'mentor.id', 'feedback_sessions.written_with')
    .selectAll('feedback_sessions')
    .select('mentor.name as written_with_name')
    .where('feedback_sessions.user_id', '=', userId);
}

type ItemRow = Selectable<Tables['action_items']> & { partner: string };

function toItem(row: ItemRow): ActionItem {
  return {
    id: row.id,
    sessionId: row.session_id,
    text: row.text,
    owner: actionItemOwner.parse(row.owner),
    due: row.due,
    status: actionItemStatus.parse(row.status),
    carriedInto: ids.parse(JSON.parse(row.carried_into)),
    partner: row.partner,
    version: row.version,
    createdAt: row.created_at,
  };
}

export async function insertSession(db: Kysely<Tables>, scope: OwnerScope, session: SessionRecord): Promise<void> {
  await insertSessions(db, [{ scope, session }]);
}

/** Several sessions, each on its owner's account, in one statement (a workshop's attendees). */
export async function insertSessions(
  db: Kysely<Tables>,
  sessions: readonly { scope: OwnerScope; session: SessionRecord }[],
): Promise<void> {
  if (sessions.length === 0) return;
  await db
    .insertInto('feedback_sessions')
    .values(
      sessions.map(({ scope, session }) => ({
        id: session.id,
        user_id: scope.ownerId,
        kind: session.kind,
        date: session.date,
        partner: session.partner,
        partner_key: partnerKey(session.partner),
        domain: session.domain,
        went_well: session.wentWell,
        challenging: session.challenging,
        improve_next: session.improveNext,
        support_needed: session.supportNeeded,
        observations: JSON.stringify(session.observations),
        outcomes: JSON.stringify(session.outcomes),
        written_with: session.writtenWith?.userId ?? null,
        version: session.version,
        created_at: session.createdAt,
        updated_at: session.createdAt,
      })),
    )
    .execute();
}

export async function findOwnSession(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<SessionRecord | null> {
  const row = await sessionsOf(db, scope.ownerId).where('feedback_sessions.id', '=', id).executeTakeFirst();
  return row ? toSession(row) : null;
}

export async function listSessions(
  db: Kysely<Tables>,
  scope: OwnerScope,
  filter: { kind?: string; partner?: string } = {},
): Promise<SessionRecord[]> {
  let query = sessionsOf(db, scope.ownerId);
  if (filter.kind) query = query.where('feedback_sessions.kind', '=', filter.kind);
  if (filter.partner?.trim()) query = query.where('feedback_sessions.partner_key', '=', partnerKey(filter.partner));
  const rows = await query.orderBy('feedback_sessions.date', 'desc').orderBy('feedback_sessions.created_at', 'desc').execute();
  return rows.map(toSession);
}

export interface SessionChanges {
  kind?: string;
  date?: string;
  partner?: string;
  domain?: string | null;
  wentWell?: string | null;
  challenging?: string | null;
  improveNext?: string | null;
  supportNeeded?: string | null;
  observations?: FeedbackSession['observations'];
  outcomes?: FeedbackSession['outcomes'];
}

export async function updateSession(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: SessionChanges,
  now: string,
): Promise<boolean> {
  return updateVersioned(
    db,
    'feedback_sessions',
    { column: 'id', id },
    version,
    {
      kind: changes.kind,
      date: changes.date,
      partner: changes.partner,
      partner_key: changes.partner === undefined ? undefined : partnerKey(changes.partner),
      domain: changes.domain,
      went_well: changes.wentWell,
      challenging: changes.challenging,
      improve_next: changes.improveNext,
      support_needed: changes.supportNeeded,
      observations: changes.observations && JSON.stringify(changes.observations),
      outcomes: changes.outcomes && JSON.stringify(changes.outcomes),
    },
    now,
  );
}

export async function deleteSession(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('action_items').where('session_id', '=', id).execute();
  await db.deleteFrom('feedback_sessions').where('id', '=', id).execute();
}

/** Items with the partner and date of the session they came from. */
function itemsOf(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('action_items')
    .innerJoin('feedback_sessions', 'feedback_sessions.id', 'action_items.session_id')
    .selectAll('action_items')
    .select(['feedback_sessions.partner as partner', 'feedback_sessions.date as origin_date'])
    .where('action_items.user_id', '=', userId);
}

export async function listItems(
  db: Kysely<Tables>,
  scope: OwnerScope,
  filter: { status?: string; sessionIds?: readonly string[] } = {},
): Promise<(ActionItem & { originDate: string })[]> {
  const userId = scope.ownerId;
  let query = itemsOf(db, userId);
  if (filter.status) query = query.where('action_items.status', '=', filter.status);
  if (filter.sessionIds) {
    if (filter.sessionIds.length === 0) return [];
    query = query.where('action_items.session_id', 'in', filter.sessionIds);
  }
  const rows = await query
    .orderBy('feedback_sessions.date')
    .orderBy('action_items.session_id')
    .orderBy('action_items.position')
    .execute();
  return rows.map((row) => ({ ...toItem(row), originDate: row.origin_date }));
}

/** The open items of several owners at once (the mentor's dashboard), each with its owner. */
export async function listOpenItemsOf(
  db: Kysely<Tables>,
  scopes: readonly OwnerScope[],
): Promise<(ActionItem & { ownerId: string })[]> {
  if (scopes.length === 0) return [];
  const rows = await db
    .selectFrom('action_items')
    .innerJoin('feedback_sessions', 'feedback_sessions.id', 'action_items.session_id')
    .selectAll('action_items')
    .select('feedback_sessions.partner as partner')
    .where(
      'action_items.user_id',
      'in',
      scopes.map((scope) => scope.ownerId),
    )
    .where('action_items.status', '=', 'open')
    .orderBy('feedback_sessions.date')
    .orderBy('action_items.session_id')
    .orderBy('action_items.position')
    .execute();
  return rows.map((row) => ({ ...toItem(row), ownerId: row.user_id }));
}

export async function findOwnItem(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<ActionItem | null> {
  const userId = scope.ownerId;
  const row = await itemsOf(db, userId).where('action_items.id', '=', id).executeTakeFirst();
  return row ? toItem(row) : null;
}

export async function insertItem(
  db: Kysely<Tables>,
  scope: OwnerScope,
  item: { id: string; sessionId: string; position: number; text: string; owner: string; due: string | null; createdAt: string },
): Promise<void> {
  const userId = scope.ownerId;
  await db
    .insertInto('action_items')
    .values({
      id: item.id,
      user_id: userId,
      session_id: item.sessionId,
      position: item.position,
      text: item.text,
      owner: item.owner,
      due: item.due,
      status: 'open',
      carried_into: '[]',
      version: 1,
      created_at: item.createdAt,
      updated_at: item.createdAt,
    })
    .execute();
}

/** Rewrites an item the session keeps (its text, owner, due date and place); status and carries stay. */
export async function reviseItem(
  db: Kysely<Tables>,
  id: string,
  changes: { position: number; text: string; owner: string; due: string | null },
  now: string,
): Promise<void> {
  await db
    .updateTable('action_items')
    .set({ ...changes, updated_at: now, version: (eb) => eb('version', '+', 1) })
    .where('id', '=', id)
    .execute();
}

export async function deleteItems(db: Kysely<Tables>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('action_items').where('id', 'in', ids).execute();
}

export async function setCarriedInto(db: Kysely<Tables>, id: string, carriedInto: readonly string[], now: string): Promise<void> {
  await db
    .updateTable('action_items')
    .set({ carried_into: JSON.stringify(carriedInto), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function updateItemStatus(
  db: Kysely<Tables>,
  id: string,
  version: number,
  status: string,
  now: string,
): Promise<boolean> {
  return updateVersioned(db, 'action_items', { column: 'id', id }, version, { status }, now);
}
