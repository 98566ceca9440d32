import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';
import { planFor } from '../support/fuzzInput.js';
import {
  type FuzzTarget,
  type SentCase,
  endsTheCaller,
  explain,
  fuzzTargets,
  materialise,
  readBack,
  seedRecords,
  send,
} from '../support/fuzzTarget.js';

// Every route of the OpenAPI document, as the signed-in owner with a CSRF token, gets
// seeded, reproducible bad input. `npm test` runs a few cases per route; `npm run fuzz`
// (scripts/fuzz.mjs) sets FUZZ_RUNS to a thousand or more and collects FUZZ_SUMMARY_DIR.
const runs = Number(process.env.FUZZ_RUNS ?? 15);
const seed = Number(process.env.FUZZ_SEED ?? 20_261_127);
const summaryDir = process.env.FUZZ_SUMMARY_DIR;

/** A stable per-route seed, so adding a route does not change the cases of the others. */
function seedOf(key: string): number {
  let hash = seed | 0;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return hash;
}

function identityOf(caller: Caller): Record<string, string> {
  return { cookie: caller.cookie ?? '', 'x-csrf-token': caller.csrfToken };
}

interface Failure {
  signature: string;
  example: string;
}

/** What one engine's walk shares across routes. */
interface Walk {
  api: ApiHarness;
  admin: Caller;
  memberId: string;
  targets: FuzzTarget[];
  failures: Failure[];
  cases: number;
  timings: Array<[number, string]>;
}

let members = 0;
const fresh = (walk: Walk) => walk.api.member(`Fuzzed${++members}`);

async function check(walk: Walk, on: FuzzTarget, sent: SentCase) {
  const verdict = await send(walk.api.runtime.app, sent);
  if (verdict.problem) {
    const code = /"code":"(\w+)"/.exec(verdict.body)?.[1] ?? '';
    walk.failures.push({ signature: `${on.key} ${verdict.problem} ${code}`, example: explain(sent, verdict) });
  }
  return verdict;
}

/** The route's cases, then every GET route reading back what they stored. */
async function fuzzRoute(walk: Walk, target: FuzzTarget): Promise<void> {
  const { admin, memberId } = walk;
  // A new owner per route keeps each route's data its own size, whatever ran before.
  const owner = target.adminOnly ? admin : await fresh(walk);
  let ids = await seedRecords(owner, admin, memberId);
  let caller = endsTheCaller.has(target.key) ? await fresh(walk) : owner;
  const property = fc.asyncProperty(planFor(target.shape), async (plan) => {
    const verdict = await check(walk, target, materialise(target, plan, ids, identityOf(caller)));
    walk.cases++;
    // A success may have spent the record or the session the next cases need.
    if (verdict.status < 300 && endsTheCaller.has(target.key)) caller = await fresh(walk);
    else if (verdict.status < 300 && target.method === 'DELETE' && target.path.includes('{')) {
      ids = await seedRecords(owner, admin, memberId);
    }
  });
  const started = Date.now();
  await fc.assert(property, { numRuns: runs, seed: seedOf(target.key) });
  walk.timings.push([Date.now() - started, target.key]);
  for (const reader of walk.targets.filter((t) => t.method === 'GET')) {
    await check(walk, reader, materialise(reader, readBack(reader, target.key), ids, identityOf(owner)));
  }
  for (const who of [owner, admin]) {
    const stillIn = await who.get('/api/v1/me');
    if (stillIn.status !== 200) throw new Error(`fuzzing ${target.key} ended a session the walk needs`);
  }
}

function writeSummary(engine: string, walk: Walk): void {
  if (!summaryDir) return;
  mkdirSync(summaryDir, { recursive: true });
  const slowest = walk.timings.sort(([a], [b]) => b - a).slice(0, 5);
  const { cases, targets, failures } = walk;
  const summary = { engine, seed, runs, cases, routes: targets.length, failures: failures.length, slowest };
  writeFileSync(path.join(summaryDir, `${engine}.json`), JSON.stringify(summary));
  writeFileSync(path.join(summaryDir, `${engine}.txt`), report(engine, walk));
}

/** One example per distinct failure, with how often it happened and the seed to replay it. */
function report(engine: string, walk: Walk): string {
  const bySignature = new Map<string, Failure[]>();
  for (const f of walk.failures) bySignature.set(f.signature, [...(bySignature.get(f.signature) ?? []), f]);
  const examples = [...bySignature.values()].map((group) => `${group.length} × ${group[0]?.example}`);
  const header = `FUZZ_SEED=${seed} FUZZ_RUNS=${runs}: ${walk.failures.length} of ${walk.cases} cases failed on ${engine}`;
  return [header, ...examples].join('\n\n');
}

// FUZZ_ENGINES=sqlite (or postgresql) narrows a deep run to one engine.
const chosen = engines.filter((e) => (process.env.FUZZ_ENGINES ?? 'sqlite,postgresql').split(',').includes(e));

describe.each(chosen)('the fuzz on %s', (engine) => {
  let api: ApiHarness;
  let admin: Caller;
  let memberId: string;
  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    admin = await api.admin();
    memberId = (await (await api.member('Target')).get('/api/v1/me')).body.user.id;
  });
  afterAll(() => api.close());

  it(
    'answers bad input on every route without a 5xx, and every 4xx as {error: {code, message}}',
    async () => {
      const targets = await fuzzTargets(api.runtime.app);
      const walk: Walk = { api, admin, memberId, targets, failures: [], cases: 0, timings: [] };
      for (const target of targets) await fuzzRoute(walk, target);
      writeSummary(engine, walk);
      expect(walk.failures.length, report(engine, walk)).toBe(0);
      expect(targets.length).toBeGreaterThan(25);
    },
    120_000 + runs * 5_000,
  );
});
