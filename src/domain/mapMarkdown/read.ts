import type { Category, DestinationStatus, Level } from '../../schemas/common.js';
import { categoryLabels, categoryOrder } from '../labels.js';
import { type TemplateLine, templateLines } from './lines.js';
import type { Finding, MarkdownDestination, MarkdownMap } from './model.js';

/**
 * Reads the guide's template ("Start with a practical, reproducible template", the Growth Map guide,
 * section 5) as the writer writes it and as people write it by hand: any bullet, headings instead of
 * bullets, flat or nested lists, `N`/`P`/`E` or the words, and the guide's filled excerpt
 * (`Week 1-6 Plan: …`). Each line is matched on its own text; what matches nothing is a warning
 * with its line number, never a failure.
 */
export function readMapMarkdown(markdown: string): { map: MarkdownMap; warnings: Finding[] } {
  const state: ReadState = {
    map: { name: null, destinations: [], cycle: null, log: [], artifacts: [] },
    warnings: [],
    section: 'map',
    destination: null,
  };
  const { lines, skipped } = templateLines(markdown);
  for (const line of lines) readLine(state, line);
  return { map: state.map, warnings: [...skipped, ...state.warnings].sort((a, b) => a.line - b.line) };
}

interface ReadState {
  map: MarkdownMap;
  warnings: Finding[];
  section: 'map' | 'cycle' | 'log' | 'artifacts';
  destination: MarkdownDestination | null;
}

const LEVEL = '(n|p|e|novice|practitioner|expert)';
const patterns = {
  name: /^growth map(?:\s+for\s+(.+))?$/is,
  destination: /^destination(?:\s+(?:[a-z]{1,3}|\d+))?\s*:\s*(.+)$/is,
  skill: /^skill(?:\s*\d+)?\s*:\s*(.+)$/is,
  skillLevels: new RegExp(`^(.+)\\s[-–—]\\s*${LEVEL}(?:\\s*(?:→|->)\\s*${LEVEL})?$`, 'is'),
  plan: /^(\d+)[-\s]week plan(?:\s*\(\s*cycle\s*(\d+)\s*\))?$/i,
  weekRangePlan: /^week\s*(\d+)\s*[-–]\s*(\d+)\s*plan\s*:\s*(.+)$/is,
  planField: /^(goal|activities|review date)\s*:\s*(.+)$/is,
  destinationField: /^(category|status|description|measure|target date|business impact)\s*:\s*(.+)$/is,
  log: /^progress log$/i,
  logEntry: /^week\s*(\d+)\s*:\s*(.+)$/is,
  artifacts: /^artifacts$/i,
};

/** Reads one line into the state; answers a warning when the line cannot be used. */
type Reader = (state: ReadState, match: RegExpMatchArray, line: TemplateLine) => string | undefined;

/** In order: the first pattern that matches the line reads it. */
const readers: [RegExp, Reader][] = [
  [
    patterns.name,
    (state, m) => {
      state.map.name = m[1]?.trim() || null;
      return undefined;
    },
  ],
  [patterns.destination, readDestination],
  [patterns.skill, readSkill],
  [patterns.plan, readPlan],
  [patterns.weekRangePlan, readWeekRangePlan],
  [patterns.planField, readPlanField],
  [patterns.destinationField, readDestinationField],
  [patterns.log, (state) => startSection(state, 'log')],
  [patterns.logEntry, readLogEntry],
  [patterns.artifacts, (state) => startSection(state, 'artifacts')],
];

function startSection(state: ReadState, section: ReadState['section']): undefined {
  state.section = section;
  return undefined;
}

const sectionStarts = new Set([patterns.destination, patterns.plan, patterns.weekRangePlan, patterns.log]);

function readLine(state: ReadState, line: TemplateLine): string | undefined {
  // Under “Artifacts” every line is one, until a line starts another part of the template.
  const candidates = state.section === 'artifacts' ? readers.filter(([pattern]) => sectionStarts.has(pattern)) : readers;
  for (const [pattern, reader] of candidates) {
    const match = line.text.match(pattern);
    if (!match) continue;
    const warning = reader(state, match, line);
    if (warning) warn(state, line, warning);
    return;
  }
  if (state.section === 'artifacts') {
    state.map.artifacts.push({ text: line.text, line: line.line });
    return;
  }
  warn(state, line, `Not a line of the template: “${clip(line.text)}”.`);
  return undefined;
}

