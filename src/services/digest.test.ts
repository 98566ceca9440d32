import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestSmtpServer } from '../../test/support/smtp.js';
import { type ServiceHarness, TestClock, databaseUrlFor, engines, serviceHarness } from '../../test/support/engines.js';
import * as deliveries from '../db/repositories/digest.js';
import { DAY, MINUTE } from '../domain/time.js';
import { loadConfig } from '../server/config.js';
import { shouldSendDigests } from '../server/digestScheduler.js';
import { startRuntime } from '../server/runtime.js';
import * as accounts from './accounts.js';
import type { Actor, ServiceDeps } from './context.js';
import * as cycles from './cycles.js';
import { type DigestLog, MAX_ATTEMPTS, backoffAfter, isoWeek, runDueDigests } from './digest.js';
import { createSmtpMailer, fromAddressFor } from './mail.js';
import * as destinations from './destinations.js';
import * as preferences from './preferences.js';

/** A port nothing listens on: connections are refused. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface LogEntry {
  level: 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
  message: string;
}

function collectingLog(): DigestLog & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (details: object, message: string) =>
    entries.push({ level, details: details as Record<string, unknown>, message });
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

const destination = {
  title: 'Design and implement a fault-tolerant microservice with end-to-end tracing in production within 9 months',
  category: 'technical-specialization' as const,
  businessImpact: 'Fewer customer-facing outages in checkout.',
};

/** The test clock starts on Monday 2026-03-02 09:00 UTC (10:00 in Berlin): ISO week 2026-W10. */
async function withRunningCycles(deps: ServiceDeps, actor: Actor) {
  const d = await destinations.createDestination(deps, actor, destination);
  // Started this Monday: week 1 of 6, its entry due on Sunday.
  const current = await cycles.createCycle(deps, actor, {
    destinationIds: [d.id],
    goal: 'Trace every checkout request',
    lengthWeeks: 6,
    reviewWeeks: 1,
    modes: [],
    startDate: '2026-03-02',
  });
  // Started two weeks ago with nothing logged: weeks 1 and 2 are overdue.
  const behind = await cycles.createCycle(deps, actor, {
    destinationIds: [d.id],
    goal: 'Run a chaos game day',
    lengthWeeks: 6,
    reviewWeeks: 1,
    modes: [],
    startDate: '2026-02-16',
  });
  return { current, behind };
}

async function optIn(deps: ServiceDeps, actor: Actor): Promise<void> {
  const current = await preferences.getPreferences(deps, actor);
  await preferences.patchPreferences(deps, actor, { version: current.version, digestEnabled: true });
}

describe('the ISO week of a date', () => {
  it('follows ISO 8601 across year ends', () => {
    expect(isoWeek('2026-03-02')).toBe('2026-W10');
    expect(isoWeek('2026-03-08')).toBe('2026-W10');
    expect(isoWeek('2026-03-09')).toBe('2026-W11');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
  });
});

