import type { Artifact } from '../schemas/artifacts.js';
import type { Level } from '../schemas/common.js';
import type { Win } from '../schemas/talkingPoints.js';
import { levelDefinitions, levelRank } from './levels.js';
import { metricText, rateOutcome } from './outcomes.js';

export interface WinInputs {
  /** Completed destinations with the date they were marked completed. */
  completedDestinations: ReadonlyArray<{ id: string; title: string; measure: string | null; completedOn: string }>;
  levelChanges: ReadonlyArray<{ id: string; skill: string; from: Level | null; to: Level; date: string }>;
  /** The artifacts in the Portfolio of Impact, dated by the work itself (else when it was recorded). */
  portfolioItems: ReadonlyArray<Pick<Artifact, 'id' | 'title' | 'outcome' | 'metric'> & { date: string }>;
}

/** The most recent wins listed. */
export const maxWins = 20;

/** A line of Markdown that stays one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function destinationSnippet(destination: WinInputs['completedDestinations'][number]): string {
  const measure = destination.measure ? ` — ${oneLine(destination.measure)}` : '';
  return `**Destination reached:** ${oneLine(destination.title)}${measure}`;
}

export function levelUpSnippet(change: WinInputs['levelChanges'][number]): string {
  const from = change.from ? ` (from ${levelDefinitions[change.from].label})` : '';
  const definition = levelDefinitions[change.to];
  return `**Level up:** ${definition.label} in ${oneLine(change.skill)}${from}: ${definition.meaning}.`;
}

export function portfolioSnippet(item: WinInputs['portfolioItems'][number]): string {
  const shows = item.metric && rateOutcome(item) === 'metric' ? metricText(item.metric) : item.outcome;
  return `**New in my Portfolio of Impact:** ${oneLine(item.title)}${shows ? ` — ${oneLine(shows)}` : ''}`;
}

/** Growth-map guide, section 6: "celebrate small wins publicly". Newest first, deterministic. */
export function winsOf(inputs: WinInputs): Win[] {
  const destinations = inputs.completedDestinations.map(
    (destination): Win => ({
      kind: 'destination-completed',
      id: destination.id,
      date: destination.completedOn,
      title: destination.title,
      snippet: destinationSnippet(destination),
    }),
  );
  const levelUps = inputs.levelChanges
    .filter((change) => change.from !== null && levelRank(change.to) > levelRank(change.from))
    .map(
      (change): Win => ({
        kind: 'level-up',
        id: change.id,
        date: change.date,
        title: `${levelDefinitions[change.to].label} in ${change.skill}`,
        snippet: levelUpSnippet(change),
      }),
    );
  const portfolioItems = inputs.portfolioItems.map(
    (item): Win => ({ kind: 'portfolio-item', id: item.id, date: item.date, title: item.title, snippet: portfolioSnippet(item) }),
  );
  return [...destinations, ...levelUps, ...portfolioItems]
    .sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
    .slice(0, maxWins);
}

/** Exactly the body a Slack-compatible incoming webhook receives. */
export const webhookBody = (text: string): string => JSON.stringify({ text });
