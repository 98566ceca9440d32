// Runs the built `growthmap` command (dist/cli/main.js) as a child process, as a user's shell would.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../../src/db/database.js';
import { type ApiHarness, type Caller, startApi } from './api.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliEntry = path.join(root, 'dist/cli/main.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function newestChange(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((child) => newestChange(path.join(entry, child))));
}

/** The tests run what `npm run build` made; a missing or stale build is said, not silently tested. */
export function assertCliBuilt(): void {
  const stamp = path.join(root, 'dist/.built');
  if (!existsSync(cliEntry) || !existsSync(stamp)) {
    throw new Error(`${cliEntry} is missing: run npm run build first (scripts/test.sh builds before these tests)`);
  }
  if (newestChange(path.join(root, 'src')) > statSync(stamp).mtimeMs) {
    throw new Error('dist/ is older than src/: run npm run build first (scripts/test.sh builds before these tests)');
  }
}

/** A home of its own per test file: the config a login writes goes there. */
export function cliHome(): { HOME: string; XDG_CONFIG_HOME: string } {
  const home = mkdtempSync(path.join(tmpdir(), 'growthmap-cli-'));
  return { HOME: home, XDG_CONFIG_HOME: path.join(home, 'config') };
}

export function runCli(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}) {
  return new Promise<CliRun>((resolve, reject) => {
    const child = spawn(process.execPath, [cliEntry, ...args], {
      // Only what a shell would pass: the test runner's own variables are not the command's.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1', ...options.env },
      cwd: options.cwd ?? root,
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    // A command that never reads stdin closes it before the input is written.
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export const repositoryRoot = root;

export interface CliServer {
  harness: ApiHarness;
  url: string;
  /** The administrator, signed in through the API. */
  owner: Caller;
  /** A personal access token of the owner, made through the API. */
  token: string;
  close(): Promise<void>;
}

/** A real server on a free port, its first user, and a token for the command to use. */
export async function startCliServer(engine: Engine): Promise<CliServer> {
  const harness = await startApi(engine);
  await harness.runtime.app.listen({ host: '127.0.0.1', port: 0 });
  const address = harness.runtime.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  const owner = await harness.admin();
  const { token } = await owner.call('POST /api/v1/tokens', { body: { name: 'growthmap CLI' } });
  return { harness, url: `http://127.0.0.1:${address.port}`, owner, token, close: () => harness.close() };
}
