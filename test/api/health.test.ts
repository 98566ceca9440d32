import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

describe.each(engines)('GET /api/health on %s', (engine) => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(() => api.close());

  const probe = () => api.caller().get('/api/health');
  // The health query reads the settings table: renamed away, the database no longer answers it.
  const breakDatabase = () => sql`alter table settings rename to settings_away`.execute(api.runtime.deps.db);
  const mendDatabase = () => sql`alter table settings_away rename to settings`.execute(api.runtime.deps.db);

  it('asks the database at most once a second, and never keeps a failure', async () => {
    expect((await probe()).status).toBe(200);
    await breakDatabase();
    try {
      // Within the second of the last round trip: the same answer, no query.
      expect((await probe()).status).toBe(200);
      api.clock.advance(1000);
      const failed = await probe();
      expect(failed.status).toBe(500);
      expect(failed.body.error.code).toBe('internal');
      // A failure is not kept: the next probe asks again, still within the same second.
      expect((await probe()).status).toBe(500);
    } finally {
      await mendDatabase();
    }
    expect((await probe()).status).toBe(200);
  });
});
