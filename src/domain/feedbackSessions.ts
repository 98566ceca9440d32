import type { Level } from '../schemas/common.js';
import type { RotationNotice } from '../schemas/feedbackSessions.js';
import { addDays, daysBetween } from './cycles.js';
import { levelDefinitions } from './levels.js';

/** Partners are people, not strings: "Ana", "ana " and "ANA" are one partner. */
export function partnerKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

export interface CarryCandidate {
  id: string;
  status: 'open' | 'done' | 'dropped';
  origin: { id: string; partner: string; date: string };
  carriedInto: readonly string[];
}

/**
 * Growth-map guide, section 7: an agreed action is followed up until it is done or dropped. An open
 * item carries into a later (or same-day) session with the same partner, never back in time.
 */
export function itemsToCarry<T extends CarryCandidate>(
  items: readonly T[],
  session: { id: string; partner: string; date: string },
): T[] {
  const key = partnerKey(session.partner);
  return items.filter(
    (item) =>
      item.status === 'open' &&
      item.origin.id !== session.id &&
      partnerKey(item.origin.partner) === key &&
      item.origin.date <= session.date &&
      !item.carriedInto.includes(session.id),
  );
}

/** "Demonstrates deep understanding of tracing (P)": the note with the level's letter. */
export function observationLabel(observation: { level: Level; note: string }): string {
  return `${observation.note} (${levelDefinitions[observation.level].letter})`;
}

/** The Monday of a date's week: the rotation counts weeks the way the calendar shows them. */
export function weekStartOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export interface Pairing {
  id: string;
  partner: string;
  domain: string | null;
  date: string;
}

export function rotationWeeks(pairings: readonly Pairing[]): { weekStart: string; sessions: Omit<Pairing, 'date'>[] }[] {
  const byWeek = new Map<string, Omit<Pairing, 'date'>[]>();
  for (const { date, ...rest } of [...pairings].sort((a, b) => b.date.localeCompare(a.date))) {
    const week = weekStartOf(date);
    byWeek.set(week, [...(byWeek.get(week) ?? []), rest]);
  }
  return [...byWeek].map(([weekStart, sessions]) => ({ weekStart, sessions }));
}

function pairedIn(pairing: Pairing, domain: string): boolean {
  const worked = pairing.domain ? partnerKey(pairing.domain) : '';
  const wanted = partnerKey(domain);
  return worked !== '' && (worked.includes(wanted) || wanted.includes(worked));
}

/**
 * Growth-map guide, section 7 (rotate pairing partners and domains): every domain you work toward
 * (the skills of your active destinations) that has not been paired in `staleAfterWeeks` weeks gets
 * a notice. Never enforced.
 */
export function rotationNotices(
  pairings: readonly Pairing[],
  domains: readonly string[],
  today: string,
  staleAfterWeeks: number,
): RotationNotice[] {
  const seen = new Set<string>();
  const notices: RotationNotice[] = [];
  for (const domain of domains) {
    if (seen.has(partnerKey(domain))) continue;
    seen.add(partnerKey(domain));
    const last = pairings
      .filter((pairing) => pairing.date <= today && pairedIn(pairing, domain))
      .reduce<string | null>((latest, pairing) => (latest === null || pairing.date > latest ? pairing.date : latest), null);
    if (last !== null && daysBetween(last, today) < staleAfterWeeks * 7) continue;
    notices.push({
      domain,
      lastPaired: last,
      message:
        last === null
          ? `You have not paired on ${domain} yet.`
          : `You have not paired on ${domain} for ${Math.floor(daysBetween(last, today) / 7)} weeks.`,
    });
  }
  return notices;
}

const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * Whether the 1:1 cadence from the preferences puts a slot on `date`: the slot's weekday, on or after
 * its start, every `intervalWeeks` weeks from the first occurrence (as the calendar feed repeats it).
 */
export function cadenceFallsOn(
  cadence: { weekday: string; intervalWeeks: number; startDate: string } | null,
  date: string,
): boolean {
  if (cadence === null || date < cadence.startDate) return false;
  const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
  if (weekdays[weekday(date)] !== cadence.weekday) return false;
  const first = addDays(cadence.startDate, (weekday(date) - weekday(cadence.startDate) + 7) % 7);
  return (daysBetween(first, date) / 7) % cadence.intervalWeeks === 0;
}
