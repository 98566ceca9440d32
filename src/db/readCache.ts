import type { Kysely } from 'kysely';
import type { Tables } from './tables.js';

/**
 * The databases that can say cheaply whether anything at all was committed since a moment ago:
 * SQLite, through `PRAGMA data_version` on a connection of its own (sqliteChanges.ts), which
 * moves on every commit by this process and by any other. PostgreSQL has no such counter, so its
 * reads are never kept. A transaction is a Kysely of its own and is never registered: a read
 * inside one always asks the database.
 */
const changeCounters = new WeakMap<Kysely<Tables>, () => number>();

export function watchChanges(db: Kysely<Tables>, dataVersion: () => number): void {
  changeCounters.set(db, dataVersion);
}

/** Enough for every session and token in use; a flood of new keys only pushes out the oldest. */
const KEPT_PER_READ = 10_000;

type KeyedRead<Row> = (db: Kysely<Tables>, key: string) => Promise<readonly Row[]>;

/**
 * A hot read by key (identity: the session or token behind every request), answered from memory
 * while nothing at all has been committed since it was read. Any write, a revoked token or a
 * disabled account included, empties it, so what it answers is what the database would say:
 * it saves the statement, never freshness. Only rows found are kept, frozen, so an unknown key
 * costs what it always did and no caller can change a kept row.
 */
export function keptWhileUnchanged<Row extends object>(read: KeyedRead<Row>): KeyedRead<Row> {
  const kept = new WeakMap<Kysely<Tables>, { version: number; rows: Map<string, readonly Row[]> }>();
  return async (db, key) => {
    const dataVersion = changeCounters.get(db);
    if (!dataVersion) return read(db, key);
    // Read before the rows: a commit while they are read makes this generation stale, not them.
    const version = dataVersion();
    let generation = kept.get(db);
    if (generation?.version !== version) {
      generation = { version, rows: new Map() };
      kept.set(db, generation);
    }
    const hit = generation.rows.get(key);
    if (hit) return hit;
    const rows = await read(db, key);
    if (rows.length > 0 && kept.get(db) === generation) {
      if (generation.rows.size >= KEPT_PER_READ) generation.rows.delete(generation.rows.keys().next().value as string);
      generation.rows.set(key, Object.freeze(rows.map((row) => Object.freeze(row))));
    }
    return rows;
  };
}
