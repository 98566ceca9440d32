import { randomBytes } from 'node:crypto';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { AccountRecords, AccountTableName } from '../../schemas/accountRecords.js';
import { type PlainRow, insertRows, portableValue } from '../rows.js';
import type { Tables } from '../tables.js';

/** What a restore knows when it writes the rows back. */
export interface RestoreContext {
  /** The revision of the map the restore replaces: the new one starts above it, so no kept answer of the old map is served. */
  replacedMapRevision: number;
}

interface AccountTable {
  /** How a row belongs to the account: a parent row (column, table) that does, or else its own owner column. */
  parent?: readonly [column: string, table: AccountTableName];
  /** The column naming the account, when the row has no parent here; `user_id` unless said. */
  owner?: string;
  /** Columns left out of the export: the owner, secrets, what the database derives. */
  strip: readonly string[];
  /** What a restore writes into the stripped columns other than the owner. */
  fresh?: Readonly<Record<string, (context: RestoreContext) => unknown>>;
  /** Columns holding bytes (base64 in the file). */
  bytes?: readonly string[];
  /** The one row per account the app makes by itself (on sign-up or first use): a restore replaces it. */
  replaceable?: true;
}

/** The hash of a secret nobody holds: a restored link or feed exists, and opens nothing until made anew. */
const deadSecret = () => randomBytes(32).toString('base64url');

/**
 * Every table that holds an account's records, in the order a restore writes them (parents first).
 * A feature that adds a per-user table adds it here and its shape to `schemas/accountRecords.ts`;
 * the type check below and `accountRecords.test.ts` fail until both agree with the migrated schema.
 */
export const accountTables = {
  growth_maps: { strip: ['user_id', 'revision'], fresh: { revision: (c) => c.replacedMapRevision + 1 }, replaceable: true },
  destinations: { parent: ['map_id', 'growth_maps'], strip: [] },
  skills: { parent: ['destination_id', 'destinations'], strip: [] },
  level_changes: { parent: ['skill_id', 'skills'], strip: [] },
  preferences: { strip: ['user_id', 'calendar_token_hash'], fresh: { calendar_token_hash: () => null }, replaceable: true },
  cycles: { strip: ['user_id'] },
  cycle_destinations: { parent: ['cycle_id', 'cycles'], strip: [] },
  progress_entries: { parent: ['cycle_id', 'cycles'], strip: [] },
  quarterly_reviews: { strip: ['user_id'] },
  self_checks: { strip: ['user_id'] },
  // The mentor a session was written with is another account: the session leaves without the link.
  feedback_sessions: { strip: ['user_id', 'written_with'], fresh: { written_with: () => null } },
  action_items: { strip: ['user_id'] },
  artifacts: { strip: ['user_id'] },
  artifact_skills: { parent: ['artifact_id', 'artifacts'], strip: [] },
  artifact_destinations: { parent: ['artifact_id', 'artifacts'], strip: [] },
  artifact_files: { parent: ['artifact_id', 'artifacts'], strip: [], bytes: ['bytes'] },
  talking_point_drafts: { strip: ['user_id'], replaceable: true },
  portfolios: { strip: ['user_id'], replaceable: true },
  portfolio_items: { strip: ['user_id'] },
  portfolio_shares: { strip: ['user_id', 'token_hash'], fresh: { token_hash: deadSecret } },
  portfolio_share_views: { parent: ['share_id', 'portfolio_shares'], strip: [] },
  endorsement_requests: { strip: ['user_id', 'token_hash'], fresh: { token_hash: deadSecret } },
  endorsements: { strip: ['user_id'] },
  ladder_choices: { strip: ['user_id'], replaceable: true },
} as const satisfies Record<AccountTableName, AccountTable>;

export const accountTableNames = Object.keys(accountTables).filter((name): name is AccountTableName => name in accountTables);

// Compile-time: each record shape has exactly its row's columns minus the stripped ones (bytes as base64 text).
type Stripped<T extends AccountTableName> = (typeof accountTables)[T]['strip'][number];
type Portable<Row> = { [K in keyof Row]: Row[K] extends Uint8Array ? string : Row[K] };
type Expected<T extends AccountTableName> = Portable<Omit<Tables[T], Stripped<T>>>;
type Fits<T extends AccountTableName> = [keyof AccountRecords[T][number]] extends [keyof Expected<T>]
  ? [keyof Expected<T>] extends [keyof AccountRecords[T][number]]
    ? AccountRecords[T][number] extends Expected<T>
      ? true
      : false
    : false
  : false;
