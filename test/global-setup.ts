// Vitest globalSetup (root config, so it runs once per vitest invocation whichever
// projects are selected): a throwaway PostgreSQL for the whole run.
//
// Tests read the admin URL (database `postgres`, superuser) with
// `inject('databaseUrl')` and create their own databases in it.
// With TEST_DATABASE_URL set, that server is used instead and nothing is started.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const script = resolve(fileURLToPath(new URL('.', import.meta.url)), '../scripts/postgres.sh');

function run(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile('bash', [script, ...args], { timeout: 15 * 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`scripts/postgres.sh ${args[0]} failed: ${error.message}\n${stderr}`));
      } else {
        resolvePromise({ stdout, stderr });
      }
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv) {
    project.provide('databaseUrl', fromEnv);
    return undefined;
  }

  const dir = await mkdtemp(join(tmpdir(), 'growthmap-pg-'));
  const started = Date.now();
  let url: string;
  try {
    // --watch: if this process dies without running teardown, the server goes too.
    const { stdout } = await run(['start', dir, '--watch', String(process.pid)]);
    url = stdout.trim().split('\n').pop() ?? '';
    if (!url.startsWith('postgres://')) throw new Error(`scripts/postgres.sh start printed no URL:\n${stdout}`);
  } catch (error) {
    await run(['stop', dir]).catch(() => rm(dir, { recursive: true, force: true }));
    throw error;
  }
  if (process.env.GROWTHMAP_TEST_VERBOSE) {
    console.log(`[global-setup] PostgreSQL ready in ${Date.now() - started} ms`);
  }
  project.provide('databaseUrl', url);

  return async () => {
    await run(['stop', dir]);
  };
}
