import type { Level } from '../schemas/common.js';
import type { SkillEvidenceHealth, TalkingPoint, TalkingPointSection, TalkingPoints } from '../schemas/talkingPoints.js';
import { levelDefinitions, levelRank } from './levels.js';

/** What the computation reads; services map their records onto these. */
export interface PointArtifact {
  id: string;
  title: string;
  kind: string;
  date: string | null;
  createdAt: string;
  outcome: string | null;
  metric: { name: string; before: number | null; after: number | null; unit: string | null } | null;
}

export interface PointLevelChange {
  id: string;
  skillId: string;
  skill: string;
  from: Level | null;
  to: Level;
  date: string;
  evidence: ReadonlyArray<{ kind: string; id?: string }>;
}

export interface PointInputs {
  artifacts: readonly PointArtifact[];
  levelChanges: readonly PointLevelChange[];
  closedCycles: ReadonlyArray<{ id: string; goal: string; reviewedOn: string }>;
  /** Active destinations in the map's order. */
  activeDestinations: ReadonlyArray<{ id: string; title: string; targetDate: string | null }>;
  oneOnOnes: ReadonlyArray<{ id: string; partner: string; date: string; supportNeeded: string | null }>;
  openActionItems: ReadonlyArray<{ id: string; text: string; partner: string; due: string | null }>;
  health: readonly SkillEvidenceHealth[];
}

const newestFirst =
  <T extends { id: string }>(dateOf: (item: T) => string) =>
  (a: T, b: T) =>
    dateOf(b).localeCompare(dateOf(a)) || a.id.localeCompare(b.id);

const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** "Cut MTTR from 45 to 12 minutes": the verb says which way it moved. */
export function metricSentence(metric: NonNullable<PointArtifact['metric']>): string | null {
  if (metric.before === null || metric.after === null) return null;
  const verb = metric.after < metric.before ? 'Cut' : metric.after > metric.before ? 'Raised' : 'Held';
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const range =
    metric.before === metric.after ? `at ${number(metric.after)}` : `from ${number(metric.before)} to ${number(metric.after)}`;
  return `${verb} ${metric.name} ${range}${unit}`;
}

function outcomes(artifacts: readonly PointArtifact[]): TalkingPoint[] {
  const sorted = [...artifacts].sort(newestFirst((a) => a.date ?? a.createdAt.slice(0, 10)));
  const measured = sorted.flatMap((artifact) => {
    const sentence = artifact.metric && metricSentence(artifact.metric);
    return sentence ? [{ artifact, text: `${sentence} (${artifact.title})` }] : [];
  });
  const told = sorted.flatMap((artifact) =>
    artifact.outcome && !measured.some((m) => m.artifact === artifact)
      ? [{ artifact, text: `${artifact.outcome} (${artifact.title})` }]
      : [],
  );
  return [...measured, ...told].map(({ artifact, text }) => ({
    section: 'outcomes',
    text,
    sources: [{ kind: 'artifact', id: artifact.id }],
  }));
}

const evidenceNouns: Record<string, [string, string]> = {
  link: ['link', 'links'],
  cycle: ['cycle review', 'cycle reviews'],
  feedback: ['feedback session', 'feedback sessions'],
  artifact: ['artifact', 'artifacts'],
  endorsement: ['endorsement', 'endorsements'],
};

/** ", backed by 2 artifacts and 1 link"; a kind added later reads by its own name. */
export function evidenceWords(evidence: PointLevelChange['evidence']): string {
  const kinds = [...new Set(evidence.map((e) => e.kind))].sort();
  const parts = kinds.map((kind) => {
    const n = evidence.filter((e) => e.kind === kind).length;
    const [one, many] = evidenceNouns[kind] ?? [`${kind} evidence`, `${kind} evidence`];
    return `${n} ${n === 1 ? one : many}`;
  });
  const last = parts.pop();
  if (last === undefined) return '';
  return `, backed by ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}`;
}

function progress(inputs: PointInputs): TalkingPoint[] {
  const moves = inputs.levelChanges
    .filter((change) => change.from !== null && levelRank(change.to) > levelRank(change.from))
    .sort(newestFirst((c) => c.date))
    .map((change): TalkingPoint => {
      const from = change.from ? levelDefinitions[change.from].label : '';
      return {
        section: 'progress',
        text: `From ${from} to ${levelDefinitions[change.to].label} in ${change.skill}${evidenceWords(change.evidence)}`,
        sources: [
          { kind: 'level-change', id: change.id },
          { kind: 'skill', id: change.skillId },
          ...change.evidence.flatMap((e) => (e.id ? [{ kind: e.kind, id: e.id }] : [])),
        ],
      };
    });
  const cycles = [...inputs.closedCycles].sort(newestFirst((c) => c.reviewedOn)).map(
    (cycle): TalkingPoint => ({
      section: 'progress',
      text: `Closed the learning cycle “${cycle.goal}” (reviewed ${cycle.reviewedOn})`,
      sources: [{ kind: 'cycle', id: cycle.id }],
    }),
  );
  return [...moves, ...cycles];
}

