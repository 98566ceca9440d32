// What `npm run bench` and `npm run bench:web` share: an up-to-date build, and child processes
// that print `READY <words…>` once they serve (bench/server.mjs, bench/bare.mjs).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY_TIMEOUT_MS = 120_000;

export const log = (line) => process.stdout.write(`${line}\n`);

function newestSource(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return entry.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestSource(path.join(entry, child)));
  return newest;
}

export function buildIfNeeded() {
  const built = fs.statSync(path.join(root, 'dist/.built'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(
    ...['src', 'web/src', 'web/index.html', 'scripts/build.mjs', 'tsconfig.json'].map((p) => newestSource(path.join(root, p))),
  );
  if (built && built >= sources) return;
  log(built ? 'dist/ is older than the sources: building…' : 'No build in dist/: building…');
  // The build's own output goes to stderr so stdout stays ours (its last line is the JSON).
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
}

/**
 * The V8 flags `npm start` gives the server (package.json's start script, docs/decisions/0004),
 * so the bench measures production's memory and CPU, not Node's defaults.
 */
export function serverFlags() {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** Starts a node script and resolves with the words after READY on its first READY line. */
export function startProcess(script, env) {
  const child = spawn(process.execPath, [...serverFlags(), path.join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not print READY in time`)), READY_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolve(line.slice(6).split(' '));
      } else {
        process.stderr.write(`[${path.basename(script)}] ${line}\n`);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${signal ?? code}) before it was ready (its stderr is above)`));
    });
  });
  return { child, ready };
}

export function stopProcess(child) {
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
