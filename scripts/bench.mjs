#!/usr/bin/env node
// `npm run bench`: how fast and how cheaply the server answers GET /api/v1/map, next to a
// baseline route behind the same authentication and serializer, the health route, and a bare
// Fastify process serving the same bytes; then the map at a fixed rate, the server's memory,
// the one-page map's PDF, a fresh browser's first load of the one-page map, and what a durable
// SQLite write costs (see bench/README.md). The last line of stdout is one JSON object of figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import { heatmapFigures } from '../bench/heatmap.mjs';
import { buildIfNeeded, log, startProcess, stopProcess } from '../bench/processes.mjs';

const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;
const FIXED_RATE = 200;
const FIXED_RATE_CONNECTIONS = 10;
const FIXED_RATE_ROUNDS = 3;
const CHROMIUM = '/usr/bin/chromium';

/**
 * CPU time the process has used, in µs: the sum over its threads (the event loop, libuv's pool,
 * V8's GC helpers) of the nanoseconds on CPU in /proc/<pid>/task/<tid>/schedstat. Exact, unlike
 * the 10 ms ticks of /proc/<pid>/stat.
 */
function cpuMicros(pid) {
  let nanos = 0;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      nanos += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended between the listing and the read: its time is gone with it.
    }
  }
  return nanos / 1000;
}

function check(label, result) {
  if (result.non2xx !== 0 || result.errors !== 0 || result.requests.total === 0) {
    throw new Error(`${label}: ${result.non2xx} non-2xx answers and ${result.errors} errors — the benchmark is invalid.`);
  }
}

/**
 * A warm-up, then a measured run and the server's CPU per request over that window. Without a
 * rate it is a closed loop of 50 connections (throughput); with one, a steady FIXED_RATE req/s
 * over 10 connections (latency without queueing, and the CPU a request costs when requests
 * do not share event-loop turns, as in real use).
 */
async function measure(label, url, headers, pid, rate = null) {
  const options = rate ? { connections: FIXED_RATE_CONNECTIONS, overallRate: rate } : { connections: CONNECTIONS };
  // A closed-loop warm-up first, so every route is measured with its code optimised by the JIT
  // (a few hundred requests at the fixed rate would not be enough), then a settling run.
  await autocannon({ url, headers, duration: WARMUP_S, connections: CONNECTIONS });
  if (rate) await autocannon({ url, headers, duration: WARMUP_S, ...options });
  const cpuBefore = cpuMicros(pid);
  const result = await autocannon({ url, headers, duration: DURATION_S, ...options });
  const cpuUs = (cpuMicros(pid) - cpuBefore) / result.requests.total;
  const { requests, latency } = result;
  log(
    `${(rate ? `${label}@${rate}/s` : label).padEnd(13)} ${url}: ${Math.round(requests.average)} req/s, ` +
      `p50 ${latency.p50} ms, p99 ${latency.p99} ms, CPU ${Math.round(cpuUs)} µs/request, errors ${result.errors}, ` +
      `timeouts ${result.timeouts}, non-2xx ${result.non2xx}, requests ${requests.total}`,
  );
  check(label, result);
  return { result, cpuUs };
}

/** Other work on the machine inflates CPU and latency figures: printed so a run can be judged. */
function loadAverage() {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function residentMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`cannot read VmRSS of process ${pid}`);
  return kb / 1024;
}

/** Bytes on the wire (headers included, compressed) of the HTML, CSS and JS of a fresh browser's first load. */
async function firstLoadKB(url, session) {
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`firstLoadKB: ${CHROMIUM} is missing (apt-get install chromium); reported as null\n`);
    return null;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'gm_session', value: session, url }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const types = new Map();
    const counted = new Set(['Document', 'Stylesheet', 'Script']);
    let bytes = 0;
    const files = [];
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => types.set(requestId, { type, response }));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const seen = types.get(requestId);
      if (!seen || !counted.has(seen.type)) return;
      bytes += encodedDataLength;
      const encoding = seen.response.headers['content-encoding'] ?? seen.response.headers['Content-Encoding'] ?? 'identity';
      files.push(
        `${(encodedDataLength / 1024).toFixed(1).padStart(7)} KB ${encoding.padEnd(8)} ${new URL(seen.response.url).pathname}`,
      );
    });
    await cdp.send('Network.enable');
    await page.goto(`${url}/map/one-page`, { waitUntil: 'networkidle' });
    // Signed in and drawn: the seeded first destination is on the page.
    await page.getByText('Lead the migration of the billing service', { exact: false }).first().waitFor({ timeout: 10_000 });
    log(`first load of /map/one-page (HTML, CSS, JS on the wire):\n${files.join('\n')}`);
    return bytes / 1024;
  } finally {
    await browser.close();
  }
}

/**
 * What an acknowledged write costs with SQLite's synchronous=FULL in WAL mode (an fsync of the
 * WAL per commit) next to NORMAL: single-row insert transactions on this machine's disk.
 */
