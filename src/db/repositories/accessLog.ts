import type { Kysely } from 'kysely';
import type { Section } from '../../domain/access.js';
import { type AccessLogEntry, section } from '../../schemas/mentorships.js';
import type { Tables } from '../tables.js';

export interface AccessLogRecord {
  id: string;
  ownerId: string;
  viewerId: string;
  section: Section;
  via: string;
  at: string;
}

export async function insertAccessLog(db: Kysely<Tables>, record: AccessLogRecord): Promise<void> {
  await insertAccessLogs(db, [record]);
}

/**
 * Reads of one owner's section by one viewer this close together are one row: a mentor who reloads
 * the dashboard, or opens the map then a destination on it, has not looked again.
 */
export const REPEAT_WINDOW_MS = 10 * 60_000;

const readKey = (ownerId: string, viewerId: string, section: string) => `${ownerId} ${viewerId} ${section}`;

/** The records that no row of the last REPEAT_WINDOW_MS (nor an earlier record given) already logs. */
async function withoutRepeats(db: Kysely<Tables>, records: readonly AccessLogRecord[]): Promise<AccessLogRecord[]> {
  const times = records.map((record) => record.at).sort();
  const latest = times.at(-1) ?? '';
  const since = new Date(Date.parse(times[0] ?? latest) - REPEAT_WINDOW_MS).toISOString();
  const recent = await db
    .selectFrom('access_log')
    .select(['owner_id', 'viewer_id', 'section'])
    .where('owner_id', 'in', [...new Set(records.map((record) => record.ownerId))])
    .where('viewer_id', 'in', [...new Set(records.map((record) => record.viewerId))])
    .where('at', '>', since)
    .where('at', '<=', latest)
    .execute();
  const logged = new Set(recent.map((row) => readKey(row.owner_id, row.viewer_id, row.section)));
  return records.filter((record) => {
    const key = readKey(record.ownerId, record.viewerId, record.section);
    if (logged.has(key)) return false;
    logged.add(key);
    return true;
  });
}

/**
 * Several rows in one statement: one page that reads many owners' sections writes them at once.
 * A read already logged within REPEAT_WINDOW_MS is not logged again.
 */
export async function insertAccessLogs(db: Kysely<Tables>, records: readonly AccessLogRecord[]): Promise<void> {
  if (records.length === 0) return;
  const fresh = await withoutRepeats(db, records);
  if (fresh.length === 0) return;
  await db
    .insertInto('access_log')
    .values(
      fresh.map((record) => ({
        id: record.id,
        owner_id: record.ownerId,
        viewer_id: record.viewerId,
        section: record.section,
        via: record.via,
        at: record.at,
      })),
    )
    .execute();
}

/** Newest first (all of it when `limit` is null, for the export); `before` pages on by time (ids are time-ordered, so rows of one instant keep an order). */
export async function listAccessLog(
  db: Kysely<Tables>,
  ownerId: string,
  page: { limit: number | null; before?: string | undefined },
): Promise<AccessLogEntry[]> {
  let query = db
    .selectFrom('access_log')
    .innerJoin('users', 'users.id', 'access_log.viewer_id')
    .select(['access_log.viewer_id', 'users.name', 'access_log.section', 'access_log.at'])
    .where('access_log.owner_id', '=', ownerId);
  if (page.before) query = query.where('access_log.at', '<', page.before);
  query = query.orderBy('access_log.at', 'desc').orderBy('access_log.id', 'desc');
  const rows = await (page.limit === null ? query : query.limit(page.limit)).execute();
  return rows.map((row) => ({
    viewer: { userId: row.viewer_id, name: row.name },
    section: section.parse(row.section),
    at: row.at,
  }));
}
