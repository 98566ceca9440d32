import { type Kysely, type UpdateResult, sql } from 'kysely';
import type { Tables } from '../tables.js';

/** Tables whose rows carry a `version` for optimistic concurrency (and an `updated_at`). */
export type VersionedTable = {
  [T in keyof Tables]: Tables[T] extends { version: number; updated_at: string } ? T : never;
}[keyof Tables];

/** The columns an update may set: not the key, the version or the time, which the helper sets. */
export type VersionedChanges<T extends VersionedTable> = {
  [C in Exclude<keyof Tables[T], 'version' | 'updated_at'>]?: Tables[T][C];
};

/** Runs a guarded UPDATE (a lease, a claim, a single use): true when it changed a row. */
export async function changedAny(query: { executeTakeFirst(): Promise<UpdateResult> }): Promise<boolean> {
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * The one version-guarded update: sets `changes` on the row whose key is `id` only while it is
 * still at `version`, and moves it to the next version. False when it had moved on or is gone;
 * what that means for the caller is decided in one place, services/versioned.ts.
 * Built as SQL because Kysely cannot type a builder over a table chosen by a type parameter.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<Tables>,
  table: T,
  key: { column: keyof Tables[T] & string; id: string },
  version: number,
  changes: VersionedChanges<T>,
  now: string,
): Promise<boolean> {
  const assignments = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  const result = await sql`update ${sql.table(table)}
    set ${sql.join([...assignments, sql`updated_at = ${now}`, sql`version = ${version + 1}`])}
    where ${sql.ref(key.column)} = ${key.id} and version = ${version}`.execute(db);
  return (result.numAffectedRows ?? 0n) > 0n;
}
