import type { ArtifactKind } from '../schemas/artifacts.js';
import type { Category, SystemStage } from '../schemas/common.js';
import type { CycleStatus, LearningMode, Phase } from '../schemas/cycles.js';

/**
 * The words people read for the fixed wire values, written once: the wizard's reasons, the map editor,
 * the one-page map and the catalogue all take them from here. The framework's own pages name a stage as
 * the content in force does (`stageName` in selfCheck.ts), which starts from these same names.
 */

/** The source's four kinds of destination (the Growth Map guide, section 1). */
export const categoryLabels: Record<Category, string> = {
  'technical-specialization': 'Technical specialization',
  'leadership-impact': 'Leadership impact',
  'craft-and-process': 'Craft and process',
  'personal-reputation': 'Personal reputation',
};

/** The guide's examples of each kind, shown as the category field's hint. */
export const categoryExamples: Record<Category, string> = {
  'technical-specialization': 'e.g. durable systems design, distributed databases, or ML infrastructure',
  'leadership-impact': 'e.g. mentoring, influencing product direction, or leading cross-functional initiatives',
  'craft-and-process': 'e.g. faster debugging, robust testing strategies, or scalable deployment practices',
  'personal-reputation': 'e.g. talks, blogs, open source contributions, or internal knowledge sharing',
};

/** The System Evolution Framework's stages, in order. */
export const stageLabels: Record<SystemStage, string> = {
  'mvp-foundation': 'MVP Foundation',
  'problem-solution-fit': 'Problem / Solution Fit',
  'go-to-market': 'Go-To-Market',
  scale: 'Scale',
};

export const stageOrder: readonly SystemStage[] = ['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale'];
export const categoryOrder: readonly Category[] = [
  'technical-specialization',
  'leadership-impact',
  'craft-and-process',
  'personal-reputation',
];

/** The kinds of artifact, in the words of the growth-map guide's "signals you can point to". */
export const artifactKindLabels: Record<ArtifactKind, string> = {
  'design-doc': 'Design doc',
  'decision-record': 'Decision record',
  'architecture-diagram': 'Architecture diagram',
  'code-sample': 'Code sample',
  'mentorship-note': 'Mentorship note',
  presentation: 'Presentation or talk',
  writing: 'Writing (post or article)',
  other: 'Other',
};
export const artifactKindOrder: readonly ArtifactKind[] = [
  'design-doc',
  'decision-record',
  'architecture-diagram',
  'code-sample',
  'mentorship-note',
  'presentation',
  'writing',
  'other',
];

/** The source's four phases of a cycle (the Growth Map guide, section 3). */
export const phaseLabels: Record<Phase, string> = {
  define: 'Define',
  'deep-dive': 'Deep dive',
  demonstrate: 'Demonstrate',
  reflect: 'Reflect',
};

export const cycleStatusLabels: Record<CycleStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  'in-review': 'In review',
  'review-overdue': 'Review overdue',
  closed: 'Closed (reviewed)',
  cancelled: 'Cancelled',
};

export const modeLabels: Record<LearningMode, string> = {
  reading: 'Reading',
  'hands-on': 'Hands-on project',
  pairing: 'Pairing',
  teaching: 'Teaching',
};
