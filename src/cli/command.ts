import { Command, InvalidArgumentError } from 'commander';
import type { Level } from '../schemas/common.js';

/** What every command takes: `--json` prints the result for scripts instead of sentences. */
export interface JsonOption {
  json?: boolean;
}

export const newCommand = (name: string, description: string): Command =>
  new Command(name).description(description).option('--json', 'print the result as JSON, for scripts');

/** `novice`, `practitioner`, `expert` or their letters, any case. */
export function parseLevel(word: string): Level {
  const levels: Record<string, Level> = { n: 'novice', p: 'practitioner', e: 'expert' };
  const level = levels[word.trim().toLowerCase()] ?? Object.values(levels).find((l) => l === word.trim().toLowerCase());
  if (!level) throw new InvalidArgumentError('Use novice, practitioner or expert (or N, P, E).');
  return level;
}

/** A flag given more than once collects its values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The user's date today, in this machine's zone (the lint's SMART check asks whether a date is past). */
export function localToday(): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const levelLabel = (level: Level) => level[0]!.toUpperCase() + level.slice(1);
