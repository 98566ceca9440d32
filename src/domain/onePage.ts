import type { Artifact } from '../schemas/artifacts.js';
import type { Level } from '../schemas/common.js';
import type { Cycle, ProgressEntry } from '../schemas/cycles.js';
import type { GrowthMap, Smart } from '../schemas/map.js';
import { artifactKindLabels, categoryLabels, cycleStatusLabels, modeLabels, phaseLabels, stageLabels } from './labels.js';
import { levelDefinitions, levelRank } from './levels.js';
import { byOutcomeStrength, metricText } from './outcomes.js';

/**
 * The one-page Growth Map (the Growth Map guide, section 4) as words to lay out on one sheet: the
 * same choices as the one-page screen and its print (active destinations in the map's order, the
 * cycle the plan shows, the five latest log entries, artifacts strongest outcome first), and the
 * order in which the sheet gives things up when they do not fit.
 */

const RUNNING: readonly string[] = ['active', 'in-review', 'review-overdue'];

/** The cycle the one-page map and the Markdown template show: the running one, else the next planned, else the last reviewed. */
export function currentCycleOf(cycles: readonly Cycle[]): Cycle | undefined {
  return (
    cycles.find((c) => RUNNING.includes(c.status)) ??
    cycles.filter((c) => c.status === 'planned').at(-1) ??
    cycles.find((c) => c.status === 'closed')
  );
}

/** The screen's "short progress log": the latest five entries. */
export const LOG_ENTRIES = 5;
/** The printed sheet's artifacts: three beside the plan and the log (one-page-print.css). */
export const PRINTED_ARTIFACTS = 3;
/** A log entry or an artifact's outcome is a line or two on the sheet, as on the screen. */
const CLIP = 160;

export const clip = (text: string, length = CLIP): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export const letterOf = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : String(index + 1));

// Made once: a formatter looks up its locale's data when made, and a page formats many dates.
const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "30 Jun 2027". */
export function dayText(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return dayFormat.format(parsed);
}

const shortDay = (date: string) => shortDayFormat.format(new Date(`${date}T00:00:00Z`));

/** "Novice → Practitioner" while the target is ahead, "Practitioner, target reached" at it, as the screen says it. */
export function levelPairText(current: Level, target: Level): string {
  const label = (level: Level) => levelDefinitions[level].label;
  const gap = levelRank(current) - levelRank(target);
  if (gap < 0) return `${label(current)} → ${label(target)}`;
  if (gap === 0) return `${label(current)}, target reached`;
  return `${label(current)}, beyond target (${label(target)})`;
}

/** A list the sheet may cut: what is shown, and how the rest is named ("and 3 more skills"). */
export interface Trimmable {
  items: string[];
  /** "skill", "entry": the rest is said as "and N more skills". */
  noun: [one: string, many: string];
}

export interface OnePageDestination {
  heading: string;
  /** "Category: …", "Measure: …", "Target date: …", "Business impact: …", "SMART: not yet …". */
  facts: string[];
  skills: Trimmable;
}

export interface OnePagePlan {
  heading: string;
  facts: string[];
  weeks: string[];
}

export interface OnePage {
  heading: string;
  /** The map's own title, role, tech stack and stage. */
  subtitle: string;
  destinations: OnePageDestination[];
  /** Null: no cycle planned yet, said in its place. */
  plan: OnePagePlan | null;
  log: Trimmable;
  artifacts: Trimmable;
}

export interface OnePageInput {
  name: string;
  map: GrowthMap;
  /** Newest first, as the cycles are listed. */
  cycles: readonly Cycle[];
  entries: readonly ProgressEntry[];
  artifacts: readonly Artifact[];
}

const smartWords: ReadonlyArray<[keyof Smart, string]> = [
  ['specific', 'Specific'],
  ['measurable', 'Measurable'],
  ['achievable', 'Achievable'],
  ['relevant', 'Relevant'],
  ['timeBound', 'Time-bound'],
];

