import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/** A round trip proves the database answers, not just that the process is up. */
export async function pingDatabase(db: Kysely<Tables>): Promise<void> {
  await db.selectFrom('settings').select('key').limit(1).execute();
}
