/**
 * What a mentor sees for each mentee: what is due and what changed since they last looked. The
 * framework's mentoring page turns the self-check into a growth plan "through 1:1 mentoring, roadmap
 * reviews, or focused workshops"; the guide's cycle asks in week 5 to "demonstrate progress to a peer
 * or mentor" (the Growth Map guide, section 3). Pure: the caller passes only the sections granted.
 */
import type { Cycle } from '../schemas/cycles.js';
import type { FeedbackCadence } from '../schemas/planning.js';
import { addDays, daysBetween } from './cycles.js';
import { cadenceFallsOn } from './feedbackSessions.js';

export type MenteeDueKind = 'one-on-one' | 'demonstrate' | 'review-passed' | 'action-item';

export interface MenteeDue {
  kind: MenteeDueKind;
  title: string;
  date: string | null;
  overdue: boolean;
}

/** The first day on or after `today` the 1:1 cadence puts a slot on; null without a cadence. */
export function nextOneOnOne(cadence: FeedbackCadence | null, today: string): string | null {
  if (cadence === null) return null;
  const from = cadence.startDate > today ? cadence.startDate : today;
  // A slot comes at least once every intervalWeeks weeks (at most 4), so five weeks always find one.
  for (let day = 0; day < 35; day++) {
    const date = addDays(from, day);
    if (cadenceFallsOn(cadence, date)) return date;
  }
  return null;
}

type CycleView = Pick<Cycle, 'goal' | 'status' | 'currentWeek' | 'weeks' | 'reviewDate'>;
type ItemView = { text: string; due: string | null; status: string };

/** Only what the mentor is granted reaches here: undefined means the section is not shared. */
export interface MenteeRecords {
  cadence?: FeedbackCadence | null;
  actionItems?: readonly ItemView[];
  cycles?: readonly CycleView[];
}

function dueOfCycle(cycle: CycleView, today: string): MenteeDue[] {
  const due: MenteeDue[] = [];
  const week = cycle.weeks.find((w) => w.number === cycle.currentWeek);
  if (week?.phase === 'demonstrate' && (cycle.status === 'active' || cycle.status === 'in-review')) {
    due.push({
      kind: 'demonstrate',
      title: `Week ${week.number}: demonstrate progress to a peer or mentor (“${cycle.goal}”)`,
      date: week.endDate,
      overdue: false,
    });
  }
  const running = cycle.status === 'active' || cycle.status === 'in-review' || cycle.status === 'review-overdue';
  if (running && (cycle.status === 'review-overdue' || cycle.reviewDate < today)) {
    due.push({
      kind: 'review-passed',
      title: `The review of “${cycle.goal}” was due on ${cycle.reviewDate}`,
      date: cycle.reviewDate,
      overdue: true,
    });
  }
  return due;
}

/** What is due for one mentee, overdue first, then by date. */
export function dueForMentee(records: MenteeRecords, today: string): MenteeDue[] {
  const due: MenteeDue[] = [];
  if (records.cadence !== undefined) {
    const next = nextOneOnOne(records.cadence, today);
    if (next !== null) {
      const inDays = daysBetween(today, next);
      const when = inDays === 0 ? 'today' : inDays === 1 ? 'tomorrow' : `on ${next}`;
      due.push({ kind: 'one-on-one', title: `Next 1:1 ${when}`, date: next, overdue: false });
    }
  }
  for (const cycle of records.cycles ?? []) due.push(...dueOfCycle(cycle, today));
  for (const item of records.actionItems ?? []) {
    if (item.status !== 'open') continue;
    due.push({
      kind: 'action-item',
      title: `Open action item: ${item.text}`,
      date: item.due,
      overdue: item.due !== null && item.due < today,
    });
  }
  return due.sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.date ?? '9999-12-31').localeCompare(b.date ?? '9999-12-31'),
  );
}

export interface ChangedRecord {
  section: string;
  kind: string;
  id: string;
  title: string;
  at: string;
}

/** Records changed after the mentor last looked (everything on a first look), newest first, at most `limit`. */
export function changedSince<T extends ChangedRecord>(records: readonly T[], lastSeen: string | null, limit = 20): T[] {
  return records
    .filter((record) => lastSeen === null || record.at > lastSeen)
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit);
}
