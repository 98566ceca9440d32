/**
 * The wizard's first cycle and the artifacts it suggests collecting: both follow the kind of
 * destination (the Growth Map guide, sections 3 and 4).
 */
import type { ArtifactKind } from '../schemas/artifacts.js';
import type { Category } from '../schemas/common.js';
import type { StarterProject } from '../schemas/content.js';
import type { CycleWeek, LearningMode } from '../schemas/cycles.js';
import { categoryLabels } from './labels.js';
import { quote } from './selfCheck.js';
import type { Draft, DraftCycle, DraftDestination, WizardAnswers } from './wizard.js';
import { type DraftedSkill, hitOf, hits } from './wizardSuggestions.js';

/** The Growth Map guide's signals (section 4): a label and the guide's own words for each kind, by the artifact's kind. */
type SuggestedKind = Exclude<ArtifactKind, 'architecture-diagram' | 'other'>;
const ARTIFACT_KINDS: Record<SuggestedKind, readonly [label: string, guide: string]> = {
  'design-doc': ['Design document', 'Design documents for systems you’ve built or improved'],
  'decision-record': ['Decision record', 'Architectures, diagrams, and rationale (e.g., decision records)'],
  'code-sample': ['Code sample', 'Code samples illustrating mastery level (N, P, E)'],
  'mentorship-note': ['Mentorship notes', 'Mentorship notes: pair-programming summaries, feedback given/received'],
  presentation: ['Internal talk', 'Presentations: internal talks, meetups, or conference slides'],
  writing: ['Blog post or technical note', 'Writing: blog posts, technical notes, or a mini-series'],
};
/** What a destination of each category naturally produces, and which modes beyond reading and hands-on suit it. */
const BY_CATEGORY: Record<Category, { artifacts: SuggestedKind[]; modes: LearningMode[]; grows: string }> = {
  'technical-specialization': {
    artifacts: ['design-doc', 'code-sample'],
    modes: ['pairing'],
    grows: 'fastest by pairing with someone from another domain (the guide: “rotate partners across different domains”)',
  },
  'leadership-impact': {
    artifacts: ['decision-record', 'mentorship-note'],
    modes: ['pairing', 'teaching'],
    grows: 'by working with others and teaching what you learn',
  },
  'craft-and-process': {
    artifacts: ['code-sample', 'decision-record'],
    modes: ['pairing'],
    grows: 'fastest in live pairing: real-time code reviews and debugging sessions',
  },
  'personal-reputation': {
    artifacts: ['writing', 'presentation'],
    modes: ['teaching'],
    grows: 'by teaching what you learn in front of others',
  },
};

const range = (ws: CycleWeek[]) =>
  ws.length > 1 ? `weeks ${ws[0]?.number}–${ws[ws.length - 1]?.number}` : `week ${ws[0]?.number}`;
const listed = (names: string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');

export interface CycleInput {
  /** The cycle works on the first destination. */
  first: DraftDestination;
  drafted: DraftedSkill[];
  projects: StarterProject[];
  answers: Pick<WizardAnswers, 'lengthWeeks' | 'reviewWeeks'>;
  startDate: string;
  weeks: CycleWeek[];
}

export function planFirstCycle({ first, drafted, projects, answers, startDate, weeks }: CycleInput): DraftCycle {
  // The backup project shares the first destination's skills where it can.
  const firstDrafted = drafted.filter((d) => first.skills.some((s) => s.catalogueId === d.id));
  const backup = projects
    .filter((p) => hitOf(p.skills, drafted))
    .sort((a, b) => hits(b.skills, firstDrafted) - hits(a.skills, firstDrafted))[0];
  const backupSkill = backup && (hitOf(backup.skills, firstDrafted) ?? hitOf(backup.skills, drafted));
  const demo = weeks.find((w) => w.phase === 'demonstrate')!;
  const phases = (['define', 'deep-dive', 'demonstrate', 'reflect'] as const).map(
    (p) => `${range(weeks.filter((w) => w.phase === p))} ${p.replace('-', ' ')}`,
  );
  const fit = BY_CATEGORY[first.category];
  const skillNames = listed(first.skills.map((s) => s.name)) || 'one of its skills';
  return {
    // A title short enough for a heading and a link; the instruction goes in the description.
    goal: `Practise ${first.skills[0]?.name ?? 'one skill'} in one small piece of work`,
    // Stored text, so the whole destination title; the reasons quote it shortened.
    description:
      `Define a concrete mini-goal for “${first.title}”: pick one small piece of work that uses ${skillNames}, ` +
      `and decide what you will show a peer or mentor in week ${demo.number}. Then rename the cycle after that mini-goal.`,
    destinationKeys: [first.key],
    lengthWeeks: answers.lengthWeeks,
    reviewWeeks: answers.reviewWeeks,
    startDate,
    weeks,
    modes: ['reading', 'hands-on', ...fit.modes],
    backupProject:
      backup?.title ??
      `A small side project that practises ${first.skills[0]?.name ?? 'one skill of this destination'}, small enough to show in week ${demo.number}`,
    why:
      `The first cycle focuses on your first destination, ${quote(first.title)}. ${answers.lengthWeeks} weeks with ${answers.reviewWeeks} review ` +
      `week${answers.reviewWeeks > 1 ? 's' : ''}, as you chose: ${phases.join(', ')}; it starts on ${startDate}, the first Monday on or after today. ` +
      `Reading and hands-on work suit every cycle; ${listed(fit.modes)} because ${categoryLabels[first.category].toLowerCase()} grows ${fit.grows}. ` +
      (backup && backupSkill
        ? `Backup project ${quote(backup.title)} in case of blockers, because it practises ${backupSkill.name} as well.`
        : 'No starter project matches these skills, so the backup project is a generic one to adapt.'),
  };
}

export function suggestArtifacts(destinations: DraftDestination[]): Draft['artifacts'] {
  return destinations.flatMap((d) =>
    BY_CATEGORY[d.category].artifacts.map((kind) => {
      const [label, guide] = ARTIFACT_KINDS[kind];
      return {
        kind,
        title: `${label} for “${d.title}”`,
        why: `The guide lists “${guide}” as a signal to collect, and it fits a ${categoryLabels[d.category].toLowerCase()} destination like ${quote(d.title)}.`,
      };
    }),
  );
}
