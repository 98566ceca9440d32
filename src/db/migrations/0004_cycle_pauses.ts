import { type Kysely, sql } from 'kysely';

// Pauses are kept one by one, so weeks that ended before a pause keep their dates. A total of
// earlier paused days becomes one pause on the first day: the whole plan moves, as it did then.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cycles').addColumn('pauses', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await sql`update cycles set pauses = '[{"from":"' || start_date || '","days":' || paused_days || '}]' where paused_days > 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cycles').dropColumn('pauses').execute();
}
