import { z } from 'zod';
import { calendarDate, dateInput, id, instant, level, optionalText, plainString, text, version } from './common.js';
import { limits, maxFileBytes } from './limits.js';

/** What a piece of work is, in the growth-map guide's words for the signals you can point to. */
export const artifactKind = z.enum([
  'design-doc',
  'decision-record',
  'architecture-diagram',
  'code-sample',
  'mentorship-note',
  'presentation',
  'writing',
  'other',
]);
export type ArtifactKind = z.infer<typeof artifactKind>;

/** The types a file may have, decided from its bytes (see domain/fileType.ts). */
export const artifactFileType = z.enum([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/plain',
  'text/markdown',
]);
export type ArtifactFileType = z.infer<typeof artifactFileType>;

export { maxFileBytes };

const httpUrl = z.url({ protocol: /^https?$/, error: 'Use an http or https link.' }).max(2000);

/** A number the user measured; finite and within what a double keeps exactly enough for display. */
const measurement = z
  .number({ error: 'Use a number.' })
  .min(-1e12, 'Use a number between -1,000,000,000,000 and 1,000,000,000,000.')
  .max(1e12, 'Use a number between -1,000,000,000,000 and 1,000,000,000,000.');

/** What changed, measured: "MTTR from 45 to 12 minutes, measured on 2027-03-01 in the incident tracker". */
export const metric = z.object({
  name: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  unit: z.string().nullable(),
  measuredOn: calendarDate.nullable(),
  sourceUrl: z.string().nullable(),
});
export type Metric = z.infer<typeof metric>;

export const metricInput = z.object({
  name: text(limits.metricName, 'Metric name'),
  before: measurement.nullish(),
  after: measurement.nullish(),
  unit: optionalText(limits.metricUnit),
  measuredOn: dateInput.nullish(),
  sourceUrl: httpUrl.nullish(),
});
export type MetricInput = z.infer<typeof metricInput>;

/** The mastery an artifact shows for one skill of the owner's map. */
export const artifactSkill = z.object({ skillId: id, level });
export type ArtifactSkill = z.infer<typeof artifactSkill>;

/** The stored file, described; its bytes are at `/api/v1/artifacts/{id}/file`. */
export const artifactFile = z.object({ name: z.string(), type: artifactFileType, size: z.number().int() });
export type ArtifactFile = z.infer<typeof artifactFile>;

export const artifact = z.object({
  id,
  title: z.string(),
  kind: artifactKind,
  date: calendarDate.nullable(),
  url: z.string().nullable(),
  description: z.string().nullable(),
  /** One sentence: what changed because of this work. */
  outcome: z.string().nullable(),
  metric: metric.nullable(),
  skills: z.array(artifactSkill),
  destinationIds: z.array(id),
  cycleId: id.nullable(),
  file: artifactFile.nullable(),
  version: z.number().int(),
  createdAt: instant,
});
export type Artifact = z.infer<typeof artifact>;

const skillsInput = z
  .array(artifactSkill)
  .max(30, 'Name at most 30 skills.')
  .refine((skills) => new Set(skills.map((s) => s.skillId)).size === skills.length, 'Name each skill once.');
const destinationIdsInput = z
  .array(id)
  .max(20, 'Name at most 20 destinations.')
  .refine((ids) => new Set(ids).size === ids.length, 'Name each destination once.');

const artifactFields = {
  title: text(limits.artifactTitle, 'Title'),
  kind: artifactKind,
  date: dateInput.nullish(),
  url: httpUrl.nullish(),
  description: optionalText(limits.artifactDescription),
  outcome: optionalText(limits.artifactOutcome),
  metric: metricInput.nullish(),
  skills: skillsInput,
  destinationIds: destinationIdsInput,
  cycleId: id.nullish(),
};

export const artifactCreate = z.object({
  ...artifactFields,
  kind: artifactKind.default('other'),
  skills: skillsInput.default([]),
  destinationIds: destinationIdsInput.default([]),
});
export type ArtifactCreate = z.infer<typeof artifactCreate>;

/** Missing leaves a field alone; null clears it. */
export const artifactPatch = z.object({
  version,
  title: artifactFields.title.optional(),
  kind: artifactKind.optional(),
  date: artifactFields.date,
  url: artifactFields.url,
  description: artifactFields.description,
  outcome: artifactFields.outcome,
  metric: artifactFields.metric,
  skills: skillsInput.optional(),
  destinationIds: destinationIdsInput.optional(),
  cycleId: artifactFields.cycleId,
});
export type ArtifactPatch = z.infer<typeof artifactPatch>;

const flag = z.enum(['true', 'false'], { error: 'Use true or false.' }).transform((value) => value === 'true');

export const artifactFilter = z.object({
  kind: artifactKind.optional(),
  skillId: id.optional(),
  destinationId: id.optional(),
  /** true: only artifacts with an outcome sentence or a metric; false: only those without. */
  hasOutcome: flag.optional(),
});
export type ArtifactFilter = z.infer<typeof artifactFilter>;

/** The file's name comes with the bytes as a query value; its type never does (it is read from the bytes). */
export const fileQuery = z.object({ name: plainString().trim().max(200, 'Use a name of at most 200 characters.').optional() });

/** Raw bytes of any content type (a Buffer on the server), described as binary in OpenAPI. */
export const fileBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'Send the file’s bytes as the request body.')
  .meta({ type: 'string', format: 'binary' });

/** An artifact in the export, with its file's bytes as base64 (null without a file). */
export const artifactExport = artifact.extend({ fileBase64: z.string().nullable() });
export type ArtifactExport = z.infer<typeof artifactExport>;
