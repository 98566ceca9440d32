import type { Category, DestinationStatus, Level } from '../../schemas/common.js';

/**
 * The Growth Map as the guide's Markdown template holds it ("Start with a practical, reproducible
 * template", the Growth Map guide, section 5): what the writer writes and the reader reads back.
 * Fields the template has no line for are optional: a hand-written file leaves them out, and a
 * field left out is left alone on import, never cleared.
 */
export interface MarkdownSkill {
  name: string;
  currentLevel: Level;
  /** Written as `- P → E`; null when the line gives one level. */
  targetLevel: Level | null;
  line: number;
}

export interface MarkdownDestination {
  title: string;
  category: Category | null;
  /** Written only when it is not active. */
  status: DestinationStatus | null;
  description: string | null;
  measure: string | null;
  targetDate: string | null;
  businessImpact: string | null;
  skills: MarkdownSkill[];
  line: number;
}

export interface MarkdownLogEntry {
  week: number;
  text: string;
  line: number;
}

export interface MarkdownCycle {
  /** The cycle's number as the file counts them (`Cycle 1`), null for `Week 1-6 Plan`. */
  number: number | null;
  lengthWeeks: number;
  goal: string | null;
  activities: string | null;
  reviewDate: string | null;
  line: number;
}

export interface MarkdownArtifact {
  text: string;
  line: number;
}

export interface MarkdownMap {
  name: string | null;
  destinations: MarkdownDestination[];
  cycle: MarkdownCycle | null;
  log: MarkdownLogEntry[];
  artifacts: MarkdownArtifact[];
}

export interface Finding {
  line: number;
  message: string;
}
