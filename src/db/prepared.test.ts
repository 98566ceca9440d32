import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engines, openTestDatabase } from '../../test/support/engines.js';
import { compiledOnce, prepared } from './prepared.js';

const settingByKey = prepared((db, key) => db.selectFrom('settings').select(['key', 'value']).where('key', '=', key));

describe.each(engines)('prepared on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    await database.db
      .insertInto('settings')
      .values([
        { key: 'a', value: 'first' },
        { key: 'b', value: 'second' },
      ])
      .execute();
  });
  afterEach(() => database.dispose());

  it('binds each call’s key into the query compiled once', async () => {
    expect(await settingByKey(database.db, 'a')).toEqual([{ key: 'a', value: 'first' }]);
    expect(await settingByKey(database.db, 'b')).toEqual([{ key: 'b', value: 'second' }]);
    expect(await settingByKey(database.db, "b' OR '1'='1")).toEqual([]);
  });

  it('runs inside a transaction and sees its writes', async () => {
    await database.db.transaction().execute(async (trx) => {
      await trx.updateTable('settings').set({ value: 'changed' }).where('key', '=', 'a').execute();
      expect(await settingByKey(trx, 'a')).toEqual([{ key: 'a', value: 'changed' }]);
    });
  });

  it('refuses a query that does not use its key', async () => {
    const unkeyed = prepared((db) => db.selectFrom('settings').select('key'));
    await expect(unkeyed(database.db, 'a')).rejects.toThrow(/not a parameter/);
  });
});

describe.each(engines)('compiledOnce on %s', (engine) => {
  it('runs the same query each call and sees new rows', async () => {
    const database = await openTestDatabase(engine);
    try {
      const count = compiledOnce((db) => db.selectFrom('settings').select('key').orderBy('key'));
      expect(await count(database.db)).toEqual([]);
      await database.db.insertInto('settings').values({ key: 'a', value: 'first' }).execute();
      expect(await count(database.db)).toEqual([{ key: 'a' }]);
    } finally {
      await database.dispose();
    }
  });
});