describe.each(engines)('the weekly digest on %s', (engine) => {
  let smtp: TestSmtpServer;
  let h: ServiceHarness;
  let log: ReturnType<typeof collectingLog>;
  let ada: Actor;
  let bob: Actor;

  beforeAll(async () => {
    smtp = await new TestSmtpServer().start();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    smtp.messages.length = 0;
    smtp.refuse = false;
    h = await serviceHarness(engine);
    log = collectingLog();
    ada = await h.user('Ada');
    bob = await h.user('Bob');
    await withRunningCycles(h.deps, ada);
    await withRunningCycles(h.deps, bob);
    await optIn(h.deps, ada);
  });
  afterEach(() => h.dispose());

  const mailer = () => createSmtpMailer(smtp.url, fromAddressFor(h.deps.baseUrl));

  it('sends an opted-in user one plain message with each cycle’s headline and what is due, overdue first', async () => {
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 1, failed: 0 });

    expect(smtp.messages).toHaveLength(1);
    expect(smtp.to(bob.user.email)).toHaveLength(0); // did not opt in
    const [message] = smtp.to(ada.user.email);
    expect(message?.subject).toBe('Your Growth Map week: 5 things to do, 2 overdue');
    expect(message?.from?.text).toBe('"Growth Map" <no-reply@growthmap.test>');
    expect(message?.html).toBe(false);
    const text = message?.text ?? '';
    expect(text).toContain('Hello Ada,');
    expect(text).toContain('Trace every checkout request\n  Week 1 of 6 — ');
    expect(text).toContain('Run a chaos game day\n  Week 3 of 6 — ');
    expect(text).toContain('This week (2026-W10), as of 2026-03-02.');
    const lines = text.split('\n');
    const due = lines.slice(lines.indexOf('Due') + 1, lines.indexOf('', lines.indexOf('Due')));
    expect(due).toEqual([
      '- [overdue] Week 1 of “Run a chaos game day” has no entry (was due 2026-02-22)',
      '- [overdue] Week 2 of “Run a chaos game day” has no entry (was due 2026-03-01)',
      '- Log week 1 of “Trace every checkout request” (due 2026-03-08)',
      '- Log week 3 of “Run a chaos game day” (due 2026-03-08)',
      '- Quarterly growth review: retire what is done, add what is next (due 2026-06-02)',
    ]);
    expect(text).toContain('Open Growth Map: http://growthmap.test\n');
    expect(text).not.toMatch(/https?:\/\/(?!growthmap\.test)/); // no other links, nothing tracked

    const row = await deliveries.findDelivery(h.deps.db, ada.user.id, '2026-W10');
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: '2026-03-02T09:00:00.000Z',
      leaseUntil: null,
      lastError: null,
    });
    expect(await deliveries.listDeliveriesOfUser(h.deps.db, bob.user.id)).toEqual([]);
  });

  it('sends once a week: again in the same week sends nothing, the next week sends again', async () => {
    await runDueDigests(h.deps, mailer(), log);
    h.clock.advance(2 * DAY);
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);

    h.clock.advance(5 * DAY); // Monday 2026-03-09, 10:00 in Berlin
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.to(ada.user.email)).toHaveLength(2);
    const rows = await deliveries.listDeliveriesOfUser(h.deps.db, ada.user.id);
    expect(rows.map((r) => [r.period, r.status])).toEqual([
      ['2026-W10', 'sent'],
      ['2026-W11', 'sent'],
    ]);
  });

  it('waits for Monday 07:00 in the user’s time zone', async () => {
    h.clock.set('2026-03-02T05:59:00.000Z'); // 06:59 in Berlin
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 0, failed: 0 });
    expect(await deliveries.listDeliveriesOfUser(h.deps.db, ada.user.id)).toEqual([]);
    h.clock.set('2026-03-02T06:00:00.000Z'); // 07:00 in Berlin
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 1, failed: 0 });
  });

  it('sends each digest once when two instances run at the same moment on one database', async () => {
    const others: Actor[] = [];
    for (let i = 0; i < 4; i++) {
      const actor = await h.user(`Carol ${i}`);
      await optIn(h.deps, actor);
      others.push(actor);
    }
    // Two instances: their own deps and mailers, one database (on PostgreSQL a pool of connections).
    const one: ServiceDeps = { ...h.deps };
    const two: ServiceDeps = { ...h.deps };
    const [a, b] = await Promise.all([runDueDigests(one, mailer(), log), runDueDigests(two, mailer(), log)]);

    expect(a.sent + b.sent).toBe(5);
    expect(a.failed + b.failed).toBe(0);
    expect(smtp.messages).toHaveLength(5);
    for (const actor of [ada, ...others]) expect(smtp.to(actor.user.email)).toHaveLength(1);
    expect(smtp.to(bob.user.email)).toHaveLength(0);
  });

  it('keeps a refused digest, logs it and sends it after the backoff', async () => {
    smtp.refuse = true;
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 0, failed: 1 });
    expect(smtp.messages).toHaveLength(0);

    const failed = await deliveries.findDelivery(h.deps.db, ada.user.id, '2026-W10');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, leaseUntil: null, nextAttemptAt: '2026-03-02T09:05:00.000Z' });
    expect(failed?.lastError).toMatch(/Mailbox unavailable/);
    const warning = log.entries.find((e) => e.level === 'warn');
    expect(warning?.details).toMatchObject({ userId: ada.user.id, period: '2026-W10', attempts: 1 });
    expect(String(warning?.details.error)).toMatch(/Mailbox unavailable/);

    // Not before its time, even with the server back.
    smtp.refuse = false;
    h.clock.advance(4 * MINUTE);
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 0, failed: 0 });
    h.clock.advance(1 * MINUTE);
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.to(ada.user.email)).toHaveLength(1);
    expect(await deliveries.findDelivery(h.deps.db, ada.user.id, '2026-W10')).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });
  });

  it('backs off on an unreachable server, then gives up and says so as an error', async () => {
    const unreachable = createSmtpMailer(`smtp://127.0.0.1:${await closedPort()}`, fromAddressFor(h.deps.baseUrl));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await runDueDigests(h.deps, unreachable, log)).toEqual({ sent: 0, failed: 1 });
      expect(await runDueDigests(h.deps, unreachable, log)).toEqual({ sent: 0, failed: 0 }); // waiting
      h.clock.advance(backoffAfter(attempt));
    }
    const row = await deliveries.findDelivery(h.deps.db, ada.user.id, '2026-W10');
    expect(row).toMatchObject({ status: 'gave-up', attempts: MAX_ATTEMPTS });
    expect(row?.lastError).toMatch(/ECONNREFUSED/);
    expect(log.entries.filter((e) => e.level === 'warn')).toHaveLength(MAX_ATTEMPTS - 1);
    expect(log.entries.filter((e) => e.level === 'error')).toMatchObject([
      { details: { userId: ada.user.id, attempts: MAX_ATTEMPTS } },
    ]);
    expect(isoWeek(h.clock.now().toISOString().slice(0, 10))).toBe('2026-W10'); // all within the week
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 0, failed: 0 });
  });

  it('closes a digest its week left unsent, loudly, and sends the new week’s', async () => {
    smtp.refuse = true;
    await runDueDigests(h.deps, mailer(), log);
    smtp.refuse = false;
    h.clock.advance(7 * DAY);
    expect(await runDueDigests(h.deps, mailer(), log)).toEqual({ sent: 1, failed: 0 });
    const rows = await deliveries.listDeliveriesOfUser(h.deps.db, ada.user.id);
    expect(rows.map((r) => [r.period, r.status])).toEqual([
      ['2026-W10', 'gave-up'],
      ['2026-W11', 'sent'],
    ]);
    expect(log.entries.filter((e) => e.level === 'error')).toMatchObject([
      { details: { userId: ada.user.id, period: '2026-W10' } },
    ]);
  });
});

