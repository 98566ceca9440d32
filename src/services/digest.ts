/**
 * The weekly email digest: opt-in per user (preferences.digestEnabled), only when SMTP_URL is set.
 *
 * One digest per user per ISO week of the user's own today ('2026-W10'). It becomes due on
 * Monday 07:00 in the user's time zone and stays due all week, so a user who opts in on a
 * Wednesday gets this week's digest on the next run. The (user, period) row in
 * digest_deliveries is the job: created once (unique), worked on only by the instance whose
 * conditional UPDATE took its lease, retried with backoff after a failure, and closed as
 * 'gave-up' (logged as an error) after MAX_ATTEMPTS or when its week is over. No state in
 * the process; every instant comes from deps.clock.
 */
import * as deliveries from '../db/repositories/digest.js';
import { MINUTE, addMilliseconds, utcMidnight } from '../domain/time.js';
import type { User } from '../schemas/accounts.js';
import { OwnerScope } from './access.js';
import { type ServiceDeps, newId, todayFor } from './context.js';
import type { MailMessage, Mailer } from './mail.js';
import { weekOf } from './thisWeek.js';

export interface DigestLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const HOUR = 60 * MINUTE;

/** How long an instance holds a digest while it sends it; longer than any SMTP timeout below. */
export const LEASE_MS = 5 * MINUTE;
/** Wait after the 1st, 2nd, … failed attempt; the last value repeats. */
export const BACKOFF_MS = [5 * MINUTE, 30 * MINUTE, 2 * HOUR, 12 * HOUR, 24 * HOUR] as const;
/** After this many failed attempts the digest is given up (and that is logged as an error). */
export const MAX_ATTEMPTS = 8;
/** The digest of a week is due from Monday at this hour, user-local. */
export const SEND_FROM_HOUR = 7;

export const backoffAfter = (attempts: number): number => BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0];

/** ISO 8601 week of a 'YYYY-MM-DD' date: '2026-W10'. Week 1 holds the year's first Thursday. */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(utcMidnight(y, m - 1, d));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - utcMidnight(year, 0, 1)) / 86_400_000); // 0-based
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

function localHour(timeZone: string, instant: Date): number {
  let formatter = hourFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormatters.set(timeZone, formatter);
  }
  return Number(formatter.format(instant));
}

/** This week's period for the user, or null before Monday 07:00 of it (user-local). */
export function duePeriod(deps: ServiceDeps, user: User): string | null {
  const today = todayFor(deps, user);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const monday = new Date(utcMidnight(y, m - 1, d)).getUTCDay() === 1;
  if (monday && localHour(user.timeZone, deps.clock.now()) < SEND_FROM_HOUR) return null;
  return isoWeek(today);
}

/** The digest's content: this week's cycles and what is due, overdue first. Plain text, nothing tracked. */
export async function composeDigest(deps: ServiceDeps, user: User): Promise<MailMessage> {
  const week = await weekOf(deps, OwnerScope.forDigest(user), user.createdAt);
  const overdue = week.due.filter((d) => d.overdue).length;
  const things = `${week.due.length} ${week.due.length === 1 ? 'thing' : 'things'} to do`;
  const subject = `Your Growth Map week: ${week.due.length === 0 ? 'nothing due' : things}${overdue > 0 ? `, ${overdue} overdue` : ''}`;

  const lines = [`Hello ${user.name},`, '', `This week (${isoWeek(week.today)}), as of ${week.today}.`, ''];
  lines.push('Running cycles');
  if (week.cycles.length === 0) lines.push('- None running.');
  for (const { cycle, headline } of week.cycles) lines.push(`- ${cycle.goal}`, `  ${headline}`);
  lines.push('', 'Due');
  if (week.due.length === 0) lines.push('- Nothing due.');
  for (const item of week.due) {
    lines.push(item.overdue ? `- [overdue] ${item.title} (was due ${item.due})` : `- ${item.title} (due ${item.due})`);
  }
  lines.push(
    '',
    `Open Growth Map: ${deps.baseUrl}`,
    '',
    '--',
    'You get this email because you turned on the weekly digest in your Growth Map preferences.',
  );
  return { to: user.email, subject, text: `${lines.join('\n')}\n` };
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/** Closes open rows of earlier weeks: the digest of a week that is over is not sent late. */
async function closeStale(deps: ServiceDeps, user: User, period: string, log: DigestLog): Promise<void> {
  const now = deps.clock.now().toISOString();
  for (const stale of await deliveries.listStaleDeliveries(deps.db, user.id, period, now)) {
    const reason = `its week ended before it could be sent${stale.lastError ? `; last error: ${stale.lastError}` : ''}`;
    if (await deliveries.abandonDelivery(deps.db, stale.id, now, reason.slice(0, 1000))) {
      log.error(
        { userId: user.id, period: stale.period, attempts: stale.attempts, error: stale.lastError },
        'weekly digest given up',
      );
    }
  }
}

type Outcome = 'sent' | 'failed' | 'skipped';

async function deliverTo(deps: ServiceDeps, mailer: Mailer, log: DigestLog, user: User): Promise<Outcome> {
  const period = duePeriod(deps, user);
  if (period === null) return 'skipped';
  const now = deps.clock.now();
  await deliveries.ensureDelivery(deps.db, { id: newId(), userId: user.id, period, now: now.toISOString() });
  await closeStale(deps, user, period, log);

  const lease = addMilliseconds(now, LEASE_MS).toISOString();
  const job = await deliveries.claimDelivery(deps.db, user.id, period, now.toISOString(), lease);
  if (!job) return 'skipped'; // sent, given up, waiting for its retry, or another instance has it

  const attempts = job.attempts + 1;
  try {
    await mailer.send(await composeDigest(deps, user));
  } catch (error) {
    const message = errorText(error);
    const at = deps.clock.now();
    const gaveUp = attempts >= MAX_ATTEMPTS;
    const nextAttemptAt = addMilliseconds(at, backoffAfter(attempts)).toISOString();
    const recorded = await deliveries.finishDelivery(deps.db, job.id, lease, {
      status: gaveUp ? 'gave-up' : 'failed',
      attempts,
      nextAttemptAt,
      error: message,
    });
    const details = { userId: user.id, period, attempts, error: message, recorded };
    if (gaveUp) log.error(details, 'weekly digest given up');
    else log.warn({ ...details, nextAttemptAt }, 'weekly digest not sent; will retry');
    return 'failed';
  }
  const recorded = await deliveries.finishDelivery(deps.db, job.id, lease, {
    status: 'sent',
    attempts,
    sentAt: deps.clock.now().toISOString(),
  });
  // The lease ran out mid-send and another instance took the job: it may send once more.
  if (!recorded) log.warn({ userId: user.id, period }, 'weekly digest sent after its lease expired');
  log.info({ userId: user.id, period }, 'weekly digest sent');
  return 'sent';
}

/** Sends every digest that is due now. One user's failure is logged and never stops the others. */
export async function runDueDigests(
  deps: ServiceDeps,
  mailer: Mailer,
  log: DigestLog,
): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 };
  for (const user of await deliveries.listDigestRecipients(deps.db)) {
    try {
      const outcome = await deliverTo(deps, mailer, log, user);
      if (outcome !== 'skipped') counts[outcome]++;
    } catch (error) {
      // The database, not the mail: the row (if any) keeps its state and the lease runs out.
      counts.failed++;
      log.error({ userId: user.id, error: errorText(error) }, 'weekly digest run failed for a user');
    }
  }
  return counts;
}
