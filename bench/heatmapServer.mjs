#!/usr/bin/env node
// The server side of the heatmap figures (bench/heatmap.mjs): the compiled app on a fresh
// SQLite file, or on the PostgreSQL database in BENCH_DATABASE_URL, with a team of 1,000 members
// × 30 skills inserted in bulk straight into the database. Prints `READY <url> <token> <team id>`
// and serves until SIGTERM. BENCH_DATA_DIR is the parent's temporary directory.
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../dist/server/config.js';
import { startRuntime } from '../dist/server/runtime.js';
import { createToken } from '../dist/services/tokens.js';
import { findUserById } from '../dist/db/repositories/users.js';

const MEMBERS = 1000;
const SKILLS = 30;
const LEVELS = ['novice', 'practitioner', 'expert'];
const CATEGORIES = ['technical-specialization', 'leadership-impact', 'craft-and-process', 'personal-reputation'];
const NOW = new Date().toISOString();
const TODAY = NOW.slice(0, 10);
/** Rows per INSERT: well inside SQLite's 32,766 bound variables for the widest table here. */
const CHUNK = 2000;

async function insertAll(db, table, rows) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

const id = (kind, n) => `00000000-0000-7000-${kind}-${String(n).padStart(12, '0')}`;

/** 1,000 people, each on the team with one map, 3 destinations and 30 skills (10 each), and a pairing a week ago. */
export async function seed(db) {
  const stamps = { version: 1, created_at: NOW, updated_at: NOW };
  const people = Array.from({ length: MEMBERS }, (_, i) => ({ id: id('8000', i), name: `Member ${String(i).padStart(4, '0')}` }));
  const teamId = id('9000', 0);
  await db.transaction().execute(async (trx) => {
    await insertAll(
      trx,
      'users',
      people.map((p) => ({
        id: p.id,
        email: `${p.id}@bench.test`,
        name: p.name,
        password_hash: 'not a hash: nobody signs in with it',
        role: 'member',
        time_zone: 'UTC',
        disabled: 0,
        created_at: NOW,
        updated_at: NOW,
        version: 1,
      })),
    );
    await trx
      .insertInto('teams')
      .values({ id: teamId, lead_id: people[0].id, name: 'Bench', members_see_heatmap: 0, ...stamps })
      .execute();
    await insertAll(
      trx,
      'team_memberships',
      people.map((p, i) => ({
        id: id('a000', i),
        team_id: teamId,
        user_id: p.id,
        email: `${p.id}@bench.test`,
        invitation_id: null,
        status: 'active',
        consent: ['levels', 'goals', 'everything'][i % 3],
        ...stamps,
      })),
    );
    await insertAll(
      trx,
      'growth_maps',
      people.map((p, i) => ({
        id: id('b000', i),
        user_id: p.id,
        title: 'My map',
        role: null,
        tech_stack: '[]',
        system_stage: null,
        revision: 1,
        ...stamps,
      })),
    );
    const destinations = people.flatMap((_, i) =>
      [0, 1, 2].map((d) => ({
        id: id('c000', i * 3 + d),
        map_id: id('b000', i),
        title: `Destination ${d}`,
        category: CATEGORIES[(i + d) % CATEGORIES.length],
        description: null,
        measure: null,
        target_date: null,
        business_impact: null,
        status: 'active',
        position: d,
        ...stamps,
      })),
    );
    await insertAll(trx, 'destinations', destinations);
    const skills = people.flatMap((_, i) =>
      Array.from({ length: SKILLS }, (_, s) => ({
        id: id('d000', i * SKILLS + s),
        destination_id: id('c000', i * 3 + (s % 3)),
        // Spellings differ between people: the heatmap matches them case-insensitively.
        name: i % 7 === 0 ? `skill ${s}` : `Skill ${s}`,
        current_level: LEVELS[(i * 7 + s * 3) % 3 === 0 && (i + s) % 11 !== 0 ? 0 : (i + s) % 3],
        target_level: LEVELS[Math.min(2, ((i + s) % 3) + 1)],
        position: Math.floor(s / 3),
        ...stamps,
      })),
    );
    await insertAll(trx, 'skills', skills);
    await insertAll(
      trx,
      'feedback_sessions',
      people.map((p, i) => ({
        id: id('e000', i),
        user_id: p.id,
        kind: 'pairing',
        date: TODAY,
        partner: people[(i + 1) % MEMBERS].name,
        partner_key: people[(i + 1) % MEMBERS].name.toLowerCase(),
        domain: null,
        went_well: null,
        challenging: null,
        improve_next: null,
        support_needed: null,
        observations: '[]',
        ...stamps,
      })),
    );
  });
  return { teamId, leadId: people[0].id };
}

async function main() {
  const dataDir = process.env.BENCH_DATA_DIR;
  if (!dataDir) throw new Error('BENCH_DATA_DIR is required');
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SIGNUP: 'invite',
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
  });
  const runtime = await startRuntime(config, { webDir: null });
  const stop = async () => {
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  const started = Date.now();
  const { teamId, leadId } = await seed(runtime.deps.db);
  process.stderr.write(`seeded ${MEMBERS} members × ${SKILLS} skills in ${Date.now() - started} ms\n`);
  const user = await findUserById(runtime.deps.db, leadId);
  const { token } = await createToken(runtime.deps, { user }, { name: 'bench' });
  await runtime.app.listen({ host: config.host, port: config.port });
  const { port } = runtime.app.server.address();
  process.stdout.write(`READY http://${config.host}:${port} ${token} ${teamId}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`heatmap bench server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
