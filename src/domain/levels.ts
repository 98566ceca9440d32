import type { Level } from '../schemas/common.js';

/** Mastery levels in order, with the source's definitions (the Growth Map guide, section 2). */
export const levels: readonly Level[] = ['novice', 'practitioner', 'expert'];

export const levelDefinitions: Record<Level, { letter: 'N' | 'P' | 'E'; label: string; meaning: string }> = {
  novice: { letter: 'N', label: 'Novice', meaning: 'can perform with guidance' },
  practitioner: { letter: 'P', label: 'Practitioner', meaning: 'can execute independently' },
  expert: { letter: 'E', label: 'Expert', meaning: 'can design and teach others' },
};

export function levelRank(level: Level): number {
  return levels.indexOf(level);
}

export interface LevelEntry {
  to: Level;
  date: string;
  createdAt: string;
  id: string;
}

/** The current level is the level of the latest entry: by date, then by creation. */
export function currentLevelOf(history: readonly LevelEntry[]): Level | null {
  let latest: LevelEntry | null = null;
  for (const entry of history) {
    if (latest === null || compareEntries(entry, latest) > 0) latest = entry;
  }
  return latest?.to ?? null;
}

export function compareEntries(a: LevelEntry, b: LevelEntry): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
