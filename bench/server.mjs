#!/usr/bin/env node
// The server side of `npm run bench` (see bench/README.md). Runs the compiled app from dist/
// on a temporary SQLite database, seeds a realistic map through the services, adds the
// baseline route, writes the map's JSON to <data dir>/map.json (the bare server's body), seeds a
// second person's fuller map for the one-page PDF (pdfMs), then prints
// `READY <url> <token> <session secret> <PDF reader's token>` and serves the API and the built web
// app until SIGTERM.
//
// The data directory is BENCH_DATA_DIR when the parent gives one (the parent removes it);
// otherwise a fresh temporary directory that this process removes when it stops.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../dist/server/config.js';
import { builtWebDir, startRuntime } from '../dist/server/runtime.js';
import { artifactCreate } from '../dist/schemas/artifacts.js';
import { cycleCreate, entryCreate } from '../dist/schemas/cycles.js';
import { growthMap } from '../dist/schemas/map.js';
import { setup, signUp } from '../dist/services/accounts.js';
import { createArtifact } from '../dist/services/artifacts.js';
import { createCycle } from '../dist/services/cycles.js';
import { addEntry } from '../dist/services/progressLog.js';
import { createToken } from '../dist/services/tokens.js';
import { createDestination } from '../dist/services/destinations.js';
import { startSession } from '../dist/services/sessions.js';
import { addLevelChange, createSkill } from '../dist/services/skills.js';

const ownDir = !process.env.BENCH_DATA_DIR;
const dataDir = process.env.BENCH_DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'growthmap-bench-'));
const removeOwnDir = () => {
  if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
};

const DAY = 86_400_000;

// Seeding walks this clock forward through the last year so every level change is dated in
// the past and in increasing order; once seeded it follows the real time again.
let frozenAt = null;
const clock = { now: () => (frozenAt === null ? new Date() : new Date(frozenAt)) };

/** The answer of GET /api/v1/map, captured once after seeding; the baseline returns it as is. */
let constantMap = null;

async function baselineRoute(app) {
  app.get('/api/v1/bench/baseline', { schema: { response: { 200: growthMap } } }, async () => constantMap);
}

const LEVELS = ['novice', 'practitioner', 'expert'];

const DESTINATIONS = [
  {
    title: 'Lead the migration of the billing service to event sourcing by the end of Q3',
    category: 'technical-specialization',
    description:
      'Design and ship the event store, migrate the invoice and payment aggregates, and retire the nightly reconciliation job.',
    measure: 'Reconciliation job retired; zero billing incidents caused by the migration; p95 write latency under 50 ms.',
    businessImpact: 'Finance closes the month two days sooner and support stops chasing mismatched invoices.',
    skills: ['Event sourcing', 'Domain-driven design', 'PostgreSQL performance tuning', 'Zero-downtime data migrations'],
  },
  {
    title: 'Mentor two junior engineers to ship features on their own within six months',
    category: 'leadership-impact',
    description: 'Pair weekly, review their designs before code, and hand each of them one end-to-end feature.',
    measure: 'Each mentee ships one feature from design to release with no more than one review round from me.',
    businessImpact: 'The team stops queueing work behind two seniors, so we deliver about 30% more per sprint.',
    skills: ['Coaching conversations', 'Design reviews', 'Giving actionable feedback', 'Delegating ownership'],
  },
  {
    title: 'Publish four conference-grade talks on observability before next summer',
    category: 'personal-reputation',
    description: 'Write and present four talks on tracing and SLOs, at least one at an external conference.',
    measure: 'Four talks given, one accepted by an external conference, slides and recordings published.',
    businessImpact: 'Makes our platform team visible to candidates, so hiring senior SREs gets easier.',
    skills: ['Distributed tracing', 'Service level objectives', 'Public speaking', 'Technical writing'],
  },
];

async function seed(deps) {
  const start = Date.now() - 365 * DAY;
  frozenAt = start;
  const user = await setup(deps, {
    email: 'bench@example.com',
    name: 'Bench Marker',
    password: 'quartz-lantern-river-7319',
    timeZone: 'UTC',
  });
  const actor = { user };
  const targetDate = new Date(Date.now() + 180 * DAY).toISOString().slice(0, 10);

  // 12 skills x 10 level changes, spread evenly over the year, oldest first.
  const skills = [];
  for (const [d, spec] of DESTINATIONS.entries()) {
    const { skills: names, ...fields } = spec;
    const destination = await createDestination(deps, actor, { ...fields, targetDate, status: 'active' });
    for (const [s, name] of names.entries()) {
      const skill = await createSkill(deps, actor, destination.id, {
        name,
        currentLevel: 'novice',
        targetLevel: LEVELS[1 + ((d + s) % 2)],
      });
      skills.push(skill);
    }
  }
  const changesPerSkill = 10;
  const steps = skills.length * changesPerSkill;
  const stepMs = Math.floor((360 * DAY) / steps);
  let step = 0;
  for (let round = 0; round < changesPerSkill; round++) {
    for (const [i, skill] of skills.entries()) {
      step += 1;
      frozenAt = start + step * stepMs;
      // Mostly up, sometimes back down: novice → practitioner → expert with a few dips.
      const to =
        LEVELS[Math.min(2, Math.max(0, Math.floor(((round + 1) * 3) / changesPerSkill) - ((round + i) % 4 === 3 ? 1 : 0)))];
      await addLevelChange(deps, actor, skill.id, {
        to,
        note: `Round ${round + 1}: ${to === 'expert' ? 'taught the team' : to === 'practitioner' ? 'did it unaided' : 'practised with guidance'} (${skill.name}).`,
        evidence: [{ kind: 'link', url: `https://example.com/evidence/${skill.id}/${round + 1}` }],
      });
    }
  }
  frozenAt = null;
  const { token } = await createToken(deps, actor, { name: 'bench' });
  // The browser's first load (firstLoadKB) is measured signed in, as a person would see it.
  const session = await startSession(deps, user.id);
  return { token, session };
}

