import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, databaseUrlFor, engines } from '../../test/support/engines.js';
import { type Engine, migrateToLatest, openDatabase } from '../db/database.js';
import { findUserById } from '../db/repositories/users.js';
import type { Tables } from '../db/tables.js';
import { loadBaseLayers } from '../content/load.js';
import { ContentStore } from './contentStore.js';
import type { ServiceDeps } from './context.js';
import { getHeatmap } from './heatmap.js';

const LEVELS = ['novice', 'practitioner', 'expert'] as const;
const NOW = '2026-03-02T09:00:00.000Z';

/** A team of `size` members with 5 skills each and a pairing session each, inserted in bulk. */
async function seedTeam(db: Kysely<Tables>, teamId: string, size: number): Promise<string> {
  const people = Array.from({ length: size }, (_, i) => ({ id: `${teamId}-u${i}`, name: `Person ${i}` }));
  const leadId = people[0]?.id ?? '';
  await db
    .insertInto('users')
    .values(
      people.map((p) => ({
        id: p.id,
        email: `${p.id}@example.test`,
        name: p.name,
        password_hash: 'x',
        role: 'member',
        time_zone: 'UTC',
        disabled: 0,
        created_at: NOW,
        updated_at: NOW,
        version: 1,
      })),
    )
    .execute();
  const stamps = { version: 1, created_at: NOW, updated_at: NOW };
  await db
    .insertInto('teams')
    .values({ id: teamId, lead_id: leadId, name: 'T', members_see_heatmap: 0, revision: 0, ...stamps })
    .execute();
  await db
    .insertInto('team_memberships')
    .values(
      people.map((p) => ({
        id: `${p.id}-m`,
        team_id: teamId,
        user_id: p.id,
        email: `${p.id}@example.test`,
        invitation_id: null,
        status: 'active',
        consent: 'levels',
        ...stamps,
      })),
    )
    .execute();
  await db
    .insertInto('growth_maps')
    .values(
      people.map((p) => ({
        id: `${p.id}-g`,
        user_id: p.id,
        title: 'Map',
        role: null,
        tech_stack: '[]',
        system_stage: null,
        revision: 1,
        ...stamps,
      })),
    )
    .execute();
  await db
    .insertInto('destinations')
    .values(
      people.map((p) => ({
        id: `${p.id}-d`,
        map_id: `${p.id}-g`,
        title: 'Grow',
        category: 'technical-specialization',
        description: null,
        measure: null,
        target_date: null,
        business_impact: null,
        status: 'active',
        position: 0,
        ...stamps,
      })),
    )
    .execute();
  await db
    .insertInto('skills')
    .values(
      people.flatMap((p, i) =>
        Array.from({ length: 5 }, (_, s) => ({
          id: `${p.id}-s${s}`,
          destination_id: `${p.id}-d`,
          name: `Skill ${s}`,
          current_level: LEVELS[(i + s) % 3] ?? 'novice',
          target_level: 'expert',
          position: s,
          ...stamps,
        })),
      ),
    )
    .execute();
  await db
    .insertInto('feedback_sessions')
    .values(
      people.map((p, i) => ({
        id: `${p.id}-f`,
        user_id: p.id,
        kind: 'pairing',
        date: '2026-02-20',
        partner: `Person ${(i + 1) % size}`,
        partner_key: `person ${(i + 1) % size}`,
        domain: null,
        went_well: null,
        challenging: null,
        improve_next: null,
        support_needed: null,
        observations: '[]',
        outcomes: '[]',
        written_with: null,
        ...stamps,
      })),
    )
    .execute();
  return leadId;
}

/** The same database under a second Kysely whose `log` counts every query it runs. */
function countingDatabase(engine: Engine, location: string): { db: Kysely<Tables>; count: () => number } {
  let queries = 0;
  const log = () => {
    queries++;
  };
  const dialect =
    engine === 'sqlite'
      ? new SqliteDialect({ database: new BetterSqlite3(location) })
      : new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 4 }) });
  return { db: new Kysely<Tables>({ dialect, log }), count: () => queries };
}

describe.each(engines)('the heatmap on %s', (engine) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'growthmap-heatmap-'));
  let location: string;
  let counting: ReturnType<typeof countingDatabase>;
  const leads: Record<number, string> = {};

  beforeAll(async () => {
    const url = await databaseUrlFor(engine);
    location = url ?? path.join(dir, 'growthmap.db');
    const database = openDatabase({ databaseUrl: url, sqlitePath: path.join(dir, 'growthmap.db') });
    await migrateToLatest(database.db);
    for (const size of [3, 30]) leads[size] = await seedTeam(database.db, `team-${size}`, size);
    await database.close();
    counting = countingDatabase(engine, location);
  });
  afterAll(async () => {
    await counting.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a team of 3 and a team of 30 in the same number of queries', async () => {
    const deps: ServiceDeps = {
      db: counting.db,
      clock: new TestClock(NOW),
      baseUrl: 'http://growthmap.test',
      signup: 'open',
      csrfSecret: 'test-secret',
      content: new ContentStore(loadBaseLayers(null)),
      mailer: null,
    };
    const queriesFor = async (size: number) => {
      const user = await findUserById(counting.db, leads[size] ?? '');
      if (!user) throw new Error('the seeded lead is missing');
      const before = counting.count();
      const heatmap = await getHeatmap(deps, { user }, `team-${size}`, {});
      expect(heatmap.members).toHaveLength(size);
      expect(heatmap.skills).toHaveLength(5);
      return counting.count() - before;
    };
    const small = await queriesFor(3);
    const large = await queriesFor(30);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(6);
  });
});
