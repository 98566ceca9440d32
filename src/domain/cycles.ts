/**
 * Learning cycles as the source plans them (the Growth Map guide, section 3): "4-6 weeks cycles", and in
 * the sample 6-week cycle week 1 defines a mini-goal, weeks 2-4 deep-dive, week 5 demonstrates
 * and week 6 reflects. The source also offers "4 weeks with a 2-week review" (section 10), so
 * the reflect part may take the last 1 or 2 weeks.
 *
 * Dates are 'YYYY-MM-DD' calendar dates. All arithmetic runs on UTC midnights built from the
 * string, so neither the server's time zone nor daylight saving can shift a day.
 */
import type { CycleStatus, CycleWeek, Phase } from '../schemas/cycles.js';
import { utcMidnight } from './time.js';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds at UTC midnight of a calendar date; rejects impossible dates like 2026-02-30. */
function toUtc(date: string): number {
  const m = DATE.exec(date);
  const ms = m ? utcMidnight(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  // The day rolls 02-30 over to 03-02; formatting back and comparing catches that.
  if (Number.isNaN(ms) || fromUtc(ms) !== date) throw new RangeError(`Expected a YYYY-MM-DD calendar date, got “${date}”`);
  return ms;
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** to − from in days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 4, 5 or 6 weeks; 1 or 2 review weeks, and 2 only from 5 weeks on so at least one deep-dive week remains. */
function assertShape(lengthWeeks: number, reviewWeeks: number): void {
  if (!Number.isInteger(lengthWeeks) || lengthWeeks < 4 || lengthWeeks > 6) {
    throw new RangeError(`A cycle is 4, 5 or 6 weeks, got ${lengthWeeks}`);
  }
  if (!Number.isInteger(reviewWeeks) || reviewWeeks < 1 || reviewWeeks > 2) {
    throw new RangeError(`A cycle has 1 or 2 review weeks, got ${reviewWeeks}`);
  }
  if (reviewWeeks === 2 && lengthWeeks < 5) {
    throw new RangeError('Two review weeks need a cycle of at least 5 weeks');
  }
}

/** Week 1 define; weeks 2..L−R−1 deep-dive; week L−R demonstrate; the last R weeks reflect. */
export function phaseOf(week: number, lengthWeeks: number, reviewWeeks: number): Phase {
  assertShape(lengthWeeks, reviewWeeks);
  if (!Number.isInteger(week) || week < 1 || week > lengthWeeks) {
    throw new RangeError(`Week ${week} is outside a ${lengthWeeks}-week cycle`);
  }
  if (week === 1) return 'define';
  if (week > lengthWeeks - reviewWeeks) return 'reflect';
  if (week === lengthWeeks - reviewWeeks) return 'demonstrate';
  return 'deep-dive';
}

/** L consecutive 7-day weeks from startDate (week 1 starts on startDate; endDate inclusive = start + 6 days). */
export function planWeeks(startDate: string, lengthWeeks: number, reviewWeeks: number): CycleWeek[] {
  assertShape(lengthWeeks, reviewWeeks);
  return Array.from({ length: lengthWeeks }, (_, i) => ({
    number: i + 1,
    startDate: addDays(startDate, i * 7),
    endDate: addDays(startDate, i * 7 + 6),
    phase: phaseOf(i + 1, lengthWeeks, reviewWeeks),
  }));
}

/** The Monday on or after `today` (today itself if it is a Monday): cycles start at the top of a work week. */
export function defaultStartDate(today: string): string {
  const weekday = new Date(toUtc(today)).getUTCDay(); // 0 = Sunday, 1 = Monday
  return addDays(today, (8 - weekday) % 7);
}

/** How far from the user's today a cycle may start: a cycle is 4–6 weeks of work, not a record of a past decade. */
export const START_WINDOW = { yearsBack: 1, yearsAhead: 2 } as const;

/** Why a start date is outside the window around today, or null when it is fine. */
export function startDateProblem(startDate: string, today: string): string | null {
  const earliest = addDays(today, -365 * START_WINDOW.yearsBack);
  const latest = addDays(today, 365 * START_WINDOW.yearsAhead);
  if (startDate < earliest) return `A cycle can start at most a year ago (on or after ${earliest}).`;
  if (startDate > latest) return `A cycle can start at most two years ahead (on or before ${latest}).`;
  return null;
}

/** A finished pause: from the day it began, for so many days. */
export interface Pause {
  from: string;
  days: number;
}

export interface CycleTiming {
  startDate: string;
  lengthWeeks: number;
  reviewWeeks: number;
  /** Earlier pauses, already over. */
  pauses: readonly Pause[];
  /** Set while paused. */
  pausedSince: string | null;
  reviewed: boolean;
  cancelled: boolean;
}

/**
 * The schedule as it stands on `today`. Weeks that ended before a pause keep their dates; the
 * week a pause falls in stretches by the paused days and every later week moves by them; a pause
 * on or before the first day moves the whole plan. While paused, the days since pausedSince count, so the
 * user resumes at the same point of the cycle.
 */
export function scheduleOn(timing: CycleTiming, today: string): CycleWeek[] {
  // A pause stamped after `today` (clock skew between devices) has not started yet.
  const ongoing =
    timing.pausedSince === null ? [] : [{ from: timing.pausedSince, days: Math.max(0, daysBetween(timing.pausedSince, today)) }];
  const pauses = [...timing.pauses, ...ongoing].filter((p) => p.days > 0).sort((a, b) => a.from.localeCompare(b.from));
  let offset = 0;
  let next = 0;
  // A pause from the first day on means the cycle starts later.
  for (; next < pauses.length && pauses[next]!.from <= timing.startDate; next++) offset += pauses[next]!.days;
  return planWeeks(timing.startDate, timing.lengthWeeks, timing.reviewWeeks).map((week) => {
    const startDate = addDays(week.startDate, offset);
    let endDate = addDays(startDate, 6);
    for (; next < pauses.length && pauses[next]!.from <= endDate; next++) {
      endDate = addDays(endDate, pauses[next]!.days);
      offset += pauses[next]!.days;
    }
    return { ...week, startDate, endDate };
  });
}

/**
 * planned before the start; active in work weeks; in-review in reflect weeks; review-overdue after
 * the last day with no review; closed once reviewed; cancelled if cancelled. A paused cycle keeps the
 * status of the day it was paused: the schedule slides with each paused day, so `today` stays put in it.
 */
export function deriveCycleStatus(timing: CycleTiming, today: string): CycleStatus {
  if (timing.cancelled) return 'cancelled';
  if (timing.reviewed) return 'closed';
  const weeks = scheduleOn(timing, today);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) throw new RangeError('A cycle has at least one week'); // unreachable: planWeeks checks the shape
  if (today < first.startDate) return 'planned';
  if (today > last.endDate) return 'review-overdue';
  const week = weeks.find((w) => w.startDate <= today && today <= w.endDate);
  return week?.phase === 'reflect' ? 'in-review' : 'active';
}

/** The week number containing today, or null outside the cycle. */
export function currentWeekNumber(weeks: readonly CycleWeek[], today: string): number | null {
  // 'YYYY-MM-DD' strings sort like the dates they name.
  return weeks.find((w) => w.startDate <= today && today <= w.endDate)?.number ?? null;
}

/** What each phase asks, in the source's words (the Growth Map guide, section 3), phrased to follow the phase's name. */
export const phaseAsks: Record<Phase, string> = {
  define: 'set a concrete mini-goal aligned with a destination',
  'deep-dive': 'go deep through a chosen medium (books, courses, or a self-initiated project)',
  demonstrate: 'show your progress to a peer or mentor',
  reflect: 'adjust mastery levels and set the next mini-goal',
};

const phaseNames: Record<Phase, string> = {
  define: 'define',
  'deep-dive': 'deep dive',
  demonstrate: 'demonstrate',
  reflect: 'reflect',
};

/** "Week 5 of 6 — demonstrate: show your progress to a peer or mentor" */
export function weekHeadline(weekNumber: number, lengthWeeks: number, phase: Phase): string {
  return `Week ${weekNumber} of ${lengthWeeks} — ${phaseNames[phase]}: ${phaseAsks[phase]}`;
}

/** Weeks that have fully or partly passed (startDate <= today) with no entry: the gaps in the log. */
export function logGaps(weeks: readonly CycleWeek[], weeksWithEntries: readonly number[], today: string): number[] {
  const logged = new Set(weeksWithEntries);
  return weeks
    .filter((w) => w.startDate <= today && !logged.has(w.number))
    .map((w) => w.number)
    .sort((a, b) => a - b);
}