function destinationOf(destination: GrowthMap['destinations'][number], index: number): OnePageDestination {
  const failing = smartWords.flatMap(([key, word]) => (destination.smart[key].pass ? [] : [word]));
  return {
    heading: `Destination ${letterOf(index)}: ${clip(destination.title)}`,
    facts: [
      `Category: ${categoryLabels[destination.category]}`,
      `Measure: ${destination.measure ? clip(destination.measure) : 'Not set'}`,
      `Target date: ${destination.targetDate ? dayText(destination.targetDate) : 'Not set'}`,
      `Business impact: ${destination.businessImpact ? clip(destination.businessImpact) : 'Not set'}`,
      failing.length ? `SMART: not yet ${failing.join(', ')}` : 'SMART: all five pass',
    ],
    skills: {
      items: destination.skills.map(
        (skill) => `${clip(skill.name, 80)}: ${levelPairText(skill.currentLevel, skill.targetLevel)}`,
      ),
      noun: ['skill', 'skills'],
    },
  };
}

function planOf(cycle: Cycle): OnePagePlan {
  const status = cycleStatusLabels[cycle.status] + (cycle.currentWeek ? `, week ${cycle.currentWeek}` : '');
  return {
    heading: `${cycle.lengthWeeks}-week plan (${status})`,
    facts: [
      `Goal: ${clip(cycle.goal)}`,
      `Activities: ${cycle.modes.length ? cycle.modes.map((mode) => modeLabels[mode]).join(', ') : 'Not set'}`,
      `Review date: ${dayText(cycle.reviewDate)}`,
    ],
    weeks: cycle.weeks.map(
      (week) =>
        `Week ${week.number} (${shortDay(week.startDate)}–${shortDay(week.endDate)}): ${phaseLabels[week.phase]}` +
        (week.number === cycle.currentWeek ? ' — this week' : ''),
    ),
  };
}

function logLine(entry: ProgressEntry): string {
  const link = entry.evidence[0]?.kind === 'link' ? ` — evidence: ${entry.evidence[0].url}` : '';
  return `Week ${entry.week}: ${clip(entry.text)}${link}`;
}

function artifactLine(artifact: Artifact, skillNames: ReadonlyMap<string, string>): string {
  const skills = artifact.skills.flatMap(({ skillId, level }) => {
    const name = skillNames.get(skillId);
    return name ? [`${name} (${levelDefinitions[level].label})`] : [];
  });
  return [
    `${clip(artifact.title)} (${artifactKindLabels[artifact.kind]})`,
    artifact.metric ? ` — ${metricText(artifact.metric)}` : '',
    artifact.outcome ? ` — ${clip(artifact.outcome)}` : '',
    skills.length ? ` · Shows ${skills.join(', ')}` : '',
  ].join('');
}

/** Everything the sheet would show with room to spare; `fitOnePage` cuts it down to what fits. */
export function onePageOf({ name, map, cycles, entries, artifacts }: OnePageInput): OnePage {
  const cycle = currentCycleOf(cycles);
  const skillNames = new Map(map.destinations.flatMap((d) => d.skills.map((s): [string, string] => [s.id, s.name])));
  const subtitle = [
    map.title,
    `Role: ${map.role ?? 'Not set'}`,
    `Tech stack: ${map.techStack.length ? map.techStack.join(', ') : 'Not set'}`,
    `System stage: ${map.systemStage ? stageLabels[map.systemStage] : 'Not set'}`,
  ].join(' · ');
  return {
    heading: `Growth Map for ${name}`,
    subtitle,
    destinations: map.destinations.filter((d) => d.status === 'active').map(destinationOf),
    plan: cycle ? planOf(cycle) : null,
    log: {
      items: entries
        .filter((entry) => entry.cycleId === cycle?.id)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, LOG_ENTRIES)
        .map(logLine),
      noun: ['entry', 'entries'],
    },
    artifacts: {
      items: [...artifacts].sort(byOutcomeStrength).map((a) => artifactLine(a, skillNames)),
      noun: ['artifact', 'artifacts'],
    },
  };
}

/** How much of the page one attempt shows. */
export interface OnePageCaps {
  /** The body's size in points; headings scale with it. */
  fontSize: number;
  destinations: number;
  skillsEach: number;
  /** The destinations' facts beyond the first two (measure, target date). */
  allFacts: boolean;
  weeks: boolean;
  log: number;
  artifacts: number;
}

