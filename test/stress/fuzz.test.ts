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
  key: string;
  signature: string;
  example: string;
}

let members = 0;

describe.each(engines)('the fuzz on %s', (engine) => {
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
      const app = api.runtime.app;
      const targets = await fuzzTargets(app);
      const failures: Failure[] = [];
      let cases = 0;
      const timings: Array<[number, string]> = [];
      const fresh = () => api.member(`Fuzzed${++members}`);
      for (const target of targets) {
        // A new owner per route keeps each route's data its own size, whatever ran before.
        const owner = target.adminOnly ? admin : await fresh();
        let ids = await seedRecords(owner, admin, memberId);
        let caller = endsTheCaller.has(target.key) ? await fresh() : owner;
        const check = async (on: FuzzTarget, sent: SentCase) => {
          const verdict = await send(app, sent);
          if (verdict.problem) {
            const code = /"code":"(\w+)"/.exec(verdict.body)?.[1] ?? '';
            const signature = `${on.key} ${verdict.problem} ${code}`;
            failures.push({ key: on.key, signature, example: explain(sent, verdict) });
          }
          return verdict;
        };
        const property = fc.asyncProperty(planFor(target.shape), async (plan) => {
          const verdict = await check(target, materialise(target, plan, ids, identityOf(caller)));
          cases++;
          // A success may have spent the record or the session the next cases need.
          if (verdict.status < 300 && endsTheCaller.has(target.key)) caller = await fresh();
          else if (verdict.status < 300 && target.method === 'DELETE' && target.path.includes('{')) {
            ids = await seedRecords(owner, admin, memberId);
          }
        });
        const started = Date.now();
        await fc.assert(property, { numRuns: runs, seed: seedOf(target.key) });
        timings.push([Date.now() - started, target.key]);
        // What the cases stored must still read back: every GET of the owner, valid this time.
        for (const reader of targets.filter((t) => t.method === 'GET')) {
          await check(reader, materialise(reader, readBack(reader, target.key), ids, identityOf(owner)));
        }
        for (const who of [owner, admin]) {
          const stillIn = await who.get('/api/v1/me');
          if (stillIn.status !== 200) throw new Error(`fuzzing ${target.key} ended a session the walk needs`);
        }
      }

      if (summaryDir) {
        mkdirSync(summaryDir, { recursive: true });
        const slowest = timings.sort(([a], [b]) => b - a).slice(0, 5);
        const summary = { engine, seed, runs, cases, routes: targets.length, failures: failures.length, slowest };
        writeFileSync(path.join(summaryDir, `${engine}.json`), JSON.stringify(summary));
      }
      const bySignature = new Map<string, Failure[]>();
      for (const f of failures) bySignature.set(f.signature, [...(bySignature.get(f.signature) ?? []), f]);
      const report = [...bySignature.values()].map((group) => `${group.length} × ${group[0]?.example}`);
      const header = `FUZZ_SEED=${seed} FUZZ_RUNS=${runs}: ${failures.length} of ${cases} cases failed on ${engine}`;
      expect(failures.length, [header, ...report].join('\n\n')).toBe(0);
      expect(targets.length).toBeGreaterThan(25);
    },
    120_000 + runs * 2_000,
  );
});
