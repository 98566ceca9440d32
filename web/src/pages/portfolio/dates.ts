import { dateIn } from '../../../../src/domain/time.js';

const DAY = 24 * 60 * 60 * 1000;

/** The browser's own calendar date: the expiry picked is the end of a day where the person is. */
export const localToday = (): string => dateIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The last day a link may run to: its end is still within a year of now, as the server requires. */
export function latestPick(today: string): string {
  const yearOn = new Date(`${today}T00:00:00Z`);
  yearOn.setUTCFullYear(yearOn.getUTCFullYear() + 1);
  return addDays(yearOn.toISOString().slice(0, 10), -1);
}

/** The end of the picked day in the browser's time zone, as an instant. */
export const endOfDay = (date: string): string => new Date(`${date}T23:59:59.999`).toISOString();
