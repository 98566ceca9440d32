import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarInput } from './calendar.js';

// Every calendar is read back with ical.js's parser (ICAL.parse + ICAL.Component) with the
// VTIMEZONE it carries registered, and local times are checked against Intl, not ical.js.

const PHASES = ['define', 'deep-dive', 'deep-dive', 'demonstrate', 'demonstrate', 'reflect'] as const;

function sixWeekCycle(): CalendarInput['cycleWeeks'] {
  return PHASES.map((phase, i) => ({
    cycleId: 'cyc-1',
    goal: 'Own the payments service',
    number: i + 1,
    lengthWeeks: 6,
    startDate: addDays('2026-10-05', 7 * i), // Mondays
    endDate: addDays('2026-10-05', 7 * i + 6), // Sundays
    phase,
    headline: `Headline ${i + 1}`,
  }));
}

function input(overrides: Partial<CalendarInput> = {}): CalendarInput {
  return {
    timeZone: 'Europe/Berlin',
    calendarName: 'Growth Map — Ada',
    uidDomain: 'growth.example',
    generatedAt: '2026-09-30T12:00:00.000Z',
    cycleWeeks: sixWeekCycle(),
    reviewDates: [{ cycleId: 'cyc-1', goal: 'Own the payments service', date: '2026-11-16' }],
    nextQuarterlyReview: '2026-12-31',
    feedbackSlot: { weekday: 'TU', time: '10:00', intervalWeeks: 2, startDate: '2026-10-01', durationMinutes: 30 },
    ...overrides,
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Parses the text and registers its VTIMEZONE, as a calendar app would. */
function parse(ics: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezones = vcalendar.getAllSubcomponents('vtimezone');
  expect(vtimezones).toHaveLength(1);
  const vtimezone = vtimezones[0]!;
  ICAL.TimezoneService.register(vtimezone);
  const components = vcalendar.getAllSubcomponents('vevent');
  for (const component of components) {
    for (const required of ['uid', 'dtstamp', 'dtstart']) expect(component.getFirstProperty(required)).not.toBeNull();
  }
  const events = components.map((component) => new ICAL.Event(component));
  return { vcalendar, vtimezone, components, events, zone: new ICAL.Timezone(vtimezone) };
}

function allDayEvents(events: ICAL.Event[]) {
  return events.filter((event) => event.startDate.isDate);
}

/** Wall-clock date, weekday and time of an instant in a zone, by Intl. */
function local(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: parts.weekday, time: `${parts.hour}:${parts.minute}` };
}

/** The zone's UTC offset in seconds at an instant, by Intl. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
function intlOffsetSeconds(instant: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value; // 'GMT+02:00' or 'GMT'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3]) * 60);
}

/** Occurrences of the recurring event, as instants, from its start until `until` ('YYYY-MM-DD'). */
function occurrences(event: ICAL.Event, until: string): Date[] {
  const end = ICAL.Time.fromDateString(until);
  const iterator = event.iterator();
  const result: Date[] = [];
  for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) result.push(next.toJSDate());
  return result;
}

function recurring(events: ICAL.Event[]): ICAL.Event {
  const found = events.filter((event) => event.isRecurring());
  expect(found).toHaveLength(1);
  return found[0]!;
}

beforeEach(() => {
  ICAL.TimezoneService.reset();
});

