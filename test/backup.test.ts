import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { AccountExport } from '../src/schemas/export.js';
import { runInstanceBackupCommand } from '../src/server/instanceBackupCommand.js';
import { Caller, password, startApi } from './support/api.js';
import { freshPostgresDatabase } from './support/postgres.js';
import { seedAccount } from './support/seedAccount.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

/** The real script, as an administrator runs it: `npm run backup -- FILE` is `node scripts/backup.mjs FILE`. */
async function script(name: 'backup' | 'restore', file: string, env: { DATA_DIR: string; DATABASE_URL?: string }) {
  // Only what a shell would pass: the test runner's own variables (BASE_URL, MODE, …) would be read as configuration.
  const base = { PATH: process.env.PATH, HOME: process.env.HOME };
  const result = await run(process.execPath, [path.join(root, `scripts/${name}.mjs`), file], {
    cwd: root,
    env: { ...base, LOG_LEVEL: 'silent', ...env },
  }).catch((error: { code: number; stdout: string; stderr: string }) => ({
    stdout: `${error.stdout}${error.stderr.trim().split('\n').slice(0, 3).join(' ')}`,
    code: error.code,
  }));
  const lines = result.stdout.trim().split('\n');
  const counts = Object.fromEntries(lines.flatMap((line) => (/^\w+: \d+$/.test(line) ? [line.split(': ')] : [])));
  return { code: 'code' in result ? result.code : 0, counts, last: lines.at(-1) ?? '' };
}

/** The same command in this process: for the refusals, where starting a process per case only costs time. */
async function command(name: 'backup' | 'restore', file: string, env: { DATA_DIR: string; DATABASE_URL?: string }) {
  const lines: string[] = [];
  const code = await runInstanceBackupCommand(name, [file], { LOG_LEVEL: 'silent', ...env }, (line) => lines.push(line));
  return { code, last: lines.at(-1) ?? '' };
}

const emails = ['admin@example.test', 'rae@example.test'];

/** Every account's export, signed in on the instance as its person would. */
async function exportsOf(engine: 'sqlite' | 'postgresql', env: { DATA_DIR: string; DATABASE_URL?: string }) {
  const api = await startApi(engine, { databaseUrl: env.DATABASE_URL ?? null, env: { DATA_DIR: env.DATA_DIR } });
  try {
    const exports: Record<string, Omit<AccountExport, 'exportedAt'>> = {};
    for (const email of emails) {
      const caller = new Caller(api.runtime);
      await caller.call('POST /api/v1/session', { body: { email, password } });
      const { exportedAt: _, ...exported } = await caller.call('GET /api/v1/me/export');
      exports[email] = exported;
    }
    return exports;
  } finally {
    await api.close();
  }
}

describe('the whole instance, SQLite → PostgreSQL → SQLite, with the backup and restore scripts', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'growthmap-backup-'));
  const sqliteEnv = { DATA_DIR: path.join(dir, 'first') };
  const backAgainEnv = { DATA_DIR: path.join(dir, 'again') };
  let postgresEnv: { DATA_DIR: string; DATABASE_URL: string };
  let original: Awaited<ReturnType<typeof exportsOf>>;

  beforeAll(async () => {
    postgresEnv = { DATA_DIR: path.join(dir, 'pg'), DATABASE_URL: await freshPostgresDatabase(inject('databaseUrl')) };
    const api = await startApi('sqlite', { databaseUrl: null, signup: 'open', env: sqliteEnv });
    const admin = await api.admin();
    await seedAccount(admin, api.caller('198.51.100.9'));
    const rae = await api.member('Rae');
    await rae.call('POST /api/v1/destinations', { body: { title: 'Run the on-call rotation', category: 'leadership-impact' } });
    await api.close();
    original = await exportsOf('sqlite', sqliteEnv);
  });

  it('moves every table and row, and every account exports as before', async () => {
    const first = path.join(dir, 'first.jsonl');
    const backup = await script('backup', first, sqliteEnv);
    expect(backup.code, backup.last).toBe(0);
    expect(backup.last).toMatch(/^Backed up \d+ rows/);
    expect(Object.keys(backup.counts)).toEqual(expect.arrayContaining(['users', 'growth_maps', 'artifact_files', 'settings']));
    expect(backup.counts.artifact_files).toBe('1');

    const restored = await script('restore', first, postgresEnv);
    expect(restored.code, restored.last).toBe(0);
    expect(restored.counts).toEqual(backup.counts);
    // Backed up again before anyone signs in there (signing in adds a session).
    const second = path.join(dir, 'second.jsonl');
    const fromPostgres = await script('backup', second, postgresEnv);
    expect(fromPostgres.counts).toEqual(backup.counts);
    expect(await exportsOf('postgresql', postgresEnv)).toEqual(original);

    const again = await script('restore', second, backAgainEnv);
    expect(again.code, again.last).toBe(0);
    expect(again.counts).toEqual(backup.counts);
    expect(await exportsOf('sqlite', backAgainEnv)).toEqual(original);
  });

  it('refuses a target that holds anything, a file from a newer version, and a file cut short', async () => {
    const file = path.join(dir, 'refusals.jsonl');
    expect((await command('backup', file, sqliteEnv)).code).toBe(0);
    const notEmpty = await command('restore', file, sqliteEnv);
    expect(notEmpty).toEqual({ code: 1, last: expect.stringMatching(/not empty \(\w+ has rows\)/) });

    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0] ?? '{}');
    const newer = path.join(dir, 'newer.jsonl');
    writeFileSync(newer, [JSON.stringify({ ...header, migration: '9999_future' }), ...lines.slice(1)].join('\n'));
    const refused = await command('restore', newer, { DATA_DIR: path.join(dir, 'newer') });
    expect(refused).toEqual({ code: 1, last: expect.stringMatching(/newer Growth Map \(migration 9999_future/) });

    const cut = path.join(dir, 'cut.jsonl');
    writeFileSync(cut, lines.slice(0, -5).join('\n'));
    const short = await command('restore', cut, { DATA_DIR: path.join(dir, 'cut') });
    expect(short).toEqual({ code: 1, last: expect.stringMatching(/incomplete/) });
  });
});