/** A list as the sheet shows it: the first items, and the rest in words ("and 3 more skills"), if any. */
export interface Cut {
  items: string[];
  more: string | null;
}

export function cut(list: Trimmable, cap: number): Cut {
  if (list.items.length <= cap) return { items: list.items, more: null };
  const rest = list.items.length - cap;
  return { items: list.items.slice(0, cap), more: `and ${rest} more ${rest === 1 ? list.noun[0] : list.noun[1]}` };
}

/** A page cut to its caps: lists end in "and N more" where they were cut. */
export interface OnePageShown {
  caps: OnePageCaps;
  heading: string;
  subtitle: string;
  destinations: Array<{ heading: string; facts: string[]; skills: Cut }>;
  /** "and 2 more destinations", when some were cut. */
  moreDestinations: string | null;
  plan: OnePagePlan | null;
  log: Cut;
  artifacts: Cut;
}

export function shown(page: OnePage, caps: OnePageCaps): OnePageShown {
  const destinations = page.destinations.slice(0, caps.destinations).map((d) => ({
    heading: d.heading,
    facts: caps.allFacts ? d.facts : d.facts.slice(1, 3),
    skills: cut(d.skills, caps.skillsEach),
  }));
  const rest = page.destinations.length - destinations.length;
  return {
    caps,
    heading: page.heading,
    subtitle: page.subtitle,
    destinations,
    moreDestinations: rest > 0 ? `and ${rest} more active ${rest === 1 ? 'destination' : 'destinations'}` : null,
    plan: page.plan && (caps.weeks ? page.plan : { ...page.plan, weeks: [] }),
    log: cut(page.log, caps.log),
    artifacts: cut(page.artifacts, caps.artifacts),
  };
}

const ALL = Number.POSITIVE_INFINITY;
const full: OnePageCaps = {
  fontSize: 10,
  destinations: ALL,
  skillsEach: ALL,
  allFacts: true,
  weeks: true,
  log: LOG_ENTRIES,
  artifacts: PRINTED_ARTIFACTS,
};

/**
 * The attempts, richest first: first the type shrinks (down to 7 pt, still readable on paper), then
 * the sheet gives up what matters least first: the week list (the review date stays), the
 * destinations' secondary facts, older log entries, the later skills, the weaker artifacts, and last
 * the destinations beyond the guide's 2–3.
 */
export const attempts: readonly OnePageCaps[] = (() => {
  const steps: Array<Partial<OnePageCaps>> = [
    {},
    { fontSize: 9.5 },
    { fontSize: 9 },
    { fontSize: 8.5 },
    { fontSize: 8 },
    { fontSize: 7.5 },
    { fontSize: 7 },
    { weeks: false },
    { allFacts: false },
    { log: 3 },
    { skillsEach: 8 },
    { artifacts: 2 },
    { skillsEach: 6, destinations: 6 },
    { log: 2, skillsEach: 5 },
    { skillsEach: 4, destinations: 4 },
    { artifacts: 1, log: 1, destinations: 3 },
    { skillsEach: 3 },
    { skillsEach: 2 },
    { skillsEach: 1, destinations: 2 },
  ];
  let caps = full;
  return steps.map((step) => {
    caps = { ...caps, ...step };
    return caps;
  });
})();

/**
 * The richest attempt that fits (as `fits` measures it), else the sparsest: the drawing clips that
 * last one. Most maps fit the first; past it each attempt only shows less than the one before, so
 * a binary search finds the first that fits in a few measurements rather than one per attempt.
 */
export function fitOnePage(page: OnePage, fits: (attempt: OnePageShown) => boolean): OnePageShown {
  const first = shown(page, full);
  if (fits(first)) return first;
  let low = 1;
  let high = attempts.length - 1;
  let best: OnePageShown | null = null;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const attempt = shown(page, attempts[middle] ?? full);
    if (fits(attempt)) {
      best = attempt;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return best ?? shown(page, attempts.at(-1) ?? full);
}
