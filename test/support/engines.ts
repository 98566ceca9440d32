import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { freshPostgresDatabase } from './postgres.js';
import { type Database, type Engine, migrateToLatest, openDatabase } from '../../src/db/database.js';
import type { Clock } from '../../src/domain/time.js';
import type { Actor, ServiceDeps } from '../../src/services/context.js';
import * as accounts from '../../src/services/accounts.js';
import { ContentStore } from '../../src/services/contentStore.js';
import { loadBaseLayers } from '../../src/content/load.js';

/** Every storage test runs once per engine: a real SQLite file and a real PostgreSQL server. */
export const engines: readonly Engine[] = ['sqlite', 'postgresql'];

/** A clock tests can set and move; time never comes from the machine in a test. */
export class TestClock implements Clock {
  private current: number;
  constructor(iso = '2026-03-02T09:00:00.000Z') {
    this.current = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = Date.parse(iso);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export async function databaseUrlFor(engine: Engine): Promise<string | null> {
  return engine === 'postgresql' ? freshPostgresDatabase(inject('databaseUrl')) : null;
}

export async function openTestDatabase(engine: Engine): Promise<Database & { dispose(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'growthmap-test-'));
  const database = openDatabase({ databaseUrl: await databaseUrlFor(engine), sqlitePath: path.join(dir, 'growthmap.db') });
  await migrateToLatest(database.db);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ServiceHarness {
  deps: ServiceDeps;
  clock: TestClock;
  database: Database;
  /** Creates a signed-up user (the first one is the administrator) and returns it as an actor. */
  user(name?: string, options?: { timeZone?: string }): Promise<Actor>;
  dispose(): Promise<void>;
}

let counter = 0;

export async function serviceHarness(engine: Engine, options: { signup?: 'invite' | 'open' } = {}): Promise<ServiceHarness> {
  const database = await openTestDatabase(engine);
  const clock = new TestClock();
  const deps: ServiceDeps = {
    db: database.db,
    clock,
    baseUrl: 'http://growthmap.test',
    signup: options.signup ?? 'open',
    csrfSecret: 'test-secret',
    content: new ContentStore(loadBaseLayers(null)),
    mailer: null,
  };
  return {
    deps,
    clock,
    database,
    async user(name = `Person ${++counter}`, userOptions = {}) {
      const body = {
        email: `${name.toLowerCase().replaceAll(' ', '.')}.${counter}@example.test`,
        name,
        password: 'a long and unusual passphrase',
        timeZone: userOptions.timeZone ?? 'Europe/Berlin',
      };
      const user = (await accounts.needsSetup(deps)) ? await accounts.setup(deps, body) : await accounts.signUp(deps, body);
      return { user };
    },
    dispose: () => database.dispose(),
  };
}
