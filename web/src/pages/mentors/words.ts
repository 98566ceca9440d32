import type { Section } from '../../../../src/domain/access.js';
import { sections } from '../../../../src/domain/access.js';

/** The sections in the engineer's words: what each one lets a mentor read (issue 10, section 2). */
export const sectionLabels: Record<Section, string> = {
  map: 'Map: destinations, skills, levels and their history',
  cycles: 'Cycles: learning cycles, the progress log and reviews',
  evidence: 'Evidence: artifacts, portfolio and endorsements',
  feedback: 'Feedback: feedback sessions and action items',
  'self-checks': 'Self-checks',
};

export const sectionNames: Record<Section, string> = {
  map: 'Map',
  cycles: 'Cycles',
  evidence: 'Evidence',
  feedback: 'Feedback',
  'self-checks': 'Self-checks',
};

export const sectionOptions = sections.map((value) => ({ value, label: sectionLabels[value] }));

/** Sections in the fixed order, whatever order they were picked in. */
export const inOrder = (picked: readonly string[]): Section[] => sections.filter((s) => picked.includes(s));

export const namesOf = (picked: readonly Section[]): string =>
  picked.length === 0
    ? 'nothing yet'
    : inOrder(picked)
        .map((s) => sectionNames[s])
        .join(', ');