const warn = (state: ReadState, line: TemplateLine, message: string): void => {
  state.warnings.push({ line: line.line, message });
};
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function readDestination(state: ReadState, match: RegExpMatchArray, line: TemplateLine): string | undefined {
  const title = (match[1] ?? '').trim();
  state.section = 'map';
  const same = state.map.destinations.find((d) => d.title.toLocaleLowerCase() === title.toLocaleLowerCase());
  if (same) {
    state.destination = same;
    return `Destination “${clip(title)}” is already on line ${same.line}; its lines are read as one.`;
  }
  state.destination = {
    title,
    category: null,
    status: null,
    description: null,
    measure: null,
    targetDate: null,
    businessImpact: null,
    skills: [],
    line: line.line,
  };
  state.map.destinations.push(state.destination);
  return undefined;
}

export function levelOf(word: string): Level {
  const first = word.toLowerCase()[0];
  return first === 'n' ? 'novice' : first === 'p' ? 'practitioner' : 'expert';
}

function readSkill(state: ReadState, match: RegExpMatchArray, line: TemplateLine): string | undefined {
  if (!state.destination) return 'A skill before any destination: put it under “Destination A: …”.';
  const levels = (match[1] ?? '').trim().match(patterns.skillLevels);
  if (!levels) return 'Give the skill a level: “Skill 1: Name - N”, P or E (novice, practitioner, expert).';
  const name = (levels[1] ?? '').trim();
  const skills = state.destination.skills;
  if (skills.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
    return `Skill “${clip(name)}” is already under this destination; this line is left out.`;
  }
  const targetLevel = levels[3] ? levelOf(levels[3]) : null;
  skills.push({ name, currentLevel: levelOf(levels[2] ?? ''), targetLevel, line: line.line });
  return undefined;
}

function readPlan(state: ReadState, match: RegExpMatchArray, line: TemplateLine): string | undefined {
  state.section = 'cycle';
  const number = match[2] ? Number(match[2]) : null;
  state.map.cycle = {
    number,
    lengthWeeks: Number(match[1] ?? ''),
    goal: null,
    activities: null,
    reviewDate: null,
    line: line.line,
  };
  return undefined;
}

/** The guide's excerpt: `Week 1-6 Plan: Deliver a minimal service …` is a six-week cycle and its goal. */
function readWeekRangePlan(state: ReadState, match: RegExpMatchArray, line: TemplateLine): string | undefined {
  const lengthWeeks = Number(match[2] ?? '') - Number(match[1] ?? '') + 1;
  state.section = 'cycle';
  state.map.cycle = {
    number: null,
    lengthWeeks,
    goal: (match[3] ?? '').trim(),
    activities: null,
    reviewDate: null,
    line: line.line,
  };
  return undefined;
}

function readPlanField(state: ReadState, match: RegExpMatchArray): string | undefined {
  const cycle = state.map.cycle;
  if (!cycle || state.section !== 'cycle') return `“${match[1] ?? ''}” belongs under “6-Week Plan (Cycle 1)”.`;
  const value = (match[2] ?? '').trim();
  const field = (match[1] ?? '').toLowerCase();
  if (field === 'goal') cycle.goal = value;
  else if (field === 'activities') cycle.activities = value;
  else if (isDay(value)) cycle.reviewDate = value;
  else return 'Write the review date as YYYY-MM-DD.';
  return undefined;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

const statuses: readonly DestinationStatus[] = ['active', 'completed', 'retired'];

function categoryOf(value: string): Category | null {
  const wanted = value.toLowerCase();
  return categoryOrder.find((wire) => wire === wanted || categoryLabels[wire].toLowerCase() === wanted) ?? null;
}

function readDestinationField(state: ReadState, match: RegExpMatchArray): string | undefined {
  const destination = state.destination;
  const field = (match[1] ?? '').toLowerCase();
  if (!destination || state.section !== 'map') return `“${match[1] ?? ''}” belongs under a destination.`;
  const value = (match[2] ?? '').trim();
  if (field === 'category') {
    const category = categoryOf(value);
    if (!category) return `Category is one of: ${categoryOrder.map((c) => categoryLabels[c]).join(', ')}.`;
    destination.category = category;
  } else if (field === 'status') {
    const status = statuses.find((s) => s === value.toLowerCase());
    if (!status) return 'Status is active, completed or retired.';
    destination.status = status;
  } else if (field === 'target date') {
    if (!isDay(value)) return 'Write the target date as YYYY-MM-DD.';
    destination.targetDate = value;
  } else if (field === 'description') destination.description = value;
  else if (field === 'measure') destination.measure = value;
  else destination.businessImpact = value;
  return undefined;
}

function readLogEntry(state: ReadState, match: RegExpMatchArray, line: TemplateLine): string | undefined {
  if (state.section !== 'log') return '“Week N: …” belongs under “Progress Log”.';
  const week = Number(match[1] ?? '');
  if (week < 1) return 'Weeks count from 1.';
  state.map.log.push({ week, text: (match[2] ?? '').trim(), line: line.line });
  return undefined;
}
