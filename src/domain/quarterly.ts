/**
 * Quarterly growth reviews (the Growth Map guide, section 10): "Schedule growth reviews quarterly", "retire
 * completed [destinations] and add new ones", "Celebrate small wins publicly". A review stores a
 * snapshot of the whole map, so the next review can say what changed since.
 */
import type { Level } from '../schemas/common.js';
import type { GrowthMap } from '../schemas/map.js';
import { levelDefinitions, levelRank } from './levels.js';

/** What a quarterly review stores: the whole map as it was. */
export type MapSnapshot = Pick<GrowthMap, 'title' | 'role' | 'techStack' | 'systemStage'> & {
  destinations: {
    id: string;
    title: string;
    category: string;
    status: string;
    skills: { id: string; name: string; currentLevel: string; targetLevel: string }[];
  }[];
};

/** A fresh copy: the snapshot must not change when the live map does. */
export function snapshotOf(map: GrowthMap): MapSnapshot {
  return {
    title: map.title,
    role: map.role,
    techStack: [...map.techStack],
    systemStage: map.systemStage,
    destinations: map.destinations.map((d) => ({
      id: d.id,
      title: d.title,
      category: d.category,
      status: d.status,
      skills: d.skills.map((s) => ({ id: s.id, name: s.name, currentLevel: s.currentLevel, targetLevel: s.targetLevel })),
    })),
  };
}

/**
 * The destinations a quarterly review walks: the active ones. A completed or retired destination has had
 * its decision; keeping it would record "Kept" for something that stays closed. Reactivating is a map edit.
 */
export function destinationsToReview<T extends { status: string }>(destinations: readonly T[]): T[] {
  return destinations.filter((d) => d.status === 'active');
}

type Ref = { id: string; title: string };

export interface SnapshotComparison {
  /** Destinations in `after` not in `before`. */
  added: Ref[];
  /** Deleted since. */
  removed: Ref[];
  /** Status became completed. */
  completed: Ref[];
  /** Status became retired. */
  retired: Ref[];
  /** Completed or retired before, active again now. */
  reactivated: Ref[];
  levelsMoved: { skillId: string; skill: string; destination: string; from: string; to: string; direction: 'up' | 'down' }[];
  skillsAdded: { skillId: string; skill: string; destination: string }[];
}

// Snapshots hold plain strings (older ones may predate a level rename); an unknown level ranks lowest.
const rank = (level: string): number => levelRank(level as Level);

/**
 * What changed between two snapshots, listed in `after`'s order (removals in `before`'s). A destination
 * added and completed within the period counts as both added and completed: the quarter's biggest win
 * should not hide under "added". Skills are matched by id, so moving one between destinations is no change.
 */
export function compareSnapshots(before: MapSnapshot, after: MapSnapshot): SnapshotComparison {
  const ref = ({ id, title }: Ref): Ref => ({ id, title });
  const beforeById = new Map(before.destinations.map((d) => [d.id, d]));
  const afterIds = new Set(after.destinations.map((d) => d.id));
  const beforeSkills = new Map(before.destinations.flatMap((d) => d.skills.map((s) => [s.id, s] as const)));
  const became = (status: string) =>
    after.destinations.filter((d) => d.status === status && beforeById.get(d.id)?.status !== status).map(ref);

  const result: SnapshotComparison = {
    added: after.destinations.filter((d) => !beforeById.has(d.id)).map(ref),
    removed: before.destinations.filter((d) => !afterIds.has(d.id)).map(ref),
    completed: became('completed'),
    retired: became('retired'),
    reactivated: after.destinations
      .filter((d) => d.status === 'active' && ['completed', 'retired'].includes(beforeById.get(d.id)?.status ?? ''))
      .map(ref),
    levelsMoved: [],
    skillsAdded: [],
  };
  for (const destination of after.destinations) {
    for (const skill of destination.skills) {
      const was = beforeSkills.get(skill.id);
      if (!was) {
        result.skillsAdded.push({ skillId: skill.id, skill: skill.name, destination: destination.title });
      } else if (was.currentLevel !== skill.currentLevel) {
        result.levelsMoved.push({
          skillId: skill.id,
          skill: skill.name,
          destination: destination.title,
          from: was.currentLevel,
          to: skill.currentLevel,
          direction: rank(skill.currentLevel) > rank(was.currentLevel) ? 'up' : 'down',
        });
      }
    }
  }
  return result;
}

export interface QuarterWins {
  completedDestinations: string[];
  levelUps: { skill: string; from: string; to: string }[];
  cyclesClosed: number;
}

/** Keeps user text inside its list item: no line breaks, and Markdown markers shown as typed. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

const levelLabel = (level: string): string => levelDefinitions[level as Level]?.label ?? inline(level);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A short Markdown summary ready to paste into a team channel ("celebrate small wins publicly"). Deterministic. */
export function winsSummary(wins: QuarterWins, periodLabel: string): string {
  const lines = [`**Growth wins — ${inline(periodLabel)}**`, ''];
  if (wins.completedDestinations.length > 0) {
    lines.push('Destinations reached:', ...wins.completedDestinations.map((title) => `- ${inline(title)}`), '');
  }
  if (wins.levelUps.length > 0) {
    lines.push(
      'Levelled up:',
      ...wins.levelUps.map((l) => `- ${inline(l.skill)}: ${levelLabel(l.from)} → ${levelLabel(l.to)}`),
      '',
    );
  }
  if (wins.cyclesClosed > 0) {
    lines.push(`Closed ${plural(wins.cyclesClosed, 'learning cycle', 'learning cycles')} with a review.`, '');
  }
  if (lines.length === 2) lines.push('No wins to share yet this period: the next review is a fresh start.', '');
  return lines.join('\n').trimEnd();
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Adds whole months to a date, clamping to the month's last day (2026-11-30 + 3 → 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const m = DATE.exec(date);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) {
    throw new RangeError(`Expected a YYYY-MM-DD calendar date, got “${date}”`);
  }
  if (!Number.isInteger(months)) throw new RangeError(`Expected whole months, got ${months}`);
  const index = year * 12 + (month - 1) + months; // months since year 0, so negative offsets carry too
  const [y, mo] = [Math.floor(index / 12), ((index % 12) + 12) % 12];
  const d = Math.min(day, daysInMonth(y, mo));
  return `${String(y).padStart(4, '0')}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, monthIndex: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthIndex === 1 && leap ? 29 : (MONTH_DAYS[monthIndex] ?? 31);
}

/** The next review date: last review + cadence, or (no review yet) the account's first day + cadence. */
export function nextQuarterlyReview(lastReviewDate: string | null, startedOn: string, cadenceMonths: number): string {
  if (!Number.isInteger(cadenceMonths) || cadenceMonths < 1) {
    throw new RangeError(`A review cadence is a whole number of months, got ${cadenceMonths}`);
  }
  // From the last actual review, not the planned one: a late review moves the next one too.
  return addMonths(lastReviewDate ?? startedOn, cadenceMonths);
}