/** The destination with the nearest target date comes next; those without one follow in the map's order. */
function nextDestination(destinations: PointInputs['activeDestinations']): TalkingPoint[] {
  const [next] = [...destinations].sort((a, b) =>
    a.targetDate && b.targetDate ? a.targetDate.localeCompare(b.targetDate) : a.targetDate ? -1 : b.targetDate ? 1 : 0,
  );
  if (!next) return [];
  const by = next.targetDate ? ` by ${next.targetDate}` : '';
  return [
    { section: 'collaboration', text: `Next destination: ${next.title}${by}`, sources: [{ kind: 'destination', id: next.id }] },
  ];
}

/** A partner's latest 1:1 says what support is still needed; earlier asks were answered or restated there. */
function supportNeeds(oneOnOnes: PointInputs['oneOnOnes']): TalkingPoint[] {
  const latest = new Map<string, PointInputs['oneOnOnes'][number]>();
  for (const session of [...oneOnOnes].sort(newestFirst((s) => s.date))) {
    const key = session.partner.trim().toLocaleLowerCase('en');
    if (!latest.has(key)) latest.set(key, session);
  }
  return [...latest.values()].flatMap((session) =>
    session.supportNeeded
      ? [
          {
            section: 'collaboration' as const,
            text: `Support needed (1:1 with ${session.partner}, ${session.date}): ${session.supportNeeded}`,
            sources: [{ kind: 'feedback', id: session.id }],
          },
        ]
      : [],
  );
}

function collaboration(inputs: PointInputs): TalkingPoint[] {
  const items = inputs.openActionItems.map(
    (item): TalkingPoint => ({
      section: 'collaboration',
      text: `Open action: ${item.text} (with ${item.partner}${item.due ? `, due ${item.due}` : ''})`,
      sources: [{ kind: 'action-item', id: item.id }],
    }),
  );
  const mentoring = inputs.artifacts
    .filter((artifact) => artifact.kind === 'mentorship-note')
    .sort(newestFirst((a) => a.date ?? a.createdAt.slice(0, 10)))
    .map(
      (artifact): TalkingPoint => ({
        section: 'collaboration',
        text: `Mentoring: ${artifact.title}`,
        sources: [{ kind: 'artifact', id: artifact.id }],
      }),
    );
  return [...nextDestination(inputs.activeDestinations), ...supportNeeds(inputs.oneOnOnes), ...items, ...mentoring];
}

/** Only levels that rest on nothing: one kind of evidence is a nudge on the map, not a risk to raise. */
function risks(health: readonly SkillEvidenceHealth[]): TalkingPoint[] {
  return health.flatMap((skill) =>
    skill.warning?.code === 'own-word'
      ? [{ section: 'risks' as const, text: skill.warning.message, sources: [{ kind: 'skill', id: skill.skillId }] }]
      : [],
  );
}

export const sectionTitles: Record<TalkingPointSection, string> = {
  outcomes: 'Outcomes',
  progress: 'Progress',
  collaboration: 'Collaboration plan',
  risks: 'Risks',
};

const sectionOrder: readonly TalkingPointSection[] = ['outcomes', 'progress', 'collaboration', 'risks'];

/** Markdown with one heading per section that has points; a line's text never breaks the list. */
export function talkingPointsMarkdown(points: readonly TalkingPoint[]): string {
  return sectionOrder
    .flatMap((section) => {
      const lines = points.filter((p) => p.section === section).map((p) => `- ${p.text.replace(/\s*\n\s*/g, ' ')}`);
      return lines.length > 0 ? [`## ${sectionTitles[section]}\n\n${lines.join('\n')}`] : [];
    })
    .join('\n\n')
    .concat(points.length > 0 ? '\n' : '');
}

/** Growth-map guide, section 10: career conversations framed as outcomes, from the data alone, each line citing its records. */
export function talkingPointsOf(inputs: PointInputs): TalkingPoints {
  const points = [...outcomes(inputs.artifacts), ...progress(inputs), ...collaboration(inputs), ...risks(inputs.health)];
  return { points, markdown: talkingPointsMarkdown(points) };
}
