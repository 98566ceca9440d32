import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { type Killable, startKillable } from './support/killable.js';
import { freshPostgresDatabase } from './support/server.js';

// kill -9 under write load: every write the server acknowledged (2xx) must be there after a
// restart on the same data, and the database must pass its own integrity check.
const CLIENTS = 4;
const LOAD_MS = Number(process.env.CRASH_LOAD_MS ?? 1_500);
const password = 'a long and unusual passphrase';

const withId = z.object({ id: z.string() });
const session = z.object({ csrfToken: z.string() });
const tokenCreated = z.object({ token: z.string() });
const versioned = z.object({ id: z.string(), version: z.number(), title: z.string() });
const mapIds = z.object({ destinations: z.array(versioned.extend({ skills: z.array(withId) })) });

type Kind = 'destination' | 'skill' | 'entry' | 'update';
/** A write the server answered 2xx; an update also keeps the version and title it was answered with. */
interface Acknowledged {
  kind: Kind;
  id: string;
  version?: number;
  title?: string;
}

async function call(url: string, method: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const parsed: unknown = await response.json().catch(() => null);
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The administrator, a personal access token, and one destination and cycle to write under. */
async function prepare(base: string) {
  const setup = await call(`${base}/api/v1/setup`, 'POST', {}, { email: 'admin@example.test', name: 'Admin', password });
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const signedIn = { cookie, 'x-csrf-token': session.parse(setup.body).csrfToken };
  const token = await call(`${base}/api/v1/tokens`, 'POST', signedIn, { name: 'load' });
  const auth = { authorization: `Bearer ${tokenCreated.parse(token.body).token}` };
  const destination = await call(`${base}/api/v1/destinations`, 'POST', auth, {
    title: 'Publish two internal talks per quarter',
    category: 'personal-reputation',
  });
  const cycle = await call(`${base}/api/v1/cycles`, 'POST', auth, {
    destinationIds: [withId.parse(destination.body).id],
    goal: 'Give the first talk',
    lengthWeeks: 6,
  });
  return { auth, destinationId: withId.parse(destination.body).id, cycleId: withId.parse(cycle.body).id };
}

/** One client: writes one after another until the server stops answering. */
/** One client: writes one after another (creates of three kinds, edits of its own record) until the server dies. */
async function client(
  base: string,
  n: number,
  target: Awaited<ReturnType<typeof prepare>>,
  acknowledged: Acknowledged[],
): Promise<void> {
  const own = { id: '', version: 0 };
  for (let i = 0; ; i++) {
    const write: [Kind, string, string, unknown] =
      i % 4 === 0 || !own.id
        ? [
            'destination',
            'POST',
            '/api/v1/destinations',
            { title: `Client ${n} destination ${i}`, category: 'craft-and-process' },
          ]
        : i % 4 === 1
          ? [
              'skill',
              'POST',
              `/api/v1/destinations/${target.destinationId}/skills`,
              { name: `Client ${n} skill ${i}`, currentLevel: 'novice', targetLevel: 'expert' },
            ]
          : i % 4 === 2
            ? ['entry', 'POST', `/api/v1/cycles/${target.cycleId}/entries`, { week: 1, text: `Client ${n} entry ${i}` }]
            : ['update', 'PATCH', `/api/v1/destinations/${own.id}`, { version: own.version, title: `Client ${n} edit ${i}` }];
    const answer = await call(`${base}${write[2]}`, write[1], target.auth, write[3]).catch(() => null);
    if (answer === null) return; // the connection died with the server: that write was never acknowledged
    if (answer.status >= 300)
      throw new Error(`${write[1]} ${write[2]} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    // A 2xx whose body was cut off by the kill gives no id: the client cannot count on it.
    const created = versioned.safeParse(answer.body);
    const plain = withId.safeParse(answer.body);
    if (write[0] === 'destination' && created.success && !own.id) Object.assign(own, created.data);
    if (write[0] === 'update' && created.success) {
      own.version = created.data.version;
      acknowledged.push({ kind: 'update', ...created.data });
    } else if (plain.success) acknowledged.push({ kind: write[0], id: plain.data.id });
  }
}

/** The acknowledged writes the restarted server does not have: missing records, or edits rolled back. */
async function lostWrites(base: string, target: Awaited<ReturnType<typeof prepare>>, acknowledged: Acknowledged[]) {
  const map = mapIds.parse((await call(`${base}/api/v1/map`, 'GET', target.auth)).body);
  const entries = z.array(withId).parse((await call(`${base}/api/v1/cycles/${target.cycleId}/entries`, 'GET', target.auth)).body);
  const ids = new Set([...map.destinations.flatMap((d) => [d.id, ...d.skills.map((s) => s.id)]), ...entries.map((e) => e.id)]);
  const stored = new Map(map.destinations.map((d) => [d.id, d]));
  return acknowledged.filter((a) => {
    if (a.kind !== 'update') return !ids.has(a.id);
    const now = stored.get(a.id);
    // A later edit may have landed unacknowledged; an earlier state means the edit was lost.
    return !now || now.version < (a.version ?? 0) || (now.version === a.version && now.title !== a.title);
  });
}

async function sqliteIntegrity(dataDir: string): Promise<void> {
  const db = new Sqlite(path.join(dataDir, 'growthmap.db'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
}

/** amcheck verifies every B-tree index against its table; foreign keys are checked by a query. */
async function postgresIntegrity(databaseUrl: string): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS amcheck');
    const checked = await db.query(
      `SELECT c.relname, bt_index_check(c.oid, true) FROM pg_index i
         JOIN pg_class c ON c.oid = i.indexrelid
         JOIN pg_am am ON am.oid = c.relam
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE am.amname = 'btree' AND n.nspname = 'public'`,
    );
    expect(checked.rowCount).toBeGreaterThan(5);
    const orphans = await db.query(
      `SELECT (SELECT count(*) FROM skills s LEFT JOIN destinations d ON d.id = s.destination_id WHERE d.id IS NULL)
            + (SELECT count(*) FROM progress_entries e LEFT JOIN cycles c ON c.id = e.cycle_id WHERE c.id IS NULL) AS n`,
    );
    expect(Number(orphans.rows[0].n)).toBe(0);
  } finally {
    await db.end();
  }
}

describe.each(['sqlite', 'postgresql'] as const)('kill -9 under write load on %s', (engine) => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('keeps every acknowledged write and an intact database after a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'growthmap-crash-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const databaseUrl = engine === 'postgresql' ? await freshPostgresDatabase(inject('databaseUrl')) : undefined;

    let server: Killable = await startKillable(dataDir, databaseUrl);
    cleanup.push(() => server.stop());
    const target = await prepare(server.url);
    const acknowledged: Acknowledged[] = [];
    // Settled at once, so a 5xx from a client is reported by the test, not as an unhandled rejection.
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(server.url, n, target, acknowledged))).then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, LOAD_MS));
    await server.kill9();
    const failed = await load;
    if (failed) throw failed;
    expect(acknowledged.length).toBeGreaterThan(20);

    if (engine === 'sqlite') await sqliteIntegrity(dataDir);
    else if (databaseUrl) await postgresIntegrity(databaseUrl);

    server = await startKillable(dataDir, databaseUrl);
    const lost = await lostWrites(server.url, target, acknowledged);
    expect(lost, `${lost.length} of ${acknowledged.length} acknowledged writes lost`).toEqual([]);
    const count = (kind: Kind) => `${acknowledged.filter((a) => a.kind === kind).length} ${kind}`;
    const kinds = (['destination', 'skill', 'entry', 'update'] as const).map(count);
    console.info(`crash on ${engine}: ${acknowledged.length} acknowledged writes (${kinds.join(', ')}), none lost, integrity ok`);
  });
});
