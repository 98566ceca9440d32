import { type Kysely, sql } from 'kysely';
import type { Tables } from './tables.js';

/** A row as both drivers hand it over and take it back: text, numbers, null, and bytes as a Buffer. */
export type PlainRow = Record<string, unknown>;

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound values for any table here. */
const batchSize = 100;

/** Writes rows to a table whose name is only known at run time (a restore walks every table). */
export async function insertRows(db: Kysely<Tables>, table: string, rows: readonly PlainRow[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const values = batch.map((row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))}) values ${sql.join(values)}`.execute(
      db,
    );
  }
}

/** Bytes as base64 (JSON has no bytes), everything else as it is. */
export function portableValue(value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;
}
