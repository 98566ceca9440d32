// The heatmap figures of `npm run bench` (heatmapMs on SQLite, heatmapPgMs on PostgreSQL): the
// team heatmap for 1,000 members × 30 skills, median of 20 calls after 5 warm-up calls, each
// timed from the request until the whole body is read. The answer is kept while the team's revision
// holds, so the median is a kept answer's; the log line also says the first call after the start
// and the median of 5 calls each after a change (the answer built again). `node bench/heatmap.mjs`
// prints just these.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildIfNeeded, log, root, startProcess, stopProcess } from './processes.mjs';

const CALLS = 20;
const WARMUP = 5;
const MEMBERS = 1000;
/** Calls after a change, each building the answer again: what a lead waits for after an edit. */
const REBUILDS = 5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function timeCalls(url, token, teamId) {
  const target = `${url}/api/v1/teams/${teamId}/heatmap`;
  const headers = { authorization: `Bearer ${token}` };
  const call = async () => {
    const started = performance.now();
    const response = await fetch(target, { headers });
    const body = await response.json();
    const ms = performance.now() - started;
    if (response.status !== 200 || body.members?.length !== MEMBERS) {
      throw new Error(`heatmap answered ${response.status} with ${body.members?.length} members`);
    }
    return { ms, bytes: JSON.stringify(body).length, skills: body.skills.length };
  };
  // A rename moves the team's version, so the next call builds the answer again (as after any change).
  const rename = async (i) => {
    const team = await (await fetch(`${url}/api/v1/teams/${teamId}`, { headers })).json();
    const response = await fetch(`${url}/api/v1/teams/${teamId}`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ version: team.version, name: `Bench team ${i}` }),
    });
    if (response.status !== 200) throw new Error(`renaming the team answered ${response.status}`);
  };
  const cold = await call();
  for (let i = 1; i < WARMUP; i++) await call();
  const runs = [];
  for (let i = 0; i < CALLS; i++) runs.push(await call());
  const rebuilt = [];
  for (let i = 0; i < REBUILDS; i++) {
    await rename(i);
    rebuilt.push((await call()).ms);
  }
  return {
    ms: median(runs.map((r) => r.ms)),
    coldMs: cold.ms,
    rebuiltMs: median(rebuilt),
    bytes: runs[0].bytes,
    skills: runs[0].skills,
  };
}

async function measureOn(label, env) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthmap-heatmap-'));
  const server = startProcess('bench/heatmapServer.mjs', { BENCH_DATA_DIR: dataDir, ...env });
  try {
    const [url, token, teamId] = await server.ready;
    const figures = await timeCalls(url, token, teamId);
    log(
      `heatmap on ${label}: median ${figures.ms.toFixed(1)} ms of ${CALLS} calls ` +
        `(${MEMBERS} members × ${figures.skills} skills, ${Math.round(figures.bytes / 1024)} KB of JSON); ` +
        `first call after the start ${figures.coldMs.toFixed(1)} ms, median of ${REBUILDS} calls after a change ` +
        `${figures.rebuiltMs.toFixed(1)} ms`,
    );
    return figures.ms;
  } finally {
    await stopProcess(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A throwaway PostgreSQL (scripts/postgres.sh, as the tests start one), gone when this returns. */
async function withPostgres(work) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthmap-bench-pg-'));
  const script = path.join(root, 'scripts/postgres.sh');
  try {
    const output = execFileSync('bash', [script, 'start', dir, '--watch', String(process.pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const adminUrl = output.trim().split('\n').pop();
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query('CREATE DATABASE growthmap_bench');
    await client.end();
    const url = new URL(adminUrl);
    url.pathname = '/growthmap_bench';
    return await work(url.toString());
  } finally {
    execFileSync('bash', [script, 'stop', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

export async function heatmapFigures() {
  const heatmapMs = await measureOn('SQLite', {});
  let heatmapPgMs = null;
  try {
    heatmapPgMs = await withPostgres((url) => measureOn('PostgreSQL', { BENCH_DATABASE_URL: url }));
  } catch (error) {
    process.stderr.write(`heatmapPgMs: no PostgreSQL figure (${error instanceof Error ? error.message : String(error)})\n`);
  }
  return { heatmapMs: Number(heatmapMs.toFixed(1)), heatmapPgMs: heatmapPgMs === null ? null : Number(heatmapPgMs.toFixed(1)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildIfNeeded();
  heatmapFigures().then(
    (figures) => log(JSON.stringify(figures)),
    (error) => {
      process.stderr.write(`heatmap bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
