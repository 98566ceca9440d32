import { describe, expect, it } from 'vitest';
import { planWeeks } from './cycles.js';
import { type MenteeRecords, changedSince, dueForMentee, nextOneOnOne } from './mentorDashboard.js';

// 2026-03-02 is a Monday.
const cadence = { weekday: 'TU' as const, time: '10:00', intervalWeeks: 2, startDate: '2026-03-02' };

describe('the next 1:1', () => {
  it('is the first slot of the cadence on or after today', () => {
    expect(nextOneOnOne(cadence, '2026-03-02')).toBe('2026-03-03');
    expect(nextOneOnOne(cadence, '2026-03-03')).toBe('2026-03-03');
    expect(nextOneOnOne(cadence, '2026-03-04')).toBe('2026-03-17');
  });

  it('waits for the cadence to start, and is nothing without one', () => {
    expect(nextOneOnOne({ ...cadence, startDate: '2026-04-01' }, '2026-03-02')).toBe('2026-04-07');
    expect(nextOneOnOne(null, '2026-03-02')).toBeNull();
  });
});

const weeks = planWeeks('2026-03-02', 6, 1);
type CycleView = NonNullable<MenteeRecords['cycles']>[number];
const cycle = (overrides: Partial<CycleView> = {}): CycleView => ({
  goal: 'Trace a request end to end',
  status: 'active',
  currentWeek: 5,
  weeks,
  reviewDate: '2026-04-12',
  ...overrides,
});

describe('what is due for a mentee', () => {
  it('names a cycle in its demonstrate week in the framework’s words', () => {
    const due = dueForMentee({ cycles: [cycle()] }, '2026-03-31');
    expect(due).toEqual([
      {
        kind: 'demonstrate',
        title: 'Week 5: demonstrate progress to a peer or mentor (“Trace a request end to end”)',
        date: '2026-04-05',
        overdue: false,
      },
    ]);
  });

  it('flags a review date passed, and says nothing of cycles in other weeks', () => {
    const due = dueForMentee(
      { cycles: [cycle({ status: 'review-overdue', currentWeek: null }), cycle({ currentWeek: 3, reviewDate: '2026-05-01' })] },
      '2026-04-20',
    );
    expect(due.map((d) => [d.kind, d.overdue])).toEqual([['review-passed', true]]);
  });

  it('lists open action items, overdue first, and the next 1:1', () => {
    const due = dueForMentee(
      {
        cadence,
        actionItems: [
          { text: 'Write the runbook', due: '2026-03-01', status: 'open' },
          { text: 'Pair on tracing', due: null, status: 'open' },
          { text: 'Done already', due: null, status: 'done' },
        ],
      },
      '2026-03-02',
    );
    expect(due.map((d) => d.title)).toEqual([
      'Open action item: Write the runbook',
      'Next 1:1 tomorrow',
      'Open action item: Pair on tracing',
    ]);
  });

  it('leaves out what the mentor is not granted', () => {
    expect(dueForMentee({}, '2026-03-31')).toEqual([]);
  });
});

describe('what changed since the mentor last looked', () => {
  const records = [
    { section: 'map', kind: 'destination', id: 'a', title: 'A', at: '2026-03-01T10:00:00.000Z' },
    { section: 'cycles', kind: 'cycle', id: 'b', title: 'B', at: '2026-03-03T10:00:00.000Z' },
  ];

  it('keeps records changed after the last look, newest first', () => {
    expect(changedSince(records, '2026-03-02T00:00:00.000Z').map((r) => r.id)).toEqual(['b']);
  });

  it('shows everything on a first look', () => {
    expect(changedSince(records, null).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
