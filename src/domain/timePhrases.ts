/**
 * The time phrases a goal's own words hold ("by June 2027", "Q3 2027", "within 9 months", "per
 * quarter"), each read as the day it promises, counted in whole UTC days. The SMART check reads
 * Time-bound and Achievable from them, and the cycle form its review date.
 */

import { utcMidnight } from './time.js';

const DAY_MS = 86_400_000;
const words = (list: string): string[] => list.trim().split(/\s+/);
export const NUMBER_WORDS = words('zero one two three four five six seven eight nine ten eleven twelve');
const MONTH_NAMES = words('january february march april may june july august september october november december');

const UNIT = '(day|week|month|quarter|year|sprint)s?';
const AMOUNT = String.raw`(\d+(?:\.\d+)?|an?|${NUMBER_WORDS.join('|')})`;
export const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|(?:${NUMBER_WORDS.join('|')})\b)`;
const PREP = String.raw`(?:\b(?:by|before|until|till|in|during|through)\s+(?:the\s+)?(?:end\s+of\s+)?|\b(?:the\s+)?end\s+of\s+)`;
const WITHIN = String.raw`(?:\b(?:within|in|over|inside|for|during)\s+(?:the\s+)?(?:next\s+|coming\s+|first\s+)?|\bnext\s+)`;
export const regex = (source: string): RegExp => new RegExp(source, 'gi');

/** A day counted from 1970-01-01 in UTC; whole numbers keep the calendar arithmetic exact. */
export type Day = number;
/** What a time phrase promises: a due day, a period that is always near ("per quarter", "this year"), or nothing. */
type Due = Day | 'near' | 'invalid';
export interface TimeSignal {
  phrase: string;
  due: Day | 'near';
}

export function parseDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(utcMidnight(y, mo - 1, d));
  // The day rolls 2027-02-30 over into March; the round trip rejects such non-dates.
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? date.getTime() / DAY_MS : null;
}
export const formatDay = (day: Day): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOf = (day: Day): number => new Date(day * DAY_MS).getUTCFullYear();
const endOfMonth = (year: number, month: number): Day => utcMidnight(year, month, 0) / DAY_MS;

/** Calendar months, clamped to the month's end: 24 months from 2024-02-29 is 2026-02-28. */
export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * DAY_MS);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + months];
  return utcMidnight(y, m, Math.min(d.getUTCDate(), new Date(utcMidnight(y, m + 1, 0)).getUTCDate())) / DAY_MS;
}

function amountOf(word: string): number {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  return NUMBER_WORDS.includes(w) ? NUMBER_WORDS.indexOf(w) : Number(w);
}

/** A sprint's length varies by team; two weeks is the common default and only matters near the 24-month limit. */
function addDuration(today: Day, amount: number, unit: string): Day {
  const days: Record<string, number> = { day: 1, week: 7, sprint: 14 };
  const months: Record<string, number> = { month: 1, quarter: 3, year: 12 };
  const u = unit.toLowerCase();
  return u in days ? today + Math.round(amount * (days[u] ?? 0)) : addMonths(today, Math.round(amount * (months[u] ?? 0)));
}

/** A period named without its year ("by Q3", "by June") means its next end from today. */
function nextEnd(today: Day, endIn: (year: number) => Day): Day {
  const thisYear = endIn(yearOf(today));
  return thisYear >= today ? thisYear : endIn(yearOf(today) + 1);
}

/** The last day of the current period, or of the next one ("end of next quarter"); a week or sprint has no fixed end. */
function periodEnd(today: Day, unit: string, next: boolean): Due {
  const d = new Date(today * DAY_MS);
  const [year, month, ahead] = [d.getUTCFullYear(), d.getUTCMonth() + 1, next ? 1 : 0];
  const u = unit.toLowerCase();
  if (u === 'year' || u === 'y') return endOfMonth(year + ahead, 12);
  if (u === 'quarter' || u === 'q') return endOfMonth(year, (Math.ceil(month / 3) + ahead) * 3);
  if (u === 'month' || u === 'm') return endOfMonth(year, month + ahead);
  return 'near';
}

const duration = (m: RegExpMatchArray, today: Day): Day => addDuration(today, amountOf(m[1] ?? ''), m[2] ?? '');
const monthEnd = (m: RegExpMatchArray, today: Day): Day => {
  const month = MONTH_NAMES.indexOf((m[1] ?? '').toLowerCase()) + 1;
  return m[2] ? endOfMonth(Number(m[2]), month) : nextEnd(today, (y) => endOfMonth(y, month));
};

/** Most specific first: each phrase is blanked once found, so "by end of 2027" is not read again as "end of year". */
const TIME_PHRASES: Array<[RegExp, (m: RegExpMatchArray, today: Day) => Due]> = [
  [regex(String.raw`${PREP}?\b(\d{4}-\d{2}-\d{2})\b`), (m) => parseDay(m[1] ?? '') ?? 'invalid'],
  [regex(String.raw`${PREP}?\bq([1-4])(?:\s+of)?\s+(\d{4})\b`), (m) => endOfMonth(Number(m[2]), Number(m[1]) * 3)],
  [regex(String.raw`${PREP}?\bh([12])(?:\s+of)?\s+(\d{4})\b`), (m) => endOfMonth(Number(m[2]), Number(m[1]) * 6)],
  [regex(String.raw`${PREP}q([1-4])\b`), (m, t) => nextEnd(t, (y) => endOfMonth(y, Number(m[1]) * 3))],
  [regex(String.raw`${PREP}(${MONTH_NAMES.join('|')})(?:\s+(\d{4}))?\b`), monthEnd],
  [regex(String.raw`${PREP}((?:19|20)\d{2})\b`), (m) => endOfMonth(Number(m[1]), 12)],
  [regex(String.raw`${WITHIN}${AMOUNT}[\s-]+${UNIT}\b`), duration],
  [regex(String.raw`\b${AMOUNT}-${UNIT}\b`), duration],
  // From here on the period is the current or the next one: it can be neither past nor beyond 24 months.
  [
    /(?:\bby\s+)?(?:\bthe\s+)?\bend\s+of\s+(?:the\s+|this\s+|(next)\s+)?(week|month|quarter|year|sprint)\b/gi,
    (m, t) => periodEnd(t, m[2] ?? '', m[1] !== undefined),
  ],
  [/\b(year|quarter|month)[-\s]end\b|\beo([yqm])\b/gi, (m, t) => periodEnd(t, m[1] ?? m[2] ?? '', false)],
  [/\b(?:this|next|the coming|coming)\s+(?:week|month|quarter|year|sprint|half)\b/gi, () => 'near'],
  [regex(String.raw`\b(?:per|every|each)\s+(?:${AMOUNT}\s+)?${UNIT}\b`), () => 'near'],
  // Only "a month" of "twice a month" is time; "twice" stays behind as a count for Measurable.
  [regex(String.raw`(?<=\b(?:once|twice|thrice|times)\s+)an?\s+${UNIT}\b`), () => 'near'],
  [/\b(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annually)\b/gi, () => 'near'],
];

/** Finds the time phrases; `rest` is the text without them, so "within 9 months" is never read as a measure. */
export function scanTime(text: string, today: Day): { signals: TimeSignal[]; rest: string } {
  const signals: TimeSignal[] = [];
  let rest = text;
  for (const [pattern, due] of TIME_PHRASES) {
    for (const m of rest.matchAll(pattern)) {
      const d = due(m, today);
      if (d !== 'invalid') signals.push({ phrase: m[0].trim(), due: d });
    }
    rest = rest.replace(pattern, ' ');
  }
  return { signals, rest };
}
