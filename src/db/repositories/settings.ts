import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * Settings shared by every instance on one database. The insert is a no-op if another instance
 * won the race, so all of them read the same value.
 */
export async function loadOrCreateSetting(db: Kysely<Tables>, key: string, create: () => string): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key, value: create() })
    .onConflict((c) => c.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}

export async function setSetting(db: Kysely<Tables>, key: string, value: string): Promise<void> {
  await db.updateTable('settings').set({ value }).where('key', '=', key).execute();
}
