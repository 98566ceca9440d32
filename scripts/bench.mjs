#!/usr/bin/env node
// `npm run bench`: how fast GET /api/v1/map is next to a baseline route that returns the same
// JSON as a constant behind the same authentication and serializer (see bench/README.md).
// The last line of stdout is one JSON object: {"mapReadRps","baselineRps","ratio","p99Ms","rssMb"}.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;
const READY_TIMEOUT_MS = 120_000;

const log = (line) => process.stdout.write(`${line}\n`);

function newestSource(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return entry.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestSource(path.join(entry, child)));
  return newest;
}

function buildIfNeeded() {
  const built = fs.statSync(path.join(root, 'dist/server/runtime.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(newestSource(path.join(root, 'src')), newestSource(path.join(root, 'tsconfig.json')));
  if (built && built >= sources) return;
  log(built ? 'dist/ is older than src/: building…' : 'No build in dist/: building…');
  // The build's own output goes to stderr so stdout stays ours (its last line is the JSON).
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
}

/** Starts bench/server.mjs and resolves with its URL and token once it prints READY. */
function startServer(dataDir) {
  // The same V8 flag as `npm start` (package.json), so the figures are production's.
  const child = spawn(process.execPath, ['--max-semi-space-size=4', path.join(root, 'bench/server.mjs')], {
    cwd: root,
    env: { ...process.env, BENCH_DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench server did not print READY in time')), READY_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^READY (\S+) (\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], token: match[2] });
      } else {
        process.stderr.write(`[server] ${line}\n`);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited (${signal ?? code}) before it was ready (its stderr is above)`));
    });
  });
  return { child, ready };
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function load(url, token, duration) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: { authorization: `Bearer ${token}` },
  });
}

async function measure(label, url, token) {
  await load(url, token, WARMUP_S);
  const result = await load(url, token, DURATION_S);
  const { requests, latency } = result;
  log(
    `${label.padEnd(9)} ${url}: ${Math.round(requests.average)} req/s, p50 ${latency.p50} ms, p99 ${latency.p99} ms, ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, requests ${requests.total}`,
  );
  if (result.non2xx !== 0 || result.errors !== 0 || requests.total === 0) {
    throw new Error(`${label}: ${result.non2xx} non-2xx answers and ${result.errors} errors — the benchmark is invalid.`);
  }
  return result;
}

function residentMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`cannot read VmRSS of process ${pid}`);
  return kb / 1024;
}

const round = (value, digits) => Number(value.toFixed(digits));

async function main() {
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthmap-bench-'));
  const { child, ready } = startServer(dataDir);
  const cleanup = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  try {
    const { url, token } = await ready;
    log(
      `Bench server ${url} (pid ${child.pid}), ${CONNECTIONS} connections, ${DURATION_S} s per route after a ${WARMUP_S} s warm-up`,
    );
    const map = await measure('map', `${url}/api/v1/map`, token);
    const baseline = await measure('baseline', `${url}/api/v1/bench/baseline`, token);
    const rssMb = residentMb(child.pid);
    log(`server RSS after the runs: ${rssMb.toFixed(1)} MB`);
    await stopServer(child);
    const mapReadRps = Math.round(map.requests.average);
    const baselineRps = Math.round(baseline.requests.average);
    log(
      JSON.stringify({
        mapReadRps,
        baselineRps,
        ratio: round(map.requests.average / baseline.requests.average, 3),
        p99Ms: round(map.latency.p99, 1),
        rssMb: round(rssMb, 1),
      }),
    );
  } finally {
    await stopServer(child);
    cleanup();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
