/**
 * RFC 5545 (iCalendar) output of a user's learning cycles: cycle weeks, reviews and the
 * recurring feedback 1:1, for subscribing to or importing into a calendar app.
 *
 * Libraries:
 * - `ical.js` builds the components: it escapes TEXT, writes DATE / DATE-TIME values with
 *   TZID and serialises RRULEs (the `ics` package cannot write TZID).
 * - `timezones-ical-library` supplies the VTIMEZONE: ical.js has no time-zone database, and
 *   this maintained package (regular releases; 2.3.2 of Sept 2026 has data of July 2026)
 *   ships vzic-generated VTIMEZONE blocks for every IANA zone, aliases included. A block
 *   holds the zone's current rules (STANDARD/DAYLIGHT with RRULEs from 1970), so it covers
 *   any date we schedule; probing Intl would only give explicit transitions for a few years.
 *
 * Line folding is done here, not by ical.js: ical.js folds continuation lines at 75 octets
 * plus the leading space (76), while RFC 5545 §3.1 allows 75 including it.
 */
import ICAL from 'ical.js';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface CalendarInput {
  timeZone: string; // IANA zone of the user, e.g. 'Europe/Berlin'
  calendarName: string; // 'Growth Map — Ada'
  uidDomain: string; // e.g. the host of BASE_URL; UIDs are `${kind}-${id}@${uidDomain}`
  generatedAt: string; // ISO instant (DTSTAMP), from the app's clock
  cycleWeeks: {
    cycleId: string;
    goal: string;
    number: number;
    lengthWeeks: number;
    startDate: string;
    endDate: string;
    phase: 'define' | 'deep-dive' | 'demonstrate' | 'reflect';
    headline: string;
  }[];
  reviewDates: { cycleId: string; goal: string; date: string }[]; // cycle review dates
  nextQuarterlyReview: string | null; // 'YYYY-MM-DD'
  /** A recurring 1:1 at `time` (wall clock) in the user's zone. */
  feedbackSlot: null | {
    weekday: Weekday;
    time: string; // 'HH:MM'
    intervalWeeks: number;
    startDate: string;
    durationMinutes: number;
  };
}

const PRODID = '-//Growth Map//EN';
const FOLD_OCTETS = 75;
const WEEKDAYS: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']; // Date#getUTCDay order

/** The .ics text: CRLF line endings, lines folded at 75 octets. */
export function buildCalendar(input: CalendarInput): string {
  const generatedAt = new Date(input.generatedAt);
  if (Number.isNaN(generatedAt.getTime())) throw new RangeError(`generatedAt is not an instant: ${input.generatedAt}`);
  const stamp = ICAL.Time.fromJSDate(generatedAt, true);
  const uids = new Set<string>();
  const uid = (kind: string, id: string): string => {
    const base = `${kind}-${id}`;
    let candidate = base;
    for (let n = 2; uids.has(candidate); n++) candidate = `${base}-${n}`;
    uids.add(candidate);
    return `${candidate}@${input.uidDomain}`;
  };

  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('prodid', PRODID);
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  // X- properties have no value type in ical.js, so it would not escape them: escape here.
  cal.addPropertyWithValue('x-wr-calname', escapeText(clean(input.calendarName)));
  cal.addPropertyWithValue('x-wr-timezone', escapeText(input.timeZone));
  cal.addSubcomponent(vtimezone(input.timeZone));

  const allDay = (id: string, date: string, endDate: string, summary: string, description: string) => {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', id);
    event.addPropertyWithValue('dtstamp', stamp);
    event.addPropertyWithValue('dtstart', dateValue(date));
    event.addPropertyWithValue('dtend', dateValue(addDays(endDate, 1))); // DTEND is exclusive
    event.addPropertyWithValue('summary', clean(summary));
    if (description) event.addPropertyWithValue('description', clean(description));
    event.addPropertyWithValue('transp', 'TRANSPARENT'); // a marker, not a busy day
    cal.addSubcomponent(event);
  };

  for (const week of input.cycleWeeks) {
    const summary = `Week ${week.number} of ${week.lengthWeeks} — ${week.phase}`;
    const description = week.headline ? `Goal: ${week.goal}\n${week.headline}` : `Goal: ${week.goal}`;
    allDay(uid('week', `${week.cycleId}-${week.number}`), week.startDate, week.endDate, summary, description);
  }
  for (const review of input.reviewDates) {
    allDay(uid('review', review.cycleId), review.date, review.date, `Cycle review: ${review.goal}`, `Goal: ${review.goal}`);
  }
  if (input.nextQuarterlyReview !== null) {
    const date = input.nextQuarterlyReview;
    allDay(uid('quarterly', 'review'), date, date, 'Quarterly review', 'Review the quarter and plan the next cycles.');
  }
  if (input.feedbackSlot !== null)
    cal.addSubcomponent(feedbackEvent(input.feedbackSlot, input.timeZone, stamp, uid('feedback', 'slot')));

  return fold(cal.toString());
}

