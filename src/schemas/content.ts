import { z } from 'zod';
import { category, systemStage } from './common.js';

/**
 * The shapes of the framework content in content/*.yaml. An organisation can replace or
 * extend every list (CONTENT_DIR, or an administrator's upload); ids tie the lists together.
 */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase words joined by hyphens, like "release-engineering".');
const line = z.string().trim().min(1, 'Must not be empty.').max(500, 'At most 500 characters.');
const paragraph = z.string().trim().min(1, 'Must not be empty.').max(3000, 'At most 3000 characters.');
const lines = z.array(line).min(1, 'List at least one item.');

export const stageArea = z.enum(['system-needs', 'engineer-needs', 'common-tasks', 'common-mistakes']);
export type StageArea = z.infer<typeof stageArea>;

export const stageContent = z.strictObject({
  id: systemStage,
  name: line,
  summary: paragraph,
  systemNeeds: lines,
  engineerNeeds: lines,
  commonTasks: lines,
  commonMistakes: lines,
});
export type StageContent = z.infer<typeof stageContent>;

export const selfCheckItem = z.strictObject({
  id: slug,
  stage: systemStage,
  area: stageArea,
  statement: line,
  skills: z.array(slug).min(1, 'Tie the statement to at least one catalogue skill.'),
});
export type SelfCheckItem = z.infer<typeof selfCheckItem>;

export const reading = z.strictObject({
  id: slug,
  stages: z.array(systemStage).min(1),
  kind: z.enum(['book', 'paper', 'talk', 'article']),
  title: line,
  authors: z.array(line).min(1),
  year: z.number().int().min(1900).max(2100),
  why: line,
  url: z.url({ protocol: /^https?$/ }).optional(),
  skills: z.array(slug).default([]),
});
export type Reading = z.infer<typeof reading>;

export const practiceTask = z.strictObject({
  id: slug,
  stage: systemStage,
  title: line,
  scenario: paragraph,
  constraints: lines,
  deliverable: line,
  skills: z.array(slug).min(1),
  timeBoxMinutes: z
    .number()
    .int()
    .min(15)
    .max(60 * 40),
});
export type PracticeTask = z.infer<typeof practiceTask>;

export const catalogueSkill = z.strictObject({
  id: slug,
  name: line,
  category,
  stages: z.array(systemStage).min(1),
  description: line,
  levels: z.strictObject({ novice: line, practitioner: line, expert: line }),
});
export type CatalogueSkill = z.infer<typeof catalogueSkill>;

export const starterProject = z.strictObject({
  id: slug,
  title: line,
  stages: z.array(systemStage).min(1),
  skills: z.array(slug).min(1),
  tech: line,
  deliverables: lines,
  outcome: line,
});
export type StarterProject = z.infer<typeof starterProject>;

export const destinationTemplate = z.strictObject({
  id: slug,
  category,
  stages: z.array(systemStage).min(1),
  title: line,
  description: paragraph.optional(),
  measure: line,
  businessImpact: line,
  /** The target date the draft proposes, in months from today. */
  targetMonths: z.number().int().min(1).max(24),
  skills: z.array(slug).min(1),
  /** Every [placeholder] in the text with an example value (tests fill them and run the SMART check). */
  placeholders: z
    .array(z.strictObject({ token: z.string().regex(/^\[[^\]]+\]$/, 'Write it in square brackets, like "[N]".'), example: line }))
    .default([]),
});
export type DestinationTemplate = z.infer<typeof destinationTemplate>;

/** Each file holds one list; `mode: replace` drops the shipped list instead of extending it. */
const file = <K extends string, T extends z.ZodType>(key: K, item: T) =>
  z.strictObject({ mode: z.enum(['extend', 'replace']).default('extend'), [key]: z.array(item) } as {
    mode: z.ZodDefault<z.ZodEnum<{ extend: 'extend'; replace: 'replace' }>>;
  } & Record<K, z.ZodArray<T>>);

export const contentFiles = {
  'stages.yaml': file('stages', stageContent),
  'self-check.yaml': file('items', selfCheckItem),
  'reading.yaml': file('readings', reading),
  'practice-tasks.yaml': file('tasks', practiceTask),
  'skills.yaml': file('skills', catalogueSkill),
  'starter-projects.yaml': file('projects', starterProject),
  'destination-templates.yaml': file('templates', destinationTemplate),
} as const;
export type ContentFileName = keyof typeof contentFiles;

export interface Content {
  stages: StageContent[];
  selfCheck: SelfCheckItem[];
  readings: Reading[];
  practiceTasks: PracticeTask[];
  skills: CatalogueSkill[];
  starterProjects: StarterProject[];
  destinationTemplates: DestinationTemplate[];
}

export const contentShape = z.object({
  stages: z.array(stageContent),
  selfCheck: z.array(selfCheckItem),
  readings: z.array(reading),
  practiceTasks: z.array(practiceTask),
  skills: z.array(catalogueSkill),
  starterProjects: z.array(starterProject),
  destinationTemplates: z.array(destinationTemplate),
});
