import { type Kysely, type Selectable, SqliteAdapter, sql } from 'kysely';
import type { Role, User } from '../../schemas/accounts.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

type Row = Selectable<Tables['users']>;

/**
 * An account made through single sign-on has no password. `password_hash` is NOT NULL since the
 * first migration, and making it nullable on SQLite means rebuilding `users`, whose drop would
 * cascade into every table that names a user; so "none" is stored as the empty string, which is
 * no Argon2 hash and can never verify. It stays in this file: above it, no password is `null`.
 */
const NO_PASSWORD = '';

export function toUser(row: Row): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    timeZone: row.time_zone,
    disabled: Boolean(row.disabled),
    createdAt: row.created_at,
    version: row.version,
  };
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  /** Null: the account has no password (made through single sign-on). */
  passwordHash: string | null;
  role: Role;
  timeZone: string;
  now: string;
}

export async function insertUser(db: Kysely<Tables>, user: NewUser): Promise<User> {
  const row: Row = {
    id: user.id,
    email: user.email,
    name: user.name,
    password_hash: user.passwordHash ?? NO_PASSWORD,
    role: user.role,
    time_zone: user.timeZone,
    disabled: 0,
    created_at: user.now,
    updated_at: user.now,
    version: 1,
  };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

export async function findUserById(db: Kysely<Tables>, id: string): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

/** Each user's time zone, for reads about several people at once; an unknown id is absent. */
export async function timeZonesOf(db: Kysely<Tables>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'time_zone']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.time_zone]));
}

/** With the password hash (null when the account has none), for signing in; nothing else sees it. */
export async function findCredentials(
  db: Kysely<Tables>,
  by: { email: string } | { id: string },
): Promise<{ user: User; passwordHash: string | null } | null> {
  let query = db.selectFrom('users').selectAll();
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('id', '=', by.id);
  const row = await query.executeTakeFirst();
  return row ? { user: toUser(row), passwordHash: row.password_hash === NO_PASSWORD ? null : row.password_hash } : null;
}

export async function hasPassword(db: Kysely<Tables>, id: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row !== undefined && row.password_hash !== NO_PASSWORD;
}

export async function emailTaken(db: Kysely<Tables>, email: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('users').select('id').where('email', '=', email);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function countUsers(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countEnabledAdmins(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(db: Kysely<Tables>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toUser);
}

export interface UserChanges {
  name?: string;
  email?: string;
  timeZone?: string;
  role?: Role;
  disabled?: boolean;
}

/** Applies the changes only if the user is still at `version`; false when it moved on. */
export async function updateUser(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: UserChanges,
  now: string,
): Promise<boolean> {
  return updateVersioned(
    db,
    'users',
    { column: 'id', id },
    version,
    {
      name: changes.name,
      email: changes.email,
      time_zone: changes.timeZone,
      role: changes.role,
      disabled: changes.disabled === undefined ? undefined : changes.disabled ? 1 : 0,
    },
    now,
  );
}

/** Whatever version the user is at: the password is the user's own to set; the version still moves on. */
export async function setPasswordHash(db: Kysely<Tables>, id: string, passwordHash: string, now: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function deleteUser(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute();
}

/**
 * SQLite keeps the pages a delete changed, with the old text, in the WAL until a checkpoint:
 * the checkpoint writes the zeroed pages (secure_delete) into the file and empties the WAL.
 * PostgreSQL has no such file to scrub from here; its dead rows go at the next VACUUM.
 */
export async function scrubDeletedBytes(db: Kysely<Tables>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}
