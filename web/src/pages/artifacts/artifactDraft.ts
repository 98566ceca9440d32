import type { Artifact, ArtifactKind } from '../../../../src/schemas/artifacts.js';
import type { Level } from '../../../../src/schemas/common.js';
import { ApiError } from '../../api/client.js';

/**
 * The form's draft: every field a string, so the conflict merge compares them one by one. Lists are
 * kept as text too: `skills` is "skillId:level skillId:level", `destinationIds` "id id".
 */
export interface ArtifactDraft {
  title: string;
  kind: ArtifactKind;
  date: string;
  url: string;
  description: string;
  outcome: string;
  metricName: string;
  metricBefore: string;
  metricAfter: string;
  metricUnit: string;
  metricMeasuredOn: string;
  metricSourceUrl: string;
  skills: string;
  destinationIds: string;
  cycleId: string;
}

export const artifactLabels: Record<keyof ArtifactDraft, string> = {
  title: 'Title',
  kind: 'Kind',
  date: 'Date',
  url: 'Link',
  description: 'Description',
  outcome: 'Outcome',
  metricName: 'What you measured',
  metricBefore: 'Before',
  metricAfter: 'After',
  metricUnit: 'Unit',
  metricMeasuredOn: 'Measured on',
  metricSourceUrl: 'Where the numbers come from',
  skills: 'Skills it shows',
  destinationIds: 'Destinations',
  cycleId: 'Learning cycle',
};

export const emptyDraft = (): ArtifactDraft => ({
  title: '',
  kind: 'design-doc',
  date: '',
  url: '',
  description: '',
  outcome: '',
  metricName: '',
  metricBefore: '',
  metricAfter: '',
  metricUnit: '',
  metricMeasuredOn: '',
  metricSourceUrl: '',
  skills: '',
  destinationIds: '',
  cycleId: '',
});

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function draftOfArtifact(artifact: Artifact): ArtifactDraft {
  const metric = artifact.metric;
  return {
    title: artifact.title,
    kind: artifact.kind,
    date: artifact.date ?? '',
    url: artifact.url ?? '',
    description: artifact.description ?? '',
    outcome: artifact.outcome ?? '',
    metricName: metric?.name ?? '',
    metricBefore: numberText(metric?.before),
    metricAfter: numberText(metric?.after),
    metricUnit: metric?.unit ?? '',
    metricMeasuredOn: metric?.measuredOn ?? '',
    metricSourceUrl: metric?.sourceUrl ?? '',
    skills: artifact.skills.map((s) => `${s.skillId}:${s.level}`).join(' '),
    destinationIds: artifact.destinationIds.join(' '),
    cycleId: artifact.cycleId ?? '',
  };
}

const listOf = (text: string) => text.split(' ').filter(Boolean);

export const skillLevelsOf = (draft: ArtifactDraft): Map<string, Level> =>
  new Map(
    listOf(draft.skills).flatMap((pair) => {
      const [skillId = '', level = ''] = pair.split(':');
      return level === 'novice' || level === 'practitioner' || level === 'expert' ? [[skillId, level] as const] : [];
    }),
  );

export const skillsText = (levels: ReadonlyMap<string, Level>) => [...levels].map(([id, level]) => `${id}:${level}`).join(' ');
export const destinationIdsOf = (draft: ArtifactDraft) => listOf(draft.destinationIds);

/** "45", "-3", "0.5" or "1,5" (a decimal comma) as a number; anything else is not one. */
function parseNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : 'invalid';
}

/** What the form checks before sending: numbers that are not numbers, and a metric without a name. */
function metricProblems(draft: ArtifactDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const before = parseNumber(draft.metricBefore);
  const after = parseNumber(draft.metricAfter);
  if (before === 'invalid') problems['metric.before'] = 'Use a number, like 45 or 0.5.';
  if (after === 'invalid') problems['metric.after'] = 'Use a number, like 12 or 0.25.';
  const anyMetric = [draft.metricBefore, draft.metricAfter, draft.metricUnit, draft.metricMeasuredOn, draft.metricSourceUrl].some(
    (value) => value.trim() !== '',
  );
  if (anyMetric && !draft.metricName.trim()) problems['metric.name'] = 'Name what you measured, e.g. “MTTR”.';
  return problems;
}

function metricOf(draft: ArtifactDraft) {
  if (!draft.metricName.trim()) return null;
  const number = (text: string) => {
    const value = parseNumber(text);
    return typeof value === 'number' ? value : null;
  };
  return {
    name: draft.metricName,
    before: number(draft.metricBefore),
    after: number(draft.metricAfter),
    unit: draft.metricUnit || null,
    measuredOn: draft.metricMeasuredOn || null,
    sourceUrl: draft.metricSourceUrl.trim() || null,
  };
}

/** The body of a create or a full update: empty text clears a field. Throws the form's own field errors first. */
export function bodyOf(draft: ArtifactDraft) {
  const problems = metricProblems(draft);
  if (Object.keys(problems).length > 0) throw new ApiError(400, 'validation_failed', 'Some fields need attention.', problems);
  return {
    title: draft.title,
    kind: draft.kind,
    date: draft.date || null,
    url: draft.url.trim() || null,
    description: draft.description || null,
    outcome: draft.outcome || null,
    metric: metricOf(draft),
    skills: [...skillLevelsOf(draft)].map(([skillId, level]) => ({ skillId, level })),
    destinationIds: destinationIdsOf(draft),
    cycleId: draft.cycleId || null,
  };
}
