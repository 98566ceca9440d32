import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engines, openTestDatabase } from '../../test/support/engines.js';
import { type Database, migrateToLatest, openDatabase } from './database.js';
import { prepared } from './prepared.js';
import { keptWhileUnchanged } from './readCache.js';
import type { Tables } from './tables.js';

const settingByKey = prepared((db, key) => db.selectFrom('settings').select(['key', 'value']).where('key', '=', key));

/** The kept read, and how many times it asked the database. */
function countedRead() {
  let asked = 0;
  const read = keptWhileUnchanged(async (db: Kysely<Tables>, key: string) => {
    asked += 1;
    return settingByKey(db, key);
  });
  return { read, asked: () => asked };
}

const setValue = (db: Kysely<Tables>, key: string, value: string) =>
  db.updateTable('settings').set({ value }).where('key', '=', key).execute();

describe('keptWhileUnchanged on sqlite', () => {
  let dir: string;
  let database: Database;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'growthmap-readcache-'));
    database = openDatabase({ databaseUrl: null, sqlitePath: path.join(dir, 'growthmap.db') });
    await migrateToLatest(database.db);
    await database.db.insertInto('settings').values({ key: 'a', value: 'first' }).execute();
  });
  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers again from memory while nothing was committed', async () => {
    const { read, asked } = countedRead();
    expect(await read(database.db, 'a')).toEqual([{ key: 'a', value: 'first' }]);
    expect(await read(database.db, 'a')).toEqual([{ key: 'a', value: 'first' }]);
    expect(asked()).toBe(1);
  });

  it('asks again after any commit of this process, to any table', async () => {
    const { read, asked } = countedRead();
    await read(database.db, 'a');
    await setValue(database.db, 'a', 'changed');
    expect(await read(database.db, 'a')).toEqual([{ key: 'a', value: 'changed' }]);
    await database.db.insertInto('settings').values({ key: 'b', value: 'other' }).execute();
    expect(await read(database.db, 'a')).toEqual([{ key: 'a', value: 'changed' }]);
    await database.db.updateTable('settings').set({ value: 'returned' }).where('key', '=', 'a').returning('key').execute();
    expect(await read(database.db, 'a')).toEqual([{ key: 'a', value: 'returned' }]);
    expect(asked()).toBe(4);
  });

  it('sees a transaction’s writes as soon as it commits', async () => {
    const { read } = countedRead();
    await read(database.db, 'a');
    await database.db.transaction().execute((trx) => setValue(trx, 'a', 'committed'));
    expect(await read(database.db, 'a')).toEqual([{ key: 'a', value: 'committed' }]);
  });

  it('asks again after another process commits to the same file', async () => {
    const { read } = countedRead();
    await read(database.db, 'a');
    const write = `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
      db.prepare("update settings set value = 'from elsewhere' where key = 'a'").run(); db.close();`;
    execFileSync(process.execPath, ['-e', write, path.join(dir, 'growthmap.db')]);
    // Another process's commit counts from the next event-loop turn (sqliteChanges.ts).
    await new Promise((resolve) => setImmediate(resolve));
    expect(await read(database.db, 'a')).toEqual([{ key: 'a', value: 'from elsewhere' }]);
  });

  it('never keeps a read made inside a transaction, and sees the transaction’s own writes', async () => {
    const { read, asked } = countedRead();
    await read(database.db, 'a');
    await database.db.transaction().execute(async (trx) => {
      await setValue(trx, 'a', 'in the transaction');
      expect(await read(trx, 'a')).toEqual([{ key: 'a', value: 'in the transaction' }]);
      expect(await read(trx, 'a')).toEqual([{ key: 'a', value: 'in the transaction' }]);
    });
    expect(asked()).toBe(3);
  });

  it('does not keep a key that found nothing, and hands out rows no caller can change', async () => {
    const { read, asked } = countedRead();
    expect(await read(database.db, 'missing')).toEqual([]);
    expect(await read(database.db, 'missing')).toEqual([]);
    expect(asked()).toBe(2);
    const [row] = await read(database.db, 'a');
    expect(Object.isFrozen(row)).toBe(true);
  });
});

describe.each(engines)('keptWhileUnchanged on %s, in a transaction or not', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    await database.db.insertInto('settings').values({ key: 'a', value: 'first' }).execute();
  });
  afterEach(() => database.dispose());

  it(`${engine === 'sqlite' ? 'keeps' : 'never keeps (no cheap change counter)'} a read between writes`, async () => {
    const { read, asked } = countedRead();
    await read(database.db, 'a');
    await read(database.db, 'a');
    expect(asked()).toBe(engine === 'sqlite' ? 1 : 2);
    await setValue(database.db, 'a', 'changed');
    expect(await read(database.db, 'a')).toEqual([{ key: 'a', value: 'changed' }]);
  });
});