function syncWriteMicros(dir) {
  const writes = 300;
  const perWrite = {};
  for (const mode of ['NORMAL', 'FULL']) {
    const file = path.join(dir, `sync-${mode}.db`);
    const db = new BetterSqlite3(file);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${mode}`);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    const started = process.hrtime.bigint();
    for (let i = 0; i < writes; i++) insert.run(`write ${i} of the durability probe`);
    perWrite[mode] = Number(process.hrtime.bigint() - started) / 1000 / writes;
    db.close();
  }
  log(`SQLite write in WAL mode: synchronous=NORMAL ${perWrite.NORMAL.toFixed(0)} µs, FULL ${perWrite.FULL.toFixed(0)} µs`);
  return perWrite;
}

const PDF_WARMUP = 3;
const PDF_RUNS = 21;

/**
 * The one-page map's PDF for a fuller map than the map read's (bench/server.mjs, seedPdfReader),
 * one request at a time through HTTP: the median of PDF_RUNS after PDF_WARMUP (the first loads pdfkit
 * and the fonts). A person asks for one document, so the time of one is what counts, not a rate.
 */
async function pdfMillis(url, token) {
  const headers = { authorization: `Bearer ${token}` };
  const times = [];
  for (let i = 0; i < PDF_WARMUP + PDF_RUNS; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/api/v1/map/one-page.pdf`, { headers });
    const bytes = await response.arrayBuffer();
    if (response.status !== 200 || bytes.byteLength < 1000)
      throw new Error(`GET /api/v1/map/one-page.pdf answered ${response.status}`);
    if (i >= PDF_WARMUP) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  log(
    `one-page PDF: median ${median(times).toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms, slowest ${times.at(-1).toFixed(1)} ms`,
  );
  return median(times);
}

/** The middle value (of an odd count; the upper middle of an even one). */
function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

const round = (value, digits) => (value === null ? null : Number(value.toFixed(digits)));

async function main() {
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthmap-bench-'));
  const children = [];
  const cleanup = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  try {
    const server = startProcess('bench/server.mjs', { BENCH_DATA_DIR: dataDir });
    children.push(server.child);
    const [url, token, session, pdfToken] = await server.ready;
    const pid = server.child.pid;
    const auth = { authorization: `Bearer ${token}` };
    log(`Bench server ${url} (pid ${pid}), ${CONNECTIONS} connections, ${DURATION_S} s per route after a ${WARMUP_S} s warm-up`);
    // The bare process waits idle beside the server, so it is measured next to the routes it is
    // compared with, under the same machine load.
    const bareProcess = startProcess('bench/bare.mjs', { BENCH_BODY: path.join(dataDir, 'map.json') });
    children.push(bareProcess.child);
    const [bareUrl] = await bareProcess.ready;
    log(`load average at the start: ${loadAverage()}`);

    const map = await measure('map', `${url}/api/v1/map`, auth, pid);
    const baseline = await measure('baseline', `${url}/api/v1/bench/baseline`, auth, pid);
    // Read where it always was: after the two closed-loop runs.
    const rssMb = residentMb(pid);
    log(`server RSS after the map and baseline runs: ${rssMb.toFixed(1)} MB`);
    // The fixed-rate figures swing with the machine's state from one 10 s window to the next
    // (other load, a vCPU waking from idle), so the three compared figures are measured in
    // interleaved rounds and each is the median of its rounds.
    const rounds = { bare: [], map: [], health: [], p99: [] };
    for (let n = 1; n <= FIXED_RATE_ROUNDS; n++) {
      log(`fixed rate, round ${n} of ${FIXED_RATE_ROUNDS}:`);
      rounds.bare.push((await measure('bare', bareUrl, {}, bareProcess.child.pid, FIXED_RATE)).cpuUs);
      const mapAtRate = await measure('map', `${url}/api/v1/map`, auth, pid, FIXED_RATE);
      rounds.map.push(mapAtRate.cpuUs);
      rounds.p99.push(mapAtRate.result.latency.p99);
      rounds.health.push((await measure('health', `${url}/api/health`, {}, pid, FIXED_RATE)).cpuUs);
    }
    const [bareCpuUs, mapCpuUs, healthCpuUs, p99AtRateMs] = [rounds.bare, rounds.map, rounds.health, rounds.p99].map(median);
    log(
      `medians of ${FIXED_RATE_ROUNDS} rounds: bare ${Math.round(bareCpuUs)} µs, map ${Math.round(mapCpuUs)} µs, health ${Math.round(healthCpuUs)} µs, map p99 ${p99AtRateMs} ms`,
    );
    await measure('baseline', `${url}/api/v1/bench/baseline`, auth, pid, FIXED_RATE);
    await stopProcess(bareProcess.child);
    const pdfMs = await pdfMillis(url, pdfToken);
    const firstLoad = await firstLoadKB(url, session);
    await stopProcess(server.child);
    log(`load average at the end: ${loadAverage()}`);

    const sync = syncWriteMicros(dataDir);
    // Its own seeded servers, one after the other, once the map's server has stopped.
    const { heatmapMs, heatmapPgMs } = await heatmapFigures();
    log(
      JSON.stringify({
        mapReadRps: Math.round(map.result.requests.average),
        baselineRps: Math.round(baseline.result.requests.average),
        ratio: round(map.result.requests.average / baseline.result.requests.average, 3),
        p99Ms: round(map.result.latency.p99, 1),
        rssMb: round(rssMb, 1),
        bareCpuUs: Math.round(bareCpuUs),
        healthCpuUs: Math.round(healthCpuUs),
        mapCpuUs: Math.round(mapCpuUs),
        cpuRatio: round(mapCpuUs / bareCpuUs, 2),
        p99AtRateMs: round(p99AtRateMs, 1),
        firstLoadKB: round(firstLoad, 1),
        normalSyncWriteUs: Math.round(sync.NORMAL),
        fullSyncWriteUs: Math.round(sync.FULL),
        pdfMs: round(pdfMs, 1),
        heatmapMs,
        heatmapPgMs,
      }),
    );
  } finally {
    for (const child of children) await stopProcess(child);
    cleanup();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
