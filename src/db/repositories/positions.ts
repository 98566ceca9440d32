import { type Kysely, sql } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * Puts the listed rows in the given order with one UPDATE, whatever the count: a query per row
 * would cost a round trip each on PostgreSQL. Rows outside the parent are left alone.
 */
export async function setPositions(
  db: Kysely<Tables>,
  table: 'destinations' | 'skills',
  parent: { column: 'map_id' | 'destination_id'; id: string },
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  // The cast keeps PostgreSQL from typing the parameters as text.
  const cases = sql.join(
    ids.map((id, position) => sql`when ${id} then cast(${position} as integer)`),
    sql` `,
  );
  await sql`update ${sql.table(table)} set position = case id ${cases} end
    where id in (${sql.join([...ids])}) and ${sql.ref(parent.column)} = ${parent.id}`.execute(db);
}

/**
 * The next position under a parent. The parent's row is locked first (a no-op UPDATE holds a
 * row lock on PostgreSQL until the transaction ends; SQLite has one writer at a time), so
 * concurrent inserts under one parent queue instead of reading the same maximum.
 * Call it inside the transaction that inserts the row.
 */
export async function nextPosition(
  trx: Kysely<Tables>,
  table: 'destinations' | 'skills',
  parent: { table: 'growth_maps' | 'destinations'; column: 'map_id' | 'destination_id'; id: string },
): Promise<number> {
  await sql`update ${sql.table(parent.table)} set id = id where id = ${parent.id}`.execute(trx);
  const { rows } = await sql<{ p: number | string | null }>`select max(position) as p from ${sql.table(table)}
    where ${sql.ref(parent.column)} = ${parent.id}`.execute(trx);
  return Number(rows[0]?.p ?? -1) + 1;
}
