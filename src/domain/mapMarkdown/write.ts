import { categoryLabels } from '../labels.js';
import { levelDefinitions } from '../levels.js';
import type { Level } from '../../schemas/common.js';
import type { MarkdownDestination, MarkdownSkill } from './model.js';

/** What the writer needs: the map's own fields, without ids or lines. */
export type WritableSkill = Omit<MarkdownSkill, 'line'>;
export type WritableDestination = Omit<MarkdownDestination, 'line' | 'skills'> & { skills: WritableSkill[] };
export interface WritableCycle {
  number: number | null;
  lengthWeeks: number;
  goal: string | null;
  activities: string | null;
  reviewDate: string | null;
}
export interface WritableMap {
  name: string | null;
  destinations: WritableDestination[];
  cycle: WritableCycle | null;
  log: { week: number; text: string }[];
  artifacts: { text: string }[];
}

// Every ASCII punctuation mark may be escaped in CommonMark; these are the ones that could start
// emphasis, a link, code, HTML or an entity inside a line, so the reader gets the user's text back.
const INLINE_SPECIAL = /[\\`*_[\]<>&!~|#]/g;

// At the start of a continued line these would begin a list or turn the line above into a heading.
const BLOCK_START = /^(?:\d+[.)]|[-+=])/;
const escapeBlockStart = (line: string) => line.replace(BLOCK_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);

/**
 * The user's text as literal Markdown: escaped, and a line break kept as a hard break. `startsLine`:
 * the text opens its line (an artifact after `1. `), so it may not start a block either.
 */
export function escapeText(text: string, indent: string, startsLine = false): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(INLINE_SPECIAL, '\\$&'))
    .map((line, index) => (index > 0 || startsLine ? escapeBlockStart(line) : line))
    .join(`\\\n${indent}`);
}

const letter = (level: Level): string => levelDefinitions[level].letter;

/** Destination A, B, … Z, then AA, AB, … as spreadsheets count. */
export function destinationLabel(index: number): string {
  const letters = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letters : destinationLabel(Math.floor(index / 26) - 1) + letters;
}

function skillLine(skill: WritableSkill, index: number): string {
  const target = skill.targetLevel && skill.targetLevel !== skill.currentLevel ? ` → ${letter(skill.targetLevel)}` : '';
  return `  - Skill ${index + 1}: ${escapeText(skill.name, '    ')} - ${letter(skill.currentLevel)}${target}`;
}

function fieldLines(destination: WritableDestination): string[] {
  const fields: [string, string | null][] = [
    ['Category', destination.category && categoryLabels[destination.category]],
    ['Status', destination.status === 'active' ? null : destination.status],
    ['Description', destination.description],
    ['Measure', destination.measure],
    ['Target date', destination.targetDate],
    ['Business impact', destination.businessImpact],
  ];
  return fields.filter(([, value]) => value).map(([name, value]) => `  - ${name}: ${escapeText(value ?? '', '    ')}`);
}

function destinationLines(destination: WritableDestination, index: number): string[] {
  return [
    `- Destination ${destinationLabel(index)}: ${escapeText(destination.title, '  ')}`,
    ...fieldLines(destination),
    ...destination.skills.map(skillLine),
  ];
}

function cycleLines(cycle: WritableCycle): string[] {
  const heading = `## ${cycle.lengthWeeks}-Week Plan${cycle.number === null ? '' : ` (Cycle ${cycle.number})`}`;
  const fields: [string, string | null][] = [
    ['Goal', cycle.goal],
    ['Activities', cycle.activities],
    ['Review date', cycle.reviewDate],
  ];
  const lines = fields.filter(([, value]) => value).map(([name, value]) => `- ${name}: ${escapeText(value ?? '', '  ')}`);
  return [heading, '', ...lines, ''];
}

/**
 * The guide's template, filled: a heading per part, the destinations with their skills nested under
 * them, and what the template has no line for (category, SMART fields, a target level) where a reader
 * looks for it — indented under its destination, or as `- P → E` on the skill's own line.
 */
export function writeMapMarkdown(map: WritableMap): string {
  const lines = [`# Growth Map for ${escapeText(map.name ?? 'me', '')}`, ''];
  lines.push(...map.destinations.flatMap(destinationLines), '');
  if (map.cycle) lines.push(...cycleLines(map.cycle));
  if (map.log.length > 0) {
    lines.push('## Progress Log', '', ...map.log.map((entry) => `- Week ${entry.week}: ${escapeText(entry.text, '  ')}`), '');
  }
  if (map.artifacts.length > 0) {
    lines.push(
      '## Artifacts',
      '',
      ...map.artifacts.map((artifact, i) => `${i + 1}. ${escapeText(artifact.text, '   ', true)}`),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
