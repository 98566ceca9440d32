import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { databaseUrlFor, engines, openTestDatabase } from '../../test/support/engines.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { sql } from 'kysely';
import { migrateTo, migrateToLatest, openDatabase } from './database.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** A shipped migration is never edited: databases in the field already ran it. Add a new file instead. */
const shipped: Record<string, string> = {
  '0001_foundation.ts': 'b346818c533dda3d03666366199fe69dddac3ab3b5501799c11989e858a04f57',
  '0002_cycles.ts': 'e69367eaab4c53de55e7c0d0387dd0a6f74e820616d63eace3922d984968da48',
  '0003_framework.ts': '03fd3cfd42c6c474f405806973acb39f556261b4b83d439fb05f7d1953e3ec45',
  '0004_cycle_pauses.ts': 'a4998c140c77417b2c35ff530347b155e379037ad107fd1c17013ba243145056',
  '0005_hardening.ts': 'e9f4062884b94e1419c659b1a7770344e1e5080f57d5faab5b5dbee822c7150d',
  '0006_cycle_description.ts': '69ac8e26c262653aba2dc74aac787a1024cd8467676c9c1e81929c7495d07a2a',
  '0007_artifacts.ts': 'a05fb1b65e832d528a0d52b413574a62aab9fd945dc6829bc3c06954875aa5bb',
  '0008_feedback_sessions.ts': '7bf5991add025a5b5fbd15d2933eff7b2e53e3a693ff61186a1995d44826ec73',
  '0009_portfolio.ts': '72e2ec72c48eaf2b66b73cd75947d9708747ba486db488221a6a091e246882b0',
  '0010_endorsements.ts': 'c06e2531824b89d9b362643f50b945e2a48e948253ce1d662e3eebefe8c1f7ee',
  '0011_talking_points.ts': 'ef231fcc8b08662e92dea3869bcf60bc445b716b27233fc2edec6f9a67e4a693',
  '0012_map_revision.ts': '6a8cd9c0d47ad2d6d62255685941d87a5b0fae8834019daf0c089efee394a8fa',
  '0013_ladders.ts': 'a0ab294a030c4f540513b0a4ec85aab989389e5b045d464de650791609e09dde',
  '0014_mentorships.ts': 'b1880aabd14e9dabadaec4624278d5d9ba07ba5e3ff9833794d1a02dc43baab6',
  '0015_mentor_notes.ts': 'aed9447fb7248355dab680ed23db42d58a60db8e005f69c1c9dc5c8bfb1f885b',
  '0016_teams.ts': 'b6ec89bf81c2f6eb6ab31cd135b53e20b2866815f6153f21e394ce531b2c8522',
  '0017_oidc.ts': 'f4d112beca446254cba8b342505a0636b766bcbe640f4ccf76f2abb372e40346',
};

describe('migrations', () => {
  it('leaves every shipped migration exactly as it shipped', () => {
    for (const [file, hash] of Object.entries(shipped)) {
      const actual = createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex');
      expect(actual, `${file} was edited after it shipped`).toBe(hash);
    }
  });

  it('lists every migration file in the shipped table once it is committed', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.sort()).toEqual(Object.keys(shipped).sort());
  });

  it.each(engines)('run on %s and are safe to run again at the next start', async (engine) => {
    const database = await openTestDatabase(engine);
    try {
      await migrateToLatest(database.db);
      const tables = (await database.db.introspection.getTables()).map((t) => t.name);
      expect(tables).toEqual(
        expect.arrayContaining(['users', 'sessions', 'api_tokens', 'growth_maps', 'destinations', 'skills', 'level_changes']),
      );
    } finally {
      await database.dispose();
    }
  });

  it.each(engines)('on %s, turn the paused days of an existing cycle into one pause before its start', async (engine) => {
    const database = openDatabase({
      databaseUrl: await databaseUrlFor(engine),
      sqlitePath: path.join(mkdtempSync(path.join(tmpdir(), 'growthmap-migrate-')), 'growthmap.db'),
    });
    try {
      await migrateTo(database.db, '0003_framework');
      const now = '2026-03-01T00:00:00.000Z';
      await sql`insert into users (id, email, name, password_hash, role, time_zone, disabled, created_at, updated_at, version)
        values ('u1', 'a@example.test', 'A', 'x', 'admin', 'UTC', 0, ${now}, ${now}, 1)`.execute(database.db);
      for (const [id, days] of [
        ['c1', 5],
        ['c2', 0],
      ] as const) {
        await sql`insert into cycles (id, user_id, goal, length_weeks, review_weeks, start_date, review_date, modes, backup_project,
          using_backup, paused_since, paused_days, cancelled_at, cancel_reason, reviewed_at, went_well, did_not_go_well, next_goal,
          review_level_change_ids, version, created_at, updated_at)
          values (${id}, 'u1', 'G', 6, 1, '2026-03-02', '2026-04-12', '[]', null, 0, null, ${days}, null, null, null, null, null, null,
          null, 1, ${now}, ${now})`.execute(database.db);
      }
      await migrateToLatest(database.db);
      const rows = await database.db.selectFrom('cycles').select(['id', 'pauses']).orderBy('id').execute();
      expect(rows.map((r) => [r.id, JSON.parse(r.pauses)])).toEqual([
        ['c1', [{ from: '2026-03-02', days: 5 }]],
        ['c2', []],
      ]);
    } finally {
      await database.close();
    }
  });

  it.each(engines)('on %s, rename skill names that already collide before making them unique', async (engine) => {
    const database = openDatabase({
      databaseUrl: await databaseUrlFor(engine),
      sqlitePath: path.join(mkdtempSync(path.join(tmpdir(), 'growthmap-migrate-')), 'growthmap.db'),
    });
    try {
      await migrateTo(database.db, '0004_cycle_pauses');
      const now = '2026-03-01T00:00:00.000Z';
      await sql`insert into users (id, email, name, password_hash, role, time_zone, disabled, created_at, updated_at, version)
        values ('u1', 'a@example.test', 'A', 'x', 'admin', 'UTC', 0, ${now}, ${now}, 1)`.execute(database.db);
      await sql`insert into growth_maps (id, user_id, title, role, tech_stack, system_stage, version, created_at, updated_at)
        values ('m1', 'u1', 'Map', null, '[]', null, 1, ${now}, ${now})`.execute(database.db);
      await sql`insert into destinations (id, map_id, title, category, description, measure, target_date, business_impact, status,
        position, version, created_at, updated_at)
        values ('d1', 'm1', 'D', 'craft-and-process', null, null, null, null, 'active', 0, 1, ${now}, ${now})`.execute(
        database.db,
      );
      for (const [id, name] of [
        ['0190a000-0000-7000-8000-000000000001', 'Kafka'],
        ['0190a000-0000-7000-8000-000000000002', 'kafka'],
        ['0190a000-0000-7000-8000-000000000003', 'Go'],
      ] as const) {
        await sql`insert into skills (id, destination_id, name, current_level, target_level, position, version, created_at, updated_at)
          values (${id}, 'd1', ${name}, 'novice', 'expert', 0, 1, ${now}, ${now})`.execute(database.db);
      }
      await migrateToLatest(database.db);
      const rows = await database.db.selectFrom('skills').select('name').orderBy('id').execute();
      expect(rows.map((r) => r.name)).toEqual(['Kafka', 'kafka (000000000002)', 'Go']);
    } finally {
      await database.close();
    }
  });
});