describe('buildCalendar', () => {
  it('writes the calendar properties and one VTIMEZONE for the user zone', () => {
    const ics = buildCalendar(input());
    const { vcalendar, vtimezone } = parse(ics);
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcalendar.getFirstPropertyValue('prodid')).toBe('-//Growth Map//EN');
    expect(vcalendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ICAL.design.icalendar.value.text.fromICAL(vcalendar.getFirstPropertyValue('x-wr-calname'))).toBe('Growth Map — Ada');
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('makes each week of a 6-week cycle an all-day event with its phase, plus the review and the quarterly review', () => {
    const { events, components } = parse(buildCalendar(input()));
    const allDay = allDayEvents(events);
    expect(allDay).toHaveLength(8);
    for (const component of components.filter((c) => !c.hasProperty('rrule'))) {
      expect(component.getFirstProperty('dtstart')!.type).toBe('date');
      expect(component.getFirstProperty('dtend')!.type).toBe('date');
    }

    const weeks = allDay.filter((event) => event.summary.startsWith('Week '));
    expect(weeks.map((event) => event.summary)).toEqual([
      'Week 1 of 6 — define',
      'Week 2 of 6 — deep-dive',
      'Week 3 of 6 — deep-dive',
      'Week 4 of 6 — demonstrate',
      'Week 5 of 6 — demonstrate',
      'Week 6 of 6 — reflect',
    ]);
    expect(weeks.map((event) => [event.startDate.toString(), event.endDate.toString()])).toEqual([
      ['2026-10-05', '2026-10-12'],
      ['2026-10-12', '2026-10-19'],
      ['2026-10-19', '2026-10-26'],
      ['2026-10-26', '2026-11-02'],
      ['2026-11-02', '2026-11-09'],
      ['2026-11-09', '2026-11-16'],
    ]); // DTEND = endDate (Sunday) + 1: exclusive
    for (const [i, week] of weeks.entries()) {
      expect(week.description).toContain('Own the payments service');
      expect(week.description).toContain(`Headline ${i + 1}`);
    }

    const review = allDay.find((event) => event.summary.startsWith('Cycle review'))!;
    expect([review.startDate.toString(), review.endDate.toString()]).toEqual(['2026-11-16', '2026-11-17']);
    expect(review.summary).toContain('Own the payments service');
    const quarterly = allDay.find((event) => event.summary === 'Quarterly review')!;
    expect([quarterly.startDate.toString(), quarterly.endDate.toString()]).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('leaves out the quarterly review and the 1:1 when there are none', () => {
    const { events } = parse(buildCalendar(input({ nextQuarterlyReview: null, feedbackSlot: null })));
    expect(events).toHaveLength(7);
    expect(events.every((event) => !event.isRecurring())).toBe(true);
  });

  it('keeps UIDs stable across builds at different times, and unique', () => {
    const twoReviews = input({
      reviewDates: [
        { cycleId: 'cyc-1', goal: 'Own the payments service', date: '2026-11-16' },
        { cycleId: 'cyc-1', goal: 'Own the payments service', date: '2026-11-20' },
      ],
    });
    const first = parse(buildCalendar(twoReviews));
    const second = parse(buildCalendar({ ...twoReviews, generatedAt: '2026-10-07T08:15:00.000Z' }));
    const uids = first.events.map((event) => event.uid);
    expect(second.events.map((event) => event.uid)).toEqual(uids);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((uid) => uid.endsWith('@growth.example'))).toBe(true);
    expect(uids).toContain('week-cyc-1-1@growth.example');

    const stamps = (events: ICAL.Event[]) => events.map((event) => event.component.getFirstPropertyValue('dtstamp')!.toString());
    expect(new Set(stamps(first.events))).toEqual(new Set(['2026-09-30T12:00:00Z']));
    expect(new Set(stamps(second.events))).toEqual(new Set(['2026-10-07T08:15:00Z']));
  });

  it('keeps a Tuesday 10:00 fortnightly 1:1 at 10:00 in Europe/Berlin across both daylight-saving changes', () => {
    const ics = buildCalendar(input());
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20261006T100000\r\n'); // 2026-10-01 is a Thursday
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\r\n');
    const event = recurring(parse(ics).events);
    expect(event.startDate.zone.tzid).toBe('Europe/Berlin');
    expect(event.duration.toSeconds()).toBe(30 * 60);

    const all = occurrences(event, '2027-04-15'); // across 2026-10-25 and 2027-03-28
    expect(all).toHaveLength(14);
    for (const [i, instant] of all.entries()) {
      expect(local(instant, 'Europe/Berlin')).toEqual({ date: addDays('2026-10-06', 14 * i), weekday: 'Tue', time: '10:00' });
      const summer = instant < new Date('2026-10-25T01:00:00Z') || instant >= new Date('2027-03-28T01:00:00Z');
      expect(instant.toISOString().slice(11, 16)).toBe(summer ? '08:00' : '09:00');
    }
    expect(all.slice(0, 3).map((d) => d.toISOString())).toEqual([
      '2026-10-06T08:00:00.000Z',
      '2026-10-20T08:00:00.000Z',
      '2026-11-03T09:00:00.000Z',
    ]);
    expect(all.slice(-2).map((d) => d.toISOString())).toEqual(['2027-03-23T09:00:00.000Z', '2027-04-06T08:00:00.000Z']);
  });

  it('keeps the 1:1 at 10:00 in America/New_York across the November and March changes, starting on startDate itself', () => {
    const ics = buildCalendar(
      input({
        timeZone: 'America/New_York',
        feedbackSlot: { weekday: 'TU', time: '10:00', intervalWeeks: 2, startDate: '2026-10-13', durationMinutes: 45 },
      }),
    );
    expect(ics).toContain('DTSTART;TZID=America/New_York:20261013T100000\r\n');
    const { events, vtimezone } = parse(ics);
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('America/New_York');
    const all = occurrences(recurring(events), '2027-04-01');
    expect(all).toHaveLength(13);
    for (const [i, instant] of all.entries()) {
      expect(local(instant, 'America/New_York')).toEqual({ date: addDays('2026-10-13', 14 * i), weekday: 'Tue', time: '10:00' });
      const summer = instant < new Date('2026-11-01T06:00:00Z') || instant >= new Date('2027-03-14T07:00:00Z');
      expect(instant.toISOString().slice(11, 16)).toBe(summer ? '14:00' : '15:00');
    }
    expect(all.slice(1, 3).map((d) => d.toISOString())).toEqual(['2026-10-27T14:00:00.000Z', '2026-11-10T15:00:00.000Z']);
  });

  it('works in a zone without daylight saving (Asia/Tokyo) and in UTC', () => {
    const slot = { weekday: 'MO', time: '09:30', intervalWeeks: 1, startDate: '2026-10-01', durationMinutes: 60 } as const;
    for (const [timeZone, utcTime] of [
      ['Asia/Tokyo', '00:30'],
      ['UTC', '09:30'],
    ] as const) {
      ICAL.TimezoneService.reset();
      const { events, vtimezone } = parse(buildCalendar(input({ timeZone, feedbackSlot: slot })));
      expect(vtimezone.getFirstPropertyValue('tzid')).toBe(timeZone);
      expect(vtimezone.getAllSubcomponents('daylight')).toHaveLength(0);
      const all = occurrences(recurring(events), '2027-10-01');
      expect(all).toHaveLength(52);
      for (const [i, instant] of all.entries()) {
        expect(instant.toISOString()).toBe(`${addDays('2026-10-05', 7 * i)}T${utcTime}:00.000Z`);
        expect(local(instant, timeZone)).toMatchObject({ weekday: 'Mon', time: '09:30' });
      }
      expect(allDayEvents(events)).toHaveLength(8);
    }
  });

  it('round-trips commas, semicolons, backslashes, newlines and emoji, and folds long lines to 75 octets', () => {
    const goal = `Ship it, test it; learn \\ the "why"\nnext line\r\nWindows line\rold Mac line — 😀 👩‍💻 ünïcødé ${'a long goal '.repeat(12)}`;
    const name = 'Growth Map — Ada, Lovelace; \\ 📈';
    const ics = buildCalendar(input({ calendarName: name, reviewDates: [{ cycleId: 'cyc, 1; x', goal, date: '2026-11-16' }] }));
    const { vcalendar, events } = parse(ics);
    const expectedGoal = goal.replace(/\r\n?/g, '\n');
    const review = events.find((event) => event.summary.startsWith('Cycle review'))!;
    expect(review.summary).toBe(`Cycle review: ${expectedGoal}`);
    expect(review.description).toBe(`Goal: ${expectedGoal}`);
    expect(review.uid).toBe('review-cyc, 1; x@growth.example');
    expect(ICAL.design.icalendar.value.text.fromICAL(vcalendar.getFirstPropertyValue('x-wr-calname'))).toBe(name);

    const lines = ics.split('\r\n');
    expect(lines.pop()).toBe(''); // ends with CRLF
    expect(lines.some((line) => /[\r\n]/.test(line))).toBe(false); // no bare CR or LF
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2); // folded
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // no split code point
    }
  });

  it('drops control characters that TEXT may not hold', () => {
    const { events } = parse(
      buildCalendar(input({ reviewDates: [{ cycleId: 'c', goal: 'bell\u0007 tab\t end', date: '2026-11-16' }] })),
    );
    expect(events.find((event) => event.summary.startsWith('Cycle review'))!.summary).toBe('Cycle review: bell tab\t end');
  });

  it('has a VTIMEZONE whose TZID is the user zone and whose offsets match the zone on every day the events cover', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Asia/Tokyo',
      'UTC',
      'Australia/Lord_Howe',
      'America/Sao_Paulo',
      'Asia/Calcutta',
    ];
    for (const timeZone of zones) {
      ICAL.TimezoneService.reset();
      const { vtimezone, zone, events } = parse(buildCalendar(input({ timeZone, nextQuarterlyReview: '2027-09-30' })));
      expect(vtimezone.getFirstPropertyValue('tzid')).toBe(timeZone);
      const slot = recurring(events);
      expect(slot.startDate.zone.tzid).toBe(timeZone);

      // Every day from the first event to the last, at local noon (no zone changes offset at noon).
      const first = '2026-10-01';
      const last = '2027-10-01';
      for (let day = first; day <= last; day = addDays(day, 1)) {
        const noon = ICAL.Time.fromData({ year: +day.slice(0, 4), month: +day.slice(5, 7), day: +day.slice(8, 10), hour: 12 });
        const offset = zone.utcOffset(noon);
        const instant = new Date(Date.parse(`${day}T12:00:00Z`) - offset * 1000);
        expect(offset, `${timeZone} on ${day}`).toBe(intlOffsetSeconds(instant, timeZone));
      }
      // And every 1:1 occurrence lands at 10:00 local by Intl.
      for (const instant of occurrences(slot, last)) expect(local(instant, timeZone).time).toBe('10:00');
    }
  });

  it('rejects input it cannot write correctly', () => {
    expect(() => buildCalendar(input({ timeZone: 'Mars/Olympus_Mons' }))).toThrow(RangeError);
    expect(() => buildCalendar(input({ nextQuarterlyReview: '2026-02-30' }))).toThrow(RangeError);
    expect(() => buildCalendar(input({ generatedAt: 'yesterday' }))).toThrow(RangeError);
    const slot = input().feedbackSlot!;
    expect(() => buildCalendar(input({ feedbackSlot: { ...slot, time: '25:00' } }))).toThrow(RangeError);
    expect(() => buildCalendar(input({ feedbackSlot: { ...slot, intervalWeeks: 0 } }))).toThrow(RangeError);
  });
});
