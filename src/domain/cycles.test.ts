import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  type CycleTiming,
  currentWeekNumber,
  deriveCycleStatus,
  daysBetween,
  defaultStartDate,
  logGaps,
  phaseAsks,
  phaseOf,
  planWeeks,
  scheduleOn,
  startDateProblem,
  weekHeadline,
} from './cycles.js';

const phases = (length: number, review: number) => Array.from({ length }, (_, i) => phaseOf(i + 1, length, review));

describe('phaseOf: the cycle shapes the source allows', () => {
  it.each([
    // The source's sample 6-week cycle, exactly: week 1 define, 2-4 deep dive, 5 demonstrate, 6 reflect.
    { length: 6, review: 1, expected: ['define', 'deep-dive', 'deep-dive', 'deep-dive', 'demonstrate', 'reflect'] },
    { length: 6, review: 2, expected: ['define', 'deep-dive', 'deep-dive', 'demonstrate', 'reflect', 'reflect'] },
    { length: 5, review: 1, expected: ['define', 'deep-dive', 'deep-dive', 'demonstrate', 'reflect'] },
    // "4 weeks with a 2-week review" (section 10) read as 4 weeks of work plus 2 of review: 6 in all.
    { length: 5, review: 2, expected: ['define', 'deep-dive', 'demonstrate', 'reflect', 'reflect'] },
    { length: 4, review: 1, expected: ['define', 'deep-dive', 'demonstrate', 'reflect'] },
  ])('$length weeks with $review review week(s): $expected', ({ length, review, expected }) => {
    expect(phases(length, review)).toEqual(expected);
  });

  it.each([
    { length: 4, review: 2, why: 'two review weeks leave no deep-dive week in 4' },
    { length: 3, review: 1, why: 'shorter than 4 weeks' },
    { length: 7, review: 1, why: 'longer than 6 weeks' },
    { length: 6, review: 0, why: 'no review week' },
    { length: 6, review: 3, why: 'three review weeks' },
    { length: 5.5, review: 1, why: 'a fractional length' },
  ])('rejects $length/$review with a RangeError ($why)', ({ length, review }) => {
    expect(() => phaseOf(1, length, review)).toThrow(RangeError);
    expect(() => planWeeks('2026-03-02', length, review)).toThrow(RangeError);
  });

  it.each([0, 7, 2.5])('rejects week %s of a 6-week cycle', (week) => {
    expect(() => phaseOf(week, 6, 1)).toThrow(RangeError);
  });
});

describe('calendar arithmetic on date strings', () => {
  it.each([
    { date: '2026-01-31', days: 1, expected: '2026-02-01' },
    { date: '2026-02-28', days: 1, expected: '2026-03-01' }, // 2026 is not a leap year
    { date: '2028-02-28', days: 1, expected: '2028-02-29' }, // 2028 is
    { date: '2100-02-28', days: 1, expected: '2100-03-01' }, // centuries are not, unless divisible by 400
    { date: '2000-02-28', days: 1, expected: '2000-02-29' },
    { date: '2026-12-31', days: 1, expected: '2027-01-01' },
    { date: '2026-03-01', days: -1, expected: '2026-02-28' },
    { date: '2026-03-28', days: 2, expected: '2026-03-30' }, // across the EU spring-forward night
    { date: '2026-10-31', days: 2, expected: '2026-11-02' }, // across the US fall-back night
    // Date.UTC would read the years 0–99 as 1900–1999; every year is taken as written.
    { date: '0050-02-28', days: 1, expected: '0050-03-01' },
    { date: '0099-12-31', days: 1, expected: '0100-01-01' },
    { date: '0004-02-28', days: 1, expected: '0004-02-29' }, // year 4 is a leap year
    { date: '9999-12-30', days: 1, expected: '9999-12-31' },
  ])('$date + $days days = $expected', ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('counts a leap year as 366 days and a common year as 365', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '', 'today'])('rejects “%s” as a date', (bad) => {
    expect(() => addDays(bad, 1)).toThrow(RangeError);
    expect(() => daysBetween(bad, '2026-01-01')).toThrow(RangeError);
  });
});

