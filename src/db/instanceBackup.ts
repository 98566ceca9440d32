import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { type Kysely, sql } from 'kysely';
import { type Database, migrateTo, migrateToLatest, migrationNames } from './database.js';
import { type PlainRow, insertRows, portableValue, sizeOf } from './rows.js';
import type { Tables } from './tables.js';

/**
 * The whole instance as JSON lines, one engine to the other: a header (format, the migration level),
 * then per table a line naming it and its columns followed by one line per row (the values in
 * column order, bytes as base64), and a last line with the row counts that says the file is whole.
 * The tables come from the migrated schema, in the order their foreign keys need, so a table a
 * later migration adds is copied with no change here.
 */
export const backupFormat = 'growth-map-backup';

interface TableInfo {
  name: string;
  columns: string[];
  /** Columns holding bytes (base64 in the file). */
  bytes: string[];
}

/** Rows read per query, and at most written per batch; a table with files goes a few rows at a time. */
const pageSize = 500;
const pageSizeWithBytes = 4;
const batchBytes = 16 * 1024 * 1024;

/** A backup or restore that cannot go ahead, with the one line that says why. */
export class BackupRefused extends Error {}

/** The migrated schema's tables, each after every table it references. */
export async function backupTables(database: Database): Promise<TableInfo[]> {
  const schema =
    database.engine === 'postgresql'
      ? (await sql<{ name: string }>`select current_schema() as name`.execute(database.db)).rows[0]?.name
      : undefined;
  const tables = (await database.db.introspection.getTables()).filter((table) => !table.isView && table.schema === schema);
  const references = await foreignKeys(database);
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableInfo[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    const table = byName.get(name);
    if (!table || visiting.has(name) || ordered.some((t) => t.name === name)) return;
    visiting.add(name);
    for (const parent of references.get(name) ?? []) if (parent !== name) visit(parent);
    ordered.push({
      name,
      columns: table.columns.map((c) => c.name),
      bytes: table.columns.filter((c) => ['blob', 'bytea'].includes(c.dataType.toLowerCase())).map((c) => c.name),
    });
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

/** Table → the tables its foreign keys point at. */
export async function foreignKeys(database: Database): Promise<Map<string, string[]>> {
  const { rows } =
    database.engine === 'sqlite'
      ? await sql<{ child: string; parent: string }>`
          select m.name as child, p."table" as parent
          from sqlite_master m join pragma_foreign_key_list(m.name) p
          where m.type = 'table'`.execute(database.db)
      : await sql<{ child: string; parent: string }>`
          select tc.table_name as child, ccu.table_name as parent
          from information_schema.table_constraints tc
          join information_schema.constraint_column_usage ccu
            on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
          where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(database.db);
  const map = new Map<string, string[]>();
  for (const { child, parent } of rows) map.set(child, [...(map.get(child) ?? []), parent]);
  return map;
}

/** The last migration the database ran; refused when it never ran one (nothing of Growth Map is there). */
async function migrationLevel(db: Kysely<Tables>): Promise<string> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const { rows } = tables.some((t) => t.name === 'kysely_migration')
    ? await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db)
    : { rows: [] };
  const level = rows[0]?.name;
  if (!level) throw new BackupRefused('There is no Growth Map database there: check DATABASE_URL or DATA_DIR.');
  return level;
}

/** Writes the whole instance to `file`, page by page, from one consistent read. Answers the rows per table. */
export async function backupInstance(database: Database, file: string): Promise<Record<string, number>> {
  const out = createWriteStream(file, { encoding: 'utf8', mode: 0o600 });
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await database.db.transaction().execute(async (trx) => {
      // One snapshot for the whole copy: rows written meanwhile are either all in or all out.
      if (database.engine === 'postgresql') await sql`set transaction isolation level repeatable read`.execute(trx);
      const tables = await backupTables({ ...database, db: trx });
      await write({ format: backupFormat, formatVersion: 1, migration: await migrationLevel(trx), engine: database.engine });
      for (const table of tables) {
        await write({ table: table.name, columns: table.columns, bytes: table.bytes });
        counts[table.name] = 0;
        const order = table.columns.filter((c) => !table.bytes.includes(c)).map((c) => sql.ref(c));
        const limit = table.bytes.length > 0 ? pageSizeWithBytes : pageSize;
        for (let offset = 0; ; offset += limit) {
          const { rows } = await sql<PlainRow>`select * from ${sql.table(table.name)} order by ${sql.join(order)}
            limit ${limit} offset ${offset}`.execute(trx);
          for (const row of rows) await write(table.columns.map((c) => portableValue(row[c])));
          counts[table.name] = (counts[table.name] ?? 0) + rows.length;
          if (rows.length < limit) break;
        }
      }
      await write({ end: true, counts });
    });
  } catch (error) {
    // No half-written file is left to be mistaken for a backup.
    out.destroy();
    await rm(file, { force: true });
    throw error;
  }
  out.end();
  await once(out, 'close');
  return counts;
}

/**
 * Reads a backup into an empty database of either engine: migrates it to the file's level, writes
 * every row in batches (parents first) in one transaction, moves PostgreSQL sequences past the
 * copied values, then runs the migrations that came after the file. Refuses a database that holds
 * anything, a file from a newer version, and a file cut short.
 */
export async function restoreInstance(database: Database, file: string): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  const header = await nextJson(lines);
  if (!isObject(header) || header.format !== backupFormat) throw new BackupRefused(`${file} is not a Growth Map backup.`);
  const level = typeof header.migration === 'string' ? header.migration : null;
  const known = migrationNames();
  if (level && !known.includes(level)) {
    throw new BackupRefused(
      `${file} comes from a newer Growth Map (migration ${level}; this one knows up to ${known.at(-1)}). Update, then restore.`,
    );
  }
  await refuseNonEmpty(database);
  if (level) await migrateTo(database.db, level);
  const counts: Record<string, number> = {};
  await database.db.transaction().execute(async (trx) => {
    let table: TableInfo | null = null;
    let batch: PlainRow[] = [];
    let size = 0;
    const flush = async () => {
      if (table && batch.length > 0) await insertRows(trx, table.name, batch);
      batch = [];
      size = 0;
    };
    for (;;) {
      const line = await nextJson(lines);
      if (line === undefined)
        throw new BackupRefused(`${file} ends before its last line: it is incomplete. Nothing was restored.`);
      if (Array.isArray(line)) {
        if (!table) throw new BackupRefused(`${file} has a row before any table.`);
        const row = rowOf(table, line);
        batch.push(row);
        size += sizeOf(row);
        counts[table.name] = (counts[table.name] ?? 0) + 1;
        if (batch.length >= pageSize || size >= batchBytes) await flush();
        continue;
      }
      await flush();
      if (!isObject(line)) throw new BackupRefused(`${file} has a line that is neither a table nor a row.`);
      if (line.end === true) break;
      table = tableOf(line);
      counts[table.name] = 0;
    }
    if (database.engine === 'postgresql') await moveSequences(trx);
  });
  await migrateToLatest(database.db);
  return counts;
}

async function refuseNonEmpty(database: Database): Promise<void> {
  for (const table of await backupTables(database)) {
    const { rows } = await sql`select 1 as held from ${sql.table(table.name)} limit 1`.execute(database.db);
    if (rows.length > 0) {
      throw new BackupRefused(`The target database is not empty (${table.name} has rows). Restore into a new, empty database.`);
    }
  }
}

function tableOf(line: Record<string, unknown>): TableInfo {
  const { table, columns, bytes } = line;
  const names = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  if (typeof table !== 'string' || !Array.isArray(columns)) throw new BackupRefused('A table line names no table or columns.');
  return { name: table, columns: names(columns), bytes: names(bytes) };
}

function rowOf(table: TableInfo, values: unknown[]): PlainRow {
  return Object.fromEntries(
    table.columns.map((column, i) => {
      const value = values[i] ?? null;
      return [column, table.bytes.includes(column) && typeof value === 'string' ? Buffer.from(value, 'base64') : value];
    }),
  );
}

/** Serial and identity columns (none today) continue after the largest copied value. */
async function moveSequences(db: Kysely<Tables>): Promise<void> {
  const { rows } = await sql<{ table_name: string; column_name: string; sequence: string }>`
    select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence
    from information_schema.columns
    where table_schema = current_schema() and (column_default like 'nextval(%' or is_identity = 'YES')`.execute(db);
  for (const { table_name, column_name, sequence } of rows) {
    if (!sequence || table_name.startsWith('kysely_')) continue;
    await sql`select setval(${sequence}, coalesce((select max(${sql.ref(column_name)}) from ${sql.table(table_name)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

async function nextJson(lines: AsyncIterator<string>): Promise<unknown> {
  for (;;) {
    const next = await lines.next();
    if (next.done) return undefined;
    if (next.value.trim()) return JSON.parse(next.value);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