type Misfits = { [T in AccountTableName]: Fits<T> extends true ? never : T }[AccountTableName];
export const everyRecordFitsItsRow: [Misfits] extends [never] ? true : Misfits = true;

const ruleOf = (table: AccountTableName): AccountTable => accountTables[table];
const ownerOf = (table: AccountTableName): string => ruleOf(table).owner ?? 'user_id';

/** The condition that picks the account's rows of a table, through its parents. */
function belongsTo(table: AccountTableName, userId: string): RawBuilder<unknown> {
  const { parent } = ruleOf(table);
  if (!parent) return sql`${sql.ref(ownerOf(table))} = ${userId}`;
  const [column, parentTable] = parent;
  return sql`${sql.ref(column)} in (select id from ${sql.table(parentTable)} where ${belongsTo(parentTable, userId)})`;
}

/** Every record of the account, table by table, as portable values (to be checked against the schema). */
export async function readAccountRows(db: Kysely<Tables>, userId: string): Promise<Record<string, PlainRow[]>> {
  const entries = await Promise.all(
    accountTableNames.map(async (table) => {
      const { rows } = await sql<PlainRow>`select * from ${sql.table(table)} where ${belongsTo(table, userId)}`.execute(db);
      const strip = new Set(ruleOf(table).strip);
      const portable = rows.map((row) =>
        Object.fromEntries(Object.entries(row).flatMap(([k, v]) => (strip.has(k) ? [] : [[k, portableValue(v)]]))),
      );
      return [table, portable] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The tables in which the account already holds records of its own (the app's automatic rows aside). */
export async function tablesWithRecords(db: Kysely<Tables>, userId: string): Promise<AccountTableName[]> {
  const held = await Promise.all(
    accountTableNames
      .filter((table) => !ruleOf(table).replaceable)
      .map(async (table) => {
        const { rows } = await sql`select 1 as held from ${sql.table(table)} where ${belongsTo(table, userId)} limit 1`.execute(
          db,
        );
        return rows.length > 0 ? [table] : [];
      }),
  );
  return held.flat();
}

/** Of the given record ids, those some row of the same table already has (another account's, on this instance). */
export async function takenIds(db: Kysely<Tables>, records: AccountRecords): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const table of accountTableNames) {
    const ids = idsOf(records[table]);
    for (let start = 0; start < ids.length; start += 500) {
      const batch = ids.slice(start, start + 500);
      const { rows } = await sql<{ id: string }>`select id from ${sql.table(table)} where id in (${sql.join(batch)})`.execute(db);
      for (const row of rows) taken.add(row.id);
    }
  }
  return taken;
}

const plainRows = (rows: readonly object[]): PlainRow[] => rows.map((row) => ({ ...row }));

const idsOf = (rows: readonly object[]): string[] =>
  rows.flatMap((row) => ('id' in row && typeof row.id === 'string' ? [row.id] : []));

/** Replaces the account's automatic rows and writes every record, parents first. Run it in a transaction. */
export async function writeAccountRows(db: Kysely<Tables>, userId: string, records: AccountRecords): Promise<void> {
  const map = await db.selectFrom('growth_maps').select('revision').where('user_id', '=', userId).executeTakeFirst();
  const context: RestoreContext = { replacedMapRevision: map?.revision ?? 0 };
  for (const table of [...accountTableNames].reverse()) {
    if (ruleOf(table).replaceable)
      await sql`delete from ${sql.table(table)} where ${sql.ref(ownerOf(table))} = ${userId}`.execute(db);
  }
  for (const table of accountTableNames) {
    const rule = ruleOf(table);
    const rows = plainRows(records[table]).map((record) => {
      const row: PlainRow = { ...record };
      for (const column of rule.bytes ?? []) row[column] = Buffer.from(String(row[column]), 'base64');
      if (!rule.parent) row[ownerOf(table)] = userId;
      for (const [column, make] of Object.entries(rule.fresh ?? {})) row[column] = make(context);
      return row;
    });
    await insertRows(db, table, rows);
  }
}
