import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/** An administrator's upload: one content file's text, layered over what ships. */
export interface StoredUpload {
  file: string;
  body: string;
  /** The validated form as JSON, so reads never parse the YAML again; null for uploads from before it was kept. */
  parsed: string | null;
  sourceName: string;
}

export interface UploadSummary {
  id: string;
  file: string;
  sourceName: string;
  createdAt: string;
  uploadedBy: string | null;
}

/** Oldest first: later uploads are layered over earlier ones. */
export async function listUploadBodies(db: Kysely<Tables>): Promise<StoredUpload[]> {
  const rows = await db
    .selectFrom('content_uploads')
    .select(['file', 'body', 'parsed', 'source_name'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ file: row.file, body: row.body, parsed: row.parsed, sourceName: row.source_name }));
}

/** Newest first, with the name of whoever uploaded it (null once that account is gone). */
export async function listUploadSummaries(db: Kysely<Tables>): Promise<UploadSummary[]> {
  const rows = await db
    .selectFrom('content_uploads')
    .leftJoin('users', 'users.id', 'content_uploads.uploaded_by')
    .select([
      'content_uploads.id',
      'content_uploads.file',
      'content_uploads.source_name',
      'content_uploads.created_at',
      'users.name',
    ])
    .orderBy('content_uploads.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    file: r.file,
    sourceName: r.source_name,
    createdAt: r.created_at,
    uploadedBy: r.name ?? null,
  }));
}

export async function insertUpload(
  db: Kysely<Tables>,
  upload: StoredUpload & { id: string; uploadedBy: string; now: string },
): Promise<void> {
  await db
    .insertInto('content_uploads')
    .values({
      id: upload.id,
      file: upload.file,
      body: upload.body,
      parsed: upload.parsed,
      source_name: upload.sourceName,
      uploaded_by: upload.uploadedBy,
      created_at: upload.now,
    })
    .execute();
}

/** False when there was no such upload. */
export async function deleteUpload(db: Kysely<Tables>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('content_uploads').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