describe('defaultStartDate: the Monday on or after today', () => {
  it.each([
    { today: '2026-03-23', weekday: 'Monday', expected: '2026-03-23' },
    { today: '2026-03-24', weekday: 'Tuesday', expected: '2026-03-30' },
    { today: '2026-03-25', weekday: 'Wednesday', expected: '2026-03-30' },
    { today: '2026-03-26', weekday: 'Thursday', expected: '2026-03-30' },
    { today: '2026-03-27', weekday: 'Friday', expected: '2026-03-30' },
    { today: '2026-03-28', weekday: 'Saturday', expected: '2026-03-30' },
    { today: '2026-03-29', weekday: 'Sunday', expected: '2026-03-30' },
    { today: '2026-12-29', weekday: 'Tuesday at the year end', expected: '2027-01-04' },
    { today: '2028-02-29', weekday: 'Tuesday, a leap day', expected: '2028-03-06' },
  ])('$weekday $today → $expected', ({ today, expected }) => {
    expect(defaultStartDate(today)).toBe(expected);
  });
});

describe('planWeeks', () => {
  it('plans a cycle in the years 0–99 without shifting it to the 1900s', () => {
    expect(planWeeks('0050-03-02', 4, 1).map((w) => w.endDate)).toEqual(['0050-03-08', '0050-03-15', '0050-03-22', '0050-03-29']);
  });

  it('lays out consecutive 7-day weeks, each ending 6 days after it starts', () => {
    expect(planWeeks('2026-03-02', 4, 1)).toEqual([
      { number: 1, startDate: '2026-03-02', endDate: '2026-03-08', phase: 'define' },
      { number: 2, startDate: '2026-03-09', endDate: '2026-03-15', phase: 'deep-dive' },
      { number: 3, startDate: '2026-03-16', endDate: '2026-03-22', phase: 'demonstrate' },
      { number: 4, startDate: '2026-03-23', endDate: '2026-03-29', phase: 'reflect' },
    ]);
  });

  it.each([
    { name: 'the end of March (EU and US DST already begun)', start: '2026-03-23', end: '2026-05-03' },
    { name: 'the end of October (EU DST ends 25th, US 1 November)', start: '2026-10-19', end: '2026-11-29' },
    { name: 'a leap day', start: '2028-02-21', end: '2028-04-02' },
  ])('a 6-week cycle across $name is 42 whole days', ({ start, end }) => {
    const weeks = planWeeks(start, 6, 1);
    expect(weeks.at(-1)?.endDate).toBe(end);
    expect(daysBetween(start, end)).toBe(41);
    for (const [i, w] of weeks.entries()) expect(daysBetween(start, w.startDate)).toBe(i * 7);
  });

  describe('does not depend on the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('in %s', (zone) => {
      process.env.TZ = zone;
      expect(planWeeks('2026-03-23', 6, 2).map((w) => w.startDate)).toEqual([
        '2026-03-23',
        '2026-03-30',
        '2026-04-06',
        '2026-04-13',
        '2026-04-20',
        '2026-04-27',
      ]);
      expect(planWeeks('2026-10-19', 5, 1).map((w) => w.endDate)).toEqual([
        '2026-10-25',
        '2026-11-01',
        '2026-11-08',
        '2026-11-15',
        '2026-11-22',
      ]);
      expect(defaultStartDate('2026-10-25')).toBe('2026-10-26');
    });
  });
});

const timing = (overrides: Partial<CycleTiming> = {}): CycleTiming => ({
  startDate: '2026-03-02', // a Monday; 6 weeks, 1 review week: reflect is 2026-04-06..2026-04-12
  lengthWeeks: 6,
  reviewWeeks: 1,
  pauses: [],
  pausedSince: null,
  reviewed: false,
  cancelled: false,
  ...overrides,
});

