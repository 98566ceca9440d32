import type { PointSource } from '../../../../src/schemas/talkingPoints.js';

/** Where each kind of cited record is shown; a level change is reached through its skill, cited beside it. */
const places: Record<string, { word: string; href: (id: string) => string }> = {
  artifact: { word: 'artifact', href: (id) => `/artifacts/${id}` },
  skill: { word: 'skill', href: (id) => `/skills/${id}` },
  cycle: { word: 'learning cycle', href: (id) => `/cycles/${id}` },
  feedback: { word: 'feedback session', href: (id) => `/feedback/${id}` },
  destination: { word: 'destination', href: () => '/map' },
  'action-item': { word: 'action item', href: () => '/feedback/action-items' },
};

export interface SourceLink {
  key: string;
  word: string;
  href: string;
}

export function sourceLinks(sources: readonly PointSource[]): SourceLink[] {
  return sources.flatMap((source) => {
    const place = places[source.kind];
    return place ? [{ key: `${source.kind}-${source.id}`, word: place.word, href: place.href(source.id) }] : [];
  });
}
