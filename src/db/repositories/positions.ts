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
