import { type Kysely, sql } from 'kysely';
import type { Tables } from './tables.js';

/** A row as both drivers hand it over and take it back: text, numbers, null, and bytes as a Buffer. */
export type PlainRow = Record<string, unknown>;

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound values for any table here. */
const batchRows = 100;
/** And bytes per INSERT, so a batch of files (up to 10 MB each) is not one huge statement. */
const batchBytes = 8 * 1024 * 1024;

/** About how much memory a row's values take: what decides when a batch of files is full. */
export function sizeOf(row: PlainRow): number {
  let size = 0;
  for (const value of Object.values(row)) size += typeof value === 'string' || value instanceof Uint8Array ? value.length : 8;
  return size;
}

/** Writes rows to a table whose name is only known at run time (a restore walks every table), a batch per statement. */
export async function insertRows(db: Kysely<Tables>, table: string, rows: readonly PlainRow[]): Promise<void> {
  let batch: PlainRow[] = [];
  let size = 0;
  for (const row of rows) {
    if (batch.length >= batchRows || (batch.length > 0 && size + sizeOf(row) > batchBytes)) {
      await insertBatch(db, table, batch);
      batch = [];
      size = 0;
    }
    batch.push(row);
    size += sizeOf(row);
  }
  if (batch.length > 0) await insertBatch(db, table, batch);
}

async function insertBatch(db: Kysely<Tables>, table: string, batch: readonly PlainRow[]): Promise<void> {
  const columns = Object.keys(batch[0] ?? {});
  const values = batch.map((row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))}) values ${sql.join(values)}`.execute(
    db,
  );
}

/** Bytes as base64 (JSON has no bytes), everything else as it is. */
export function portableValue(value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;
}
