#!/usr/bin/env node
// `npm run bench:web`: Lighthouse 12 on the main screens of a seeded instance (bench/server.mjs:
// a realistic map, signed in with its session cookie), in Debian's Chromium. Prints one JSON
// line per page: {page, performance, accessibility, bestPractices, lcpMs, tbtMs, transferKB}.
// Lighthouse's default run: a mobile device on a throttled network and CPU. Not part of npm test.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import lighthouse from 'lighthouse';
import { buildIfNeeded, startProcess, stopProcess } from '../bench/processes.mjs';

const CHROMIUM = '/usr/bin/chromium';
const PAGES = ['/', '/map', '/map/one-page', '/cycles', '/framework'];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium with a debugging port; resolves with the port once DevTools listens. */
function startChromium(profileDir) {
  const child = spawn(CHROMIUM, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Chromium did not open its debugging port in time')), 30_000);
    createInterface({ input: child.stderr }).on('line', (line) => {
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it was ready`)));
  });
  return { child, port };
}

const score = (category) => Math.round((category?.score ?? 0) * 100);

/** Lighthouse's own advice for these is "run Lighthouse again": a trace it failed to record. */
const RETRYABLE = new Set(['NO_NAVSTART', 'NO_FCP', 'NO_LCP']);

async function audit(port, url, cookie, attempt = 1) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    extraHeaders: { Cookie: cookie },
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError && RETRYABLE.has(runtimeError.code) && attempt < 3) {
    process.stderr.write(`${url}: ${runtimeError.code}, running Lighthouse again\n`);
    return audit(port, url, cookie, attempt + 1);
  }
  if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
  const lcpElement = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  return {
    performance: score(categories.performance),
    accessibility: score(categories.accessibility),
    bestPractices: score(categories['best-practices']),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    transferKB: Number(((audits['total-byte-weight']?.numericValue ?? 0) / 1024).toFixed(1)),
    // What kept a score under 100, for whoever reads the log (stderr).
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
    lcpElement: lcpElement ? `${lcpElement.selector ?? ''} ${lcpElement.snippet ?? ''}`.trim() : null,
  };
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthmap-bench-web-'));
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthmap-chromium-'));
  const server = startProcess('bench/server.mjs', { BENCH_DATA_DIR: dataDir });
  let chromium = null;
  try {
    const [url, , session] = await server.ready;
    chromium = startChromium(profileDir);
    const port = await chromium.port;
    for (const page of PAGES) {
      const { failing, lcpElement, ...figures } = await audit(port, `${url}${page}`, `gm_session=${session}`);
      if (failing.length) process.stderr.write(`${page}: below 100 on ${failing.join(', ')}\n`);
      if (lcpElement) process.stderr.write(`${page}: largest contentful paint is ${lcpElement}\n`);
      process.stdout.write(`${JSON.stringify({ page, ...figures })}\n`);
    }
  } finally {
    // Chromium writes to its profile until it exits, so the profile is removed after that.
    if (chromium) await stopProcess(chromium.child);
    await stopProcess(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

main().catch((error) => {
  process.stderr.write(`bench:web failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