/**
 * The one-page PDF's reader (pdfMs): 5 active destinations × 6 skills, a running 6-week cycle with
 * 6 log entries and 8 artifacts with outcomes, some measured. A second person, so the map read's
 * figures keep the 3 × 4 map they always had.
 */
async function seedPdfReader(deps) {
  const user = await signUp(
    { ...deps, signup: 'open' },
    { email: 'pdf@example.com', name: 'Ада Лавлейс', password: 'quartz-lantern-river-7319', timeZone: 'UTC' },
  );
  const actor = { user };
  const targetDate = new Date(Date.now() + 180 * DAY).toISOString().slice(0, 10);
  const skillIds = [];
  const destinationIds = [];
  for (let d = 0; d < 5; d++) {
    const { skills: names, ...fields } = DESTINATIONS[d % DESTINATIONS.length];
    const destination = await createDestination(deps, actor, { ...fields, title: `${fields.title} (${d + 1})`, targetDate });
    destinationIds.push(destination.id);
    for (let s = 0; s < 6; s++) {
      const name = s < names.length ? names[s] : `Κατανεμημένα συστήματα ${s}`;
      const skill = await createSkill(deps, actor, destination.id, { name, currentLevel: LEVELS[s % 2], targetLevel: 'expert' });
      skillIds.push(skill.id);
    }
  }
  const startDate = new Date(Date.now() - 14 * DAY).toISOString().slice(0, 10);
  const cycle = await createCycle(
    deps,
    actor,
    cycleCreate.parse({
      destinationIds: destinationIds.slice(0, 2),
      goal: 'Migrate the invoice aggregate to the event store behind a feature flag',
      lengthWeeks: 6,
      reviewWeeks: 1,
      startDate,
      modes: ['reading', 'hands-on', 'pairing'],
    }),
  );
  for (let week = 1; week <= 6; week++) {
    await addEntry(
      deps,
      actor,
      cycle.id,
      entryCreate.parse({
        week: Math.min(week, 3),
        text: `Spiked the projection rebuild for week ${week}; wrote down what broke and what the replay costs.`,
        evidence: [{ kind: 'link', url: `https://example.com/notes/${week}` }],
      }),
    );
  }
  for (let a = 0; a < 8; a++) {
    await createArtifact(
      deps,
      actor,
      artifactCreate.parse({
        title: `Event store design note ${a + 1}`,
        kind: a % 2 ? 'decision-record' : 'design-doc',
        outcome: 'Reconciliation mismatches dropped to zero in the pilot.',
        ...(a % 3 === 0 && { metric: { name: 'p95 write latency', before: 180, after: 42, unit: 'ms' } }),
        skills: [{ skillId: skillIds[a], level: 'practitioner' }],
      }),
    );
  }
  const { token } = await createToken(deps, actor, { name: 'bench-pdf' });
  return token;
}

/** What the seeding child leaves for the server: the credentials it made. */
const seededFile = () => path.join(dataDir, 'seeded.json');
const benchConfig = () => loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SIGNUP: 'invite' });

/**
 * Seeds the database in a process of its own and exits, so the server the bench measures
 * (its RSS above all) never held the seeding's garbage: it starts on a database that is
 * simply there, as a real instance does.
 */
async function seedOnly() {
  const runtime = await startRuntime(benchConfig(), { clock, webDir: builtWebDir });
  try {
    const { token, session } = await seed(runtime.deps);
    const response = await runtime.app.inject({
      method: 'GET',
      url: '/api/v1/map',
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.statusCode !== 200) throw new Error(`GET /api/v1/map answered ${response.statusCode}: ${response.body}`);
    const map = JSON.parse(response.body);
    const skillCount = map.destinations.reduce((n, d) => n + d.skills.length, 0);
    if (map.destinations.length !== 3 || skillCount !== 12) throw new Error('Seeding did not produce 3 x 4 skills.');
    fs.writeFileSync(path.join(dataDir, 'map.json'), response.rawPayload);
    const pdfToken = await seedPdfReader(runtime.deps);
    fs.writeFileSync(seededFile(), JSON.stringify({ token, session, pdfToken }));
  } finally {
    await runtime.close();
  }
}

async function main() {
  execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_DATA_DIR: dataDir, BENCH_SEED_ONLY: '1' },
    stdio: ['ignore', 2, 2],
  });
  const { token, session, pdfToken } = JSON.parse(fs.readFileSync(seededFile(), 'utf8'));
  constantMap = JSON.parse(fs.readFileSync(path.join(dataDir, 'map.json'), 'utf8'));

  const config = benchConfig();
  const runtime = await startRuntime(config, { clock, webDir: builtWebDir, extraRoutes: baselineRoute });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await runtime.close();
    } finally {
      removeOwnDir();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  await runtime.app.listen({ host: config.host, port: config.port });
  const address = runtime.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(`READY http://${config.host}:${port} ${token} ${session} ${pdfToken}\n`);
}

(process.env.BENCH_SEED_ONLY ? seedOnly().then(() => process.exit(0)) : main()).catch((error) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  removeOwnDir();
  process.exit(1);
});
