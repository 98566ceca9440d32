import type { ArtifactCreate } from '../schemas/artifacts.js';
import type { ProgressEntry } from '../schemas/cycles.js';
import { dateIn } from './time.js';

/** Long enough to recognise the work in a list, short of the 300 an artifact title allows. */
const TITLE_LENGTH = 120;

/** The entry's first line, cut at a word before `TITLE_LENGTH` when it is longer. */
export function titleFromEntry(text: string): string {
  const firstLine = text.trim().split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  if (firstLine.length <= TITLE_LENGTH) return firstLine;
  const cut = firstLine.slice(0, TITLE_LENGTH - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > TITLE_LENGTH / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** The link an entry would be turned into an artifact from: its first one. */
export const entryLink = (entry: ProgressEntry): string | null =>
  entry.evidence.flatMap((item) => (item.kind === 'link' ? [item.url] : []))[0] ?? null;

/**
 * The artifact a progress entry's link becomes ("build signals you can point to"): the entry's
 * words as its title, the link as its url, dated the day the entry was written in the owner's
 * time zone, and tied to the entry's cycle and that cycle's destinations. Cycles name no skill,
 * so the owner adds the skills and the outcome on the artifact afterwards.
 */
export function artifactFromEntry(
  entry: ProgressEntry,
  url: string,
  cycle: { id: string; destinationIds: readonly string[] },
  timeZone: string,
): ArtifactCreate {
  return {
    title: titleFromEntry(entry.text) || `Week ${entry.week} of the cycle`,
    kind: 'other',
    url,
    date: dateIn(timeZone, new Date(entry.createdAt)),
    cycleId: cycle.id,
    skills: [],
    destinationIds: [...cycle.destinationIds],
  };
}
