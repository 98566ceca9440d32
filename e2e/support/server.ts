// Starts the production build (dist/server/main.js) for browser tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SERVER_ENTRY = join(REPO_ROOT, 'dist/server/main.js');
const READY_LINE = /Growth Map listening on (http:\/\/\S+)/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface StartServerOptions {
  /** PostgreSQL URL; unset means SQLite in the fresh DATA_DIR. */
  databaseUrl?: string;
  /** Extra environment variables for the server (override the defaults). */
  env?: Record<string, string>;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:43210 (no trailing slash). */
  url: string;
  /** The server's DATA_DIR (removed by stop()). */
  dataDir: string;
  /** SIGTERM, wait for the exit, remove DATA_DIR. Safe to call twice. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolveExit(false);
    }, ms);
    const onExit = () => {
      clearTimeout(timer);
      resolveExit(true);
    };
    child.once('exit', onExit);
  });
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: build first with \`npm run build\` (scripts/test.sh e2e does)`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'growthmap-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Vitest puts Vite's BASE_URL ('/'), MODE, DEV and PROD into process.env: none are the server's.
  for (const name of ['DATABASE_URL', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  Object.assign(env, {
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  });

  const child = spawn(process.execPath, [SERVER_ENTRY], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
          child.kill('SIGKILL');
          await waitForExit(child, STOP_TIMEOUT_MS);
        }
      }
      await rm(dataDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const tail = () =>
        `\n--- stderr ---\n${stderr.slice(-4000) || '(empty)'}\n--- stdout ---\n${stdout.slice(-2000) || '(empty)'}`;
      const timer = setTimeout(() => {
        reject(new Error(`server did not print "Growth Map listening on …" within ${START_TIMEOUT_MS / 1000} s${tail()}`));
      }, START_TIMEOUT_MS);
      const check = () => {
        const match = READY_LINE.exec(stdout) ?? READY_LINE.exec(stderr);
        if (match?.[1]) {
          clearTimeout(timer);
          resolveUrl(match[1].replace(/\/+$/, ''));
        }
      };
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        check();
      });
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        check();
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`could not start the server: ${error.message}${tail()}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited before it was ready (code ${code}, signal ${signal})${tail()}`));
      });
    });
    // Keep draining the pipes so a chatty server never blocks on a full pipe.
    return { url, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export { freshPostgresDatabase } from '../../test/support/postgres.js';
