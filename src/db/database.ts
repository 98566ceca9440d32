import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type Migration,
  type MigrationProvider,
  type SqliteStatement,
} from 'kysely';
import * as foundation from './migrations/0001_foundation.js';
import * as cycles from './migrations/0002_cycles.js';
import * as framework from './migrations/0003_framework.js';
import * as cyclePauses from './migrations/0004_cycle_pauses.js';
import * as hardening from './migrations/0005_hardening.js';
import * as cycleDescription from './migrations/0006_cycle_description.js';
import * as artifacts from './migrations/0007_artifacts.js';
import * as feedbackSessions from './migrations/0008_feedback_sessions.js';
import * as portfolio from './migrations/0009_portfolio.js';
import * as endorsements from './migrations/0010_endorsements.js';
import * as talkingPoints from './migrations/0011_talking_points.js';
import * as mapRevision from './migrations/0012_map_revision.js';
import * as ladders from './migrations/0013_ladders.js';
import * as mentorships from './migrations/0014_mentorships.js';
import * as mentorNotes from './migrations/0015_mentor_notes.js';
import * as teams from './migrations/0016_teams.js';
import * as oidc from './migrations/0017_oidc.js';
import { watchChanges } from './readCache.js';
import { sqliteChanges } from './sqliteChanges.js';
import type { Tables } from './tables.js';

export type Engine = 'sqlite' | 'postgresql';

export interface Database {
  db: Kysely<Tables>;
  engine: Engine;
  close(): Promise<void>;
}

/** Migrations are listed here, in order, so the build and the tests run the same set. */
const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_cycles': cycles,
  '0003_framework': framework,
  '0004_cycle_pauses': cyclePauses,
  '0005_hardening': hardening,
  '0006_cycle_description': cycleDescription,
  '0007_artifacts': artifacts,
  '0008_feedback_sessions': feedbackSessions,
  '0009_portfolio': portfolio,
  '0010_endorsements': endorsements,
  '0011_talking_points': talkingPoints,
  '0012_map_revision': mapRevision,
  '0013_ladders': ladders,
  '0014_mentorships': mentorships,
  '0015_mentor_notes': mentorNotes,
  '0016_teams': teams,
  '0017_oidc': oidc,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The migrations this build knows, oldest first (a backup records the last one it ran). */
export const migrationNames = (): string[] => Object.keys(migrations).sort();

export function openDatabase(options: { databaseUrl: string | null; sqlitePath: string }): Database {
  if (options.databaseUrl) {
    const connectionString = options.databaseUrl;
    // The driver is loaded only for PostgreSQL (~3 MB of heap an SQLite instance never uses).
    const pool = async () => new (await import('pg')).default.Pool({ connectionString, max: 10 });
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgresql', close: () => db.destroy() };
  }
  fs.mkdirSync(path.dirname(options.sqlitePath), { recursive: true });
  const sqlite = new BetterSqlite3(options.sqlitePath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, so a deleted account's text does not linger in free pages.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL syncs the WAL at every commit: an acknowledged write survives power loss, not only a
  // crash of the process (NORMAL may lose the last commits when the machine goes down).
  sqlite.pragma('synchronous = FULL');
  const changes = sqliteChanges(options.sqlitePath);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite, changes.noticingWrites) }) });
  watchChanges(db, changes.dataVersion);
  return {
    db,
    engine: 'sqlite',
    close: async () => {
      changes.close();
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every query anew; preparing is a tenth of a map read's time. Kysely runs
 * one query at a time on the connection, so reusing a prepared statement is safe.
 */
function reusingStatements(sqlite: BetterSqlite3.Database, wrap: (statement: BetterSqlite3.Statement) => SqliteStatement) {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = wrap(sqlite.prepare(sql));
        if (statements.size >= 500) statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

export async function migrateToLatest(db: Kysely<Tables>): Promise<void> {
  return migrate(db, (migrator) => migrator.migrateToLatest());
}

/** Up to one named migration: for tests of what a later migration does to existing rows. */
export async function migrateTo(db: Kysely<Tables>, name: string): Promise<void> {
  return migrate(db, (migrator) => migrator.migrateTo(name));
}

async function migrate(db: Kysely<Tables>, run: (migrator: Migrator) => ReturnType<Migrator['migrateToLatest']>) {
  const { error, results } = await run(new Migrator({ db, provider }));
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
}