describe('deriveCycleStatus around week boundaries', () => {
  it.each([
    { today: '2026-03-01', status: 'planned', when: 'the day before the start' },
    { today: '2026-03-02', status: 'active', when: 'the start day' },
    { today: '2026-04-05', status: 'active', when: 'the last day of the demonstrate week' },
    { today: '2026-04-06', status: 'in-review', when: 'the first reflect day' },
    { today: '2026-04-12', status: 'in-review', when: 'the last day' },
    { today: '2026-04-13', status: 'review-overdue', when: 'the day after the last' },
    { today: '2027-01-01', status: 'review-overdue', when: 'months later' },
  ])('$when ($today) → $status', ({ today, status }) => {
    expect(deriveCycleStatus(timing(), today)).toBe(status);
  });

  it.each([
    { today: '2026-03-29', status: 'active', when: 'the last day of the demonstrate week' },
    { today: '2026-03-30', status: 'in-review', when: 'the first of two reflect weeks' },
    { today: '2026-04-12', status: 'in-review', when: 'the last day' },
  ])('with 5 weeks and 2 review weeks: $today → $status', ({ today, status }) => {
    expect(deriveCycleStatus(timing({ lengthWeeks: 5, reviewWeeks: 2, startDate: '2026-03-09' }), today)).toBe(status);
  });

  it.each(['2026-03-01', '2026-03-10', '2026-04-08', '2026-05-01'])('reviewed is closed whatever the date (%s)', (today) => {
    expect(deriveCycleStatus(timing({ reviewed: true }), today)).toBe('closed');
  });

  it.each(['2026-03-01', '2026-03-10', '2026-05-01'])('cancelled is cancelled whatever the date (%s)', (today) => {
    expect(deriveCycleStatus(timing({ cancelled: true }), today)).toBe('cancelled');
    expect(deriveCycleStatus(timing({ cancelled: true, reviewed: true }), today)).toBe('cancelled');
  });
});

describe('pausing shifts the schedule', () => {
  const day10 = addDays('2026-03-02', 9); // 2026-03-11, the 3rd day of week 2

  it('paused on day 10 for 7 days: week 1 keeps its dates, week 2 stretches, later weeks move 7 days', () => {
    const plain = planWeeks('2026-03-02', 6, 1);
    const shifted = scheduleOn(timing({ pauses: [{ from: day10, days: 7 }] }), '2026-03-20');
    expect(shifted[0]).toEqual(plain[0]);
    expect(shifted[1]).toMatchObject({ startDate: '2026-03-09', endDate: '2026-03-22' });
    expect(shifted.slice(2).map((w) => w.startDate)).toEqual(plain.slice(2).map((w) => addDays(w.startDate, 7)));
    expect(shifted.map((w) => w.phase)).toEqual(plain.map((w) => w.phase));
    expect(shifted.at(-1)?.endDate).toBe('2026-04-19');
  });

  it.each(['2026-02-27', '2026-03-02'])('a pause from %s, before or on the first day, moves the whole plan', (from) => {
    const shifted = scheduleOn(timing({ pauses: [{ from, days: 3 }] }), '2026-03-20');
    expect(shifted).toEqual(planWeeks('2026-03-05', 6, 1));
  });

  it('while paused, the days since pausedSince count as well as earlier pauses', () => {
    const paused = timing({ pauses: [{ from: '2026-03-03', days: 2 }], pausedSince: '2026-03-18' });
    // Week 1 stretched by the first pause (to 03-10); week 2 is 03-11..03-17; week 3 holds the ongoing pause.
    expect(scheduleOn(paused, '2026-03-18')[0]).toMatchObject({ startDate: '2026-03-02', endDate: '2026-03-10' });
    expect(scheduleOn(paused, '2026-03-25')[2]).toMatchObject({ startDate: '2026-03-18', endDate: '2026-03-31' });
    // A pause stamped in the future (clock skew) does not pull the schedule earlier.
    expect(scheduleOn(paused, '2026-03-16')[2]).toMatchObject({ startDate: '2026-03-18', endDate: '2026-03-24' });
  });

  it('after resuming, today is in the same week as on the day it paused', () => {
    const whilePaused = timing({ pausedSince: day10 });
    const resumed = timing({ pauses: [{ from: day10, days: 7 }] });
    expect(currentWeekNumber(scheduleOn(whilePaused, day10), day10)).toBe(2);
    expect(currentWeekNumber(scheduleOn(resumed, addDays(day10, 7)), addDays(day10, 7))).toBe(2);
  });

  it.each([
    { pausedOn: '2026-03-01', status: 'planned' },
    { pausedOn: '2026-03-11', status: 'active' },
    { pausedOn: '2026-04-07', status: 'in-review' },
    { pausedOn: '2026-04-13', status: 'review-overdue' },
  ])('a cycle paused on $pausedOn stays $status however long it stays paused', ({ pausedOn, status }) => {
    const paused = timing({ pausedSince: pausedOn });
    for (const days of [0, 1, 6, 7, 30, 400]) expect(deriveCycleStatus(paused, addDays(pausedOn, days))).toBe(status);
  });

  it('a resumed cycle runs on: 7 paused days push the review-overdue day back by 7', () => {
    const resumed = timing({ pauses: [{ from: day10, days: 7 }] });
    expect(deriveCycleStatus(resumed, '2026-04-13')).toBe('in-review');
    expect(deriveCycleStatus(resumed, '2026-04-19')).toBe('in-review');
    expect(deriveCycleStatus(resumed, '2026-04-20')).toBe('review-overdue');
  });
});