describe.each(engines)('the digest in the running app on %s', (engine) => {
  let smtp: TestSmtpServer;
  let dataDir: string;
  beforeEach(async () => {
    smtp = await new TestSmtpServer().start();
    dataDir = mkdtempSync(path.join(tmpdir(), 'growthmap-digest-'));
  });
  afterEach(async () => {
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends nothing without SMTP_URL, and sends when it is set', async () => {
    const databaseUrl = await databaseUrlFor(engine);
    const env = {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      BASE_URL: 'http://growthmap.test',
      SIGNUP: 'open',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    };
    const clock = new TestClock();

    const withoutSmtp = loadConfig(env);
    expect(shouldSendDigests(withoutSmtp)).toBe(false);
    const quiet = await startRuntime(withoutSmtp, { clock, webDir: null });
    expect(quiet.digestScheduler).toBeNull();
    const user = await accounts.setup(quiet.deps, {
      email: 'ada@example.test',
      name: 'Ada',
      password: 'a long and unusual passphrase',
      timeZone: 'Europe/Berlin',
    });
    await withRunningCycles(quiet.deps, { user });
    await optIn(quiet.deps, { user });
    await quiet.close();
    expect(smtp.messages).toHaveLength(0);

    const withSmtp = loadConfig({ ...env, SMTP_URL: smtp.url });
    expect(shouldSendDigests(withSmtp)).toBe(true);
    const sending = await startRuntime(withSmtp, { clock, webDir: null });
    expect(sending.digestScheduler).not.toBeNull();
    await sending.close(); // waits for the run the scheduler started with
    expect(smtp.to('ada@example.test')).toHaveLength(1);
    expect(smtp.messages[0]?.subject).toMatch(/^Your Growth Map week: /);
  });
});
