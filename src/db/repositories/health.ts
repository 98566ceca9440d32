import type { Kysely } from 'kysely';
import { compiledOnce } from '../prepared.js';
import type { Tables } from '../tables.js';

// Monitors call this every few seconds: compiled once.
const anySetting = compiledOnce((db) => db.selectFrom('settings').select('key').limit(1));

/** A round trip to the database: resolves only if it answers. */
export async function pingDatabase(db: Kysely<Tables>): Promise<void> {
  await anySetting(db);
}
