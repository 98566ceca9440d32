#!/usr/bin/env node
// `npm run fuzz`: the fuzz of test/stress/fuzz.test.ts at depth, on SQLite and PostgreSQL.
//   FUZZ_RUNS  cases per route and engine (default 1000)
//   FUZZ_SEED  the seed (default the test's own); the same seed gives the same cases
//   FUZZ_ENGINES  sqlite,postgresql (default both)
// Vitest prints each failing request; the last line is `N cases, M routes, K failures`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const summaryDir = mkdtempSync(path.join(os.tmpdir(), 'growthmap-fuzz-'));
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000', FUZZ_SUMMARY_DIR: summaryDir };

if (!env.TEST_DATABASE_URL) {
  const ensured = spawnSync('bash', ['scripts/postgres.sh', 'ensure'], { cwd: root, stdio: 'inherit' });
  if (ensured.status !== 0) {
    console.log('0 cases, 0 routes, 1 failures');
    process.exit(1);
  }
}

const vitest = spawnSync(
  path.join(root, 'node_modules/.bin/vitest'),
  ['run', '--project', 'integration', 'test/stress/fuzz.test.ts'],
  { cwd: root, env, stdio: 'inherit' },
);

const read = (file) => readFileSync(path.join(summaryDir, file), 'utf8');
const files = readdirSync(summaryDir);
// The failures again, grouped, after Vitest's own output: a deep run's report is long.
for (const file of files.filter((f) => f.endsWith('.txt'))) console.log(`\n${read(file)}\n`);
const summaries = files.filter((f) => f.endsWith('.json')).map((file) => JSON.parse(read(file)));
rmSync(summaryDir, { recursive: true, force: true });
for (const s of summaries) {
  console.log(`${s.engine}: ${s.cases} cases, ${s.failures} failures; slowest routes ${JSON.stringify(s.slowest)}`);
}
const cases = summaries.reduce((sum, s) => sum + s.cases, 0);
const routes = Math.max(0, ...summaries.map((s) => s.routes));
// An engine that wrote no summary did not finish its walk: count that as a failure too.
const expected = (env.FUZZ_ENGINES ?? 'sqlite,postgresql').split(',').length;
const failures = summaries.reduce((sum, s) => sum + s.failures, 0) + Math.max(0, expected - summaries.length);
console.log(`${cases} cases, ${routes} routes, ${failures} failures`);
process.exit(vitest.status === 0 && failures === 0 ? 0 : 1);