describe('currentWeekNumber', () => {
  const weeks = planWeeks('2026-03-02', 6, 1);
  it.each([
    { today: '2026-03-01', week: null },
    { today: '2026-03-02', week: 1 },
    { today: '2026-03-08', week: 1 },
    { today: '2026-03-09', week: 2 },
    { today: '2026-04-12', week: 6 },
    { today: '2026-04-13', week: null },
  ])('$today → $week', ({ today, week }) => {
    expect(currentWeekNumber(weeks, today)).toBe(week);
  });
});

describe('phase wording', () => {
  it.each([
    { week: 1, phase: 'define', expected: 'Week 1 of 6 — define: set a concrete mini-goal aligned with a destination' },
    {
      week: 3,
      phase: 'deep-dive',
      expected: 'Week 3 of 6 — deep dive: go deep through a chosen medium (books, courses, or a self-initiated project)',
    },
    { week: 5, phase: 'demonstrate', expected: 'Week 5 of 6 — demonstrate: show your progress to a peer or mentor' },
    { week: 6, phase: 'reflect', expected: 'Week 6 of 6 — reflect: adjust mastery levels and set the next mini-goal' },
  ] as const)('week $week: “$expected”', ({ week, phase, expected }) => {
    expect(weekHeadline(week, 6, phase)).toBe(expected);
  });

  it('asks something for every phase', () => {
    expect(Object.keys(phaseAsks).sort()).toEqual(['deep-dive', 'define', 'demonstrate', 'reflect']);
  });
});

describe('logGaps: passed weeks without an entry', () => {
  const weeks = planWeeks('2026-03-02', 6, 1);
  it.each([
    { today: '2026-03-01', logged: [], gaps: [], when: 'before the start nothing is missing' },
    { today: '2026-03-02', logged: [], gaps: [1], when: 'the current week counts from its first day' },
    { today: '2026-03-18', logged: [1, 3], gaps: [2], when: 'a skipped week in the middle' },
    { today: '2026-03-18', logged: [3, 2, 1], gaps: [], when: 'entries in any order' },
    { today: '2026-05-01', logged: [2, 5], gaps: [1, 3, 4, 6], when: 'after the end every week counts' },
    { today: '2026-05-01', logged: [1, 2, 3, 4, 5, 6, 7], gaps: [], when: 'entries for unknown weeks are ignored' },
  ])('$when', ({ today, logged, gaps }) => {
    expect(logGaps(weeks, logged, today)).toEqual(gaps);
  });
});

describe('startDateProblem: a cycle starts within a year back and two years ahead of today', () => {
  it('accepts today, last month and next year', () => {
    for (const start of ['2026-11-27', '2026-10-26', '2027-11-27']) expect(startDateProblem(start, '2026-11-27')).toBeNull();
  });
  it('refuses 1999 and 2099 with the window in the message', () => {
    expect(startDateProblem('1999-03-01', '2026-11-27')).toBe('A cycle can start at most a year ago (on or after 2025-11-27).');
    expect(startDateProblem('2099-03-02', '2026-11-27')).toBe(
      'A cycle can start at most two years ahead (on or before 2028-11-26).',
    );
  });
});
