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

/** Several rows in one statement: one page that reads many owners' sections writes them at once. */
export async function insertAccessLogs(db: Kysely<Tables>, records: readonly AccessLogRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db
    .insertInto('access_log')
    .values(
      records.map((record) => ({
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
