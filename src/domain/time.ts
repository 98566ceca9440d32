/** Time as the product sees it: instants in UTC, calendar dates as 'YYYY-MM-DD'. */

/** Where the app reads the time from, so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

// One formatter per zone: building an Intl.DateTimeFormat is slow and holds native memory.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
// The last answer per zone and the second it holds for: formatting costs microseconds on every
// request that needs "today", and a zone's offset is always a whole number of seconds, so the
// date cannot change within one second.
const lastDates = new Map<string, { second: number; date: string }>();

/** The calendar date it is in `timeZone` at `instant` ("today" for that user). */
export function dateIn(timeZone: string, instant: Date): string {
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastDates.get(timeZone);
  if (last?.second === second) return last.date;
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, formatter);
  }
  const date = formatter.format(instant);
  lastDates.set(timeZone, { second, date });
  return date;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Milliseconds at UTC midnight of a day; the month and day may overflow as with Date.UTC.
 * Date.UTC maps the years 0–99 to 1900–1999; setUTCFullYear takes every year as written.
 */
export function utcMidnight(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function addMilliseconds(instant: Date, ms: number): Date {
  return new Date(instant.getTime() + ms);
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;