function feedbackEvent(slot: NonNullable<CalendarInput['feedbackSlot']>, timeZone: string, stamp: ICAL.Time, uid: string) {
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(slot.time);
  if (!time) throw new RangeError(`feedback slot time is not HH:MM: ${slot.time}`);
  if (!Number.isInteger(slot.intervalWeeks) || slot.intervalWeeks < 1)
    throw new RangeError('intervalWeeks must be a positive integer');
  if (!Number.isInteger(slot.durationMinutes) || slot.durationMinutes < 1)
    throw new RangeError('durationMinutes must be a positive integer');
  const target = WEEKDAYS.indexOf(slot.weekday);
  if (target < 0) throw new RangeError(`not a weekday: ${slot.weekday}`);

  // The first occurrence: on or after startDate, on the slot's weekday; wall-clock time in the zone.
  const day = addDays(slot.startDate, (target - toDate(slot.startDate).getUTCDay() + 7) % 7);
  const start = ICAL.Time.fromDateString(day);
  start.isDate = false;
  start.hour = Number(time[1]);
  start.minute = Number(time[2]);
  const end = start.clone();
  end.addDuration(ICAL.Duration.fromSeconds(slot.durationMinutes * 60));

  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', uid);
  event.addPropertyWithValue('dtstamp', stamp);
  event.addPropertyWithValue('dtstart', start).setParameter('tzid', timeZone);
  event.addPropertyWithValue('dtend', end).setParameter('tzid', timeZone);
  event.addPropertyWithValue(
    'rrule',
    ICAL.Recur.fromData({ freq: 'WEEKLY', interval: slot.intervalWeeks, byday: [slot.weekday] }),
  );
  event.addPropertyWithValue('summary', 'Feedback 1:1');
  event.addPropertyWithValue('description', 'Recurring feedback conversation for your learning cycle.');
  return event;
}

let knownZones: Set<string> | undefined;

/** The zone's VTIMEZONE, its TZID set to the zone as the user has it (the library may answer with an alias's canonical name). */
function vtimezone(timeZone: string): ICAL.Component {
  knownZones ??= new Set(tzlib_get_timezones(false) as string[]);
  const known = knownZones;
  const zone = [timeZone, canonicalZone(timeZone)].find((z) => z !== null && known.has(z));
  const block = zone ? tzlib_get_ical_block(zone, false) : '';
  const text = Array.isArray(block) ? block[0] : block;
  if (!text) throw new RangeError(`no VTIMEZONE for time zone: ${timeZone}`);
  const component = new ICAL.Component(ICAL.parse(text));
  component.updatePropertyWithValue('tzid', timeZone);
  return component;
}

function canonicalZone(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function toDate(date: string): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return parsed;
}

function addDays(date: string, days: number): string {
  const d = toDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dateValue(date: string): ICAL.Time {
  toDate(date); // validates
  return ICAL.Time.fromDateString(date);
}

/** TEXT may hold no control characters but HTAB; line breaks become LF (escaped as \n). */
function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, '');
}

function escapeText(text: string): string {
  return text.replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** Unfolds ical.js's output and folds every line to at most 75 octets (the continuation's space included), never inside a code point. */
function fold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: string[] = [];
  for (const line of lines) {
    let current = '';
    let octets = 0;
    for (const char of line) {
      const cp = char.codePointAt(0) ?? 0;
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // UTF-8 octets
      if (octets + size > FOLD_OCTETS) {
        out.push(current);
        current = ' ';
        octets = 1;
      }
      current += char;
      octets += size;
    }
    out.push(current);
  }
  return `${out.join('\r\n')}\r\n`;
}

/** One timed event (a team workshop) as its own .ics file, in the organiser's zone. */
export interface EventInvite {
  timeZone: string;
  uid: string; // globally unique: `workshop-${id}@${host}`
  generatedAt: string; // ISO instant (DTSTAMP)
  date: string; // 'YYYY-MM-DD'
  time: string; // 'HH:MM', wall clock in timeZone
  durationMinutes: number;
  summary: string;
  description: string;
  /** Bumped on every change, so a calendar that imported it takes the newer copy. */
  sequence: number;
}

export function buildEventInvite(input: EventInvite): string {
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(input.time);
  if (!time) throw new RangeError(`event time is not HH:MM: ${input.time}`);
  const start = dateValue(input.date);
  start.isDate = false;
  start.hour = Number(time[1]);
  start.minute = Number(time[2]);
  const end = start.clone();
  end.addDuration(ICAL.Duration.fromSeconds(input.durationMinutes * 60));
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('prodid', PRODID);
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addSubcomponent(vtimezone(input.timeZone));
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', input.uid);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(new Date(input.generatedAt), true));
  event.addPropertyWithValue('sequence', input.sequence);
  event.addPropertyWithValue('dtstart', start).setParameter('tzid', input.timeZone);
  event.addPropertyWithValue('dtend', end).setParameter('tzid', input.timeZone);
  event.addPropertyWithValue('summary', clean(input.summary));
  if (input.description) event.addPropertyWithValue('description', clean(input.description));
  cal.addSubcomponent(event);
  return fold(cal.toString());
}
