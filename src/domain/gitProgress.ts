import type { CycleWeek } from '../schemas/cycles.js';
import { limits } from '../schemas/limits.js';

/**
 * `growthmap log --from-git`: the user's own commits, grouped by ISO week, become one proposed
 * progress entry each ("Log progress weekly", the Growth Map guide, section 3). Pure: git is read
 * elsewhere; this only decides which commits are the user's and what each week's entry says.
 */

/** One commit as `git log --use-mailmap` reports it. */
export interface GitCommit {
  hash: string;
  /** The author's address after `.mailmap`. */
  authorEmail: string;
  /** The author date with the author's own offset (`%aI`), so the week is the one they worked in. */
  authorDate: string;
  subject: string;
  /** Addresses named by `Co-authored-by:` trailers, after `.mailmap`. */
  coAuthorEmails: string[];
}

export interface WeekProposal {
  /** The ISO week, e.g. `2026-W09`. */
  week: string;
  /** Its Monday and Sunday. */
  from: string;
  to: string;
  /** The last day in the week with one of the commits: it picks the cycle week. */
  lastCommitDate: string;
  commits: number;
  /** `oldest^..newest` (one hash when there is one commit), for `git log` to show the week again. */
  range: string;
  text: string;
}

const SUBJECTS_SHOWN = 8;
const SUBJECT_LENGTH = 120;

/** Commits the user wrote or co-wrote: any of `emails` as author or in a `Co-authored-by:` trailer. */
export function ownCommits(commits: readonly GitCommit[], emails: readonly string[]): GitCommit[] {
  const own = new Set(emails.map((email) => email.trim().toLowerCase()));
  return commits.filter(
    (commit) => own.has(commit.authorEmail.toLowerCase()) || commit.coAuthorEmails.some((e) => own.has(e.toLowerCase())),
  );
}

/** One proposed entry per ISO week with commits, oldest week first. */
export function proposeWeeklyEntries(commits: readonly GitCommit[], emails: readonly string[]): WeekProposal[] {
  const weeks = new Map<string, GitCommit[]>();
  for (const commit of ownCommits(commits, emails)) {
    const week = isoWeek(commit.authorDate.slice(0, 10));
    weeks.set(week.label, [...(weeks.get(week.label) ?? []), commit]);
  }
  return [...weeks.entries()]
    .map(([label, weekCommits]) => proposal(label, weekCommits))
    .sort((a, b) => a.from.localeCompare(b.from));
}

function proposal(label: string, commits: GitCommit[]): WeekProposal {
  // Oldest first, whatever order git listed them in.
  const ordered = [...commits].sort((a, b) => Date.parse(a.authorDate) - Date.parse(b.authorDate));
  const oldest = ordered[0]!;
  const newest = ordered[ordered.length - 1]!;
  const { monday, sunday } = isoWeek(oldest.authorDate.slice(0, 10));
  const range = oldest === newest ? short(oldest.hash) : `${short(oldest.hash)}^..${short(newest.hash)}`;
  return {
    week: label,
    from: monday,
    to: sunday,
    lastCommitDate: newest.authorDate.slice(0, 10),
    commits: ordered.length,
    range,
    text: summarise(ordered, range),
  };
}

/** "3 commits: Add the parser; Fix the import; … (abc1234^..def5678)", within an entry's length. */
export function summarise(commits: readonly GitCommit[], range: string): string {
  const subjects = [...new Set(commits.map((c) => clip(c.subject.trim(), SUBJECT_LENGTH)).filter(Boolean))];
  const shown = subjects.slice(0, SUBJECTS_SHOWN);
  const more = subjects.length - shown.length;
  const count = commits.length === 1 ? '1 commit' : `${commits.length} commits`;
  const text = `${count}: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''} (${range})`;
  return clip(text, limits.entryText);
}

/** The cycle week a proposal belongs to: the one holding its last commit's day; null outside the cycle. */
export function cycleWeekFor(proposal: WeekProposal, weeks: readonly CycleWeek[]): number | null {
  const day = proposal.lastCommitDate;
  return weeks.find((week) => week.startDate <= day && day <= week.endDate)?.number ?? null;
}

/**
 * `--since`: `1w`, `10d`, `3m`, `1y` counted back from `today`, or a date git reads itself.
 * Answers the `YYYY-MM-DD` to pass to `git log --since`.
 */
export function sinceDate(spec: string, today: string): string | null {
  const relative = /^(\d{1,4})\s*([dwmy])$/i.exec(spec.trim());
  if (relative) {
    const amount = Number(relative[1]);
    const unit = relative[2]!.toLowerCase();
    const date = new Date(`${today}T00:00:00Z`);
    if (unit === 'd') date.setUTCDate(date.getUTCDate() - amount);
    if (unit === 'w') date.setUTCDate(date.getUTCDate() - 7 * amount);
    if (unit === 'm') date.setUTCMonth(date.getUTCMonth() - amount);
    if (unit === 'y') date.setUTCFullYear(date.getUTCFullYear() - amount);
    return date.toISOString().slice(0, 10);
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(spec.trim()) ? spec.trim() : null;
}

/** The ISO 8601 week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: string): { label: string; monday: string; sunday: string } {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(day, -weekday);
  const thursday = addDays(monday, 3);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = addDays(firstThursday, -((firstThursday.getUTCDay() + 6) % 7));
  const week = Math.round((monday.getTime() - firstMonday.getTime()) / (7 * 86_400_000)) + 1;
  return {
    label: `${year}-W${String(week).padStart(2, '0')}`,
    monday: monday.toISOString().slice(0, 10),
    sunday: addDays(monday, 6).toISOString().slice(0, 10),
  };
}

function addDays(date: Date, days: number): Date {
  const copy = new Date(date);
  copy.setUTCDate(copy.getUTCDate() + days);
  return copy;
}

const short = (hash: string) => hash.slice(0, 7);

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
