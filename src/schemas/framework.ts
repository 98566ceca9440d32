import { z } from 'zod';
import { artifactKind } from './artifacts.js';
import { calendarDate, category, dateInput, id, instant, level, optionalText, plainString, systemStage, text } from './common.js';
import { contentFiles, stageArea } from './content.js';
import { cycleWeek, learningMode } from './cycles.js';

export const selfCheckAnswer = z.enum(['yes', 'partly', 'not-yet']);

const suggestion = z.object({ id: z.string(), because: z.string() });

export const selfCheckResult = z.object({
  stage: systemStage,
  areas: z.array(
    z.object({ area: stageArea, label: z.string(), score: z.number(), answered: z.number().int(), total: z.number().int() }),
  ),
  overall: z.number(),
  toWorkOn: z.array(z.object({ itemId: z.string(), statement: z.string(), area: stageArea, answer: selfCheckAnswer })),
  suggestions: z.object({ skills: z.array(suggestion), practiceTasks: z.array(suggestion), readings: z.array(suggestion) }),
  answers: z.record(z.string(), selfCheckAnswer).optional(),
});

export const selfCheckCreate = z.object({
  stage: systemStage,
  answers: z.record(plainString().max(100), selfCheckAnswer),
});

export const selfCheck = z.object({
  id,
  stage: systemStage,
  takenOn: calendarDate,
  answers: z.record(z.string(), selfCheckAnswer),
  result: selfCheckResult,
  createdAt: instant,
});
export type SelfCheck = z.infer<typeof selfCheck>;

export const selfCheckComparison = z.object({
  before: z.object({ id, takenOn: calendarDate }),
  after: z.object({ id, takenOn: calendarDate }),
  moved: z.array(
    z.object({
      itemId: z.string(),
      statement: z.string(),
      from: selfCheckAnswer.nullable(),
      to: selfCheckAnswer.nullable(),
      direction: z.enum(['better', 'worse', 'same']),
    }),
  ),
  areas: z.array(z.object({ area: stageArea, label: z.string(), before: z.number(), after: z.number() })),
});

export const wizardAnswers = z
  .object({
    role: text(200, 'Role'),
    techStack: z.array(text(60, 'Each technology in Tech stack')).max(30).default([]),
    stage: systemStage,
    goals: z
      .array(
        z.object({
          text: plainString().trim().max(300, 'Keep a goal under 300 characters.').optional(),
          templateId: plainString().max(100).optional(),
        }),
      )
      .min(1, 'Give one to three goals.')
      .max(3, 'Give one to three goals.'),
    lengthWeeks: z.union([z.literal(4), z.literal(5), z.literal(6)]).default(6),
    reviewWeeks: z.union([z.literal(1), z.literal(2)]).default(1),
  })
  .refine((a) => a.goals.every((g) => g.text || g.templateId), {
    path: ['goals'],
    message: 'Each goal needs words or a template.',
  })
  .refine((a) => a.reviewWeeks < 2 || a.lengthWeeks >= 5, {
    path: ['reviewWeeks'],
    message: 'Two review weeks need a cycle of at least 5 weeks.',
  });
export type WizardAnswersBody = z.infer<typeof wizardAnswers>;

const why = z.string();
export const draftSkill = z.object({
  key: z.string(),
  name: z.string(),
  catalogueId: z.string().nullable(),
  currentLevel: level,
  targetLevel: level,
  why,
});
export const draftDestination = z.object({
  key: z.string(),
  title: z.string(),
  category,
  description: z.string().nullable(),
  measure: z.string(),
  targetDate: calendarDate,
  businessImpact: z.string(),
  templateId: z.string().nullable(),
  skills: z.array(draftSkill),
  why,
});
export const draftCycle = z.object({
  goal: z.string(),
  description: z.string(),
  destinationKeys: z.array(z.string()),
  lengthWeeks: z.number().int(),
  reviewWeeks: z.number().int(),
  startDate: calendarDate,
  weeks: z.array(cycleWeek),
  modes: z.array(learningMode),
  backupProject: z.string(),
  why,
});
export const wizardDraft = z.object({
  destinations: z.array(draftDestination),
  cycle: draftCycle,
  artifacts: z.array(z.object({ kind: artifactKind, title: z.string(), why })),
  practiceTasks: z.array(suggestion),
  readings: z.array(suggestion),
  starterProjects: z.array(suggestion),
});
export type WizardDraft = z.infer<typeof wizardDraft>;

/** What the user accepts: all, some or none of the draft, possibly edited. */
export const wizardAccept = z.object({
  role: plainString().trim().max(200).optional(),
  techStack: z.array(text(60, 'Each technology in Tech stack')).max(30).optional(),
  stage: systemStage.optional(),
  destinations: z
    .array(
      z.object({
        key: plainString().max(100),
        title: text(300, 'Title'),
        category,
        description: plainString().trim().max(5000).nullish(),
        measure: plainString().trim().max(1000).nullish(),
        targetDate: dateInput.nullish(),
        businessImpact: plainString().trim().max(2000).nullish(),
        skills: z.array(z.object({ name: text(200, 'Skill name'), currentLevel: level, targetLevel: level })).max(10),
      }),
    )
    .max(10)
    .default([]),
  cycle: z
    .object({
      goal: text(1000, 'Goal'),
      description: optionalText(5000),
      destinationKeys: z.array(plainString().max(100)).max(10).min(1, 'Accept at least one of its destinations too.'),
      lengthWeeks: z.union([z.literal(4), z.literal(5), z.literal(6)]),
      reviewWeeks: z.union([z.literal(1), z.literal(2)]),
      startDate: dateInput,
      modes: z.array(learningMode).max(4),
      backupProject: plainString().trim().max(1000).nullish(),
    })
    .refine((c) => c.reviewWeeks < 2 || c.lengthWeeks >= 5, {
      path: ['reviewWeeks'],
      message: 'Two review weeks need a cycle of at least 5 weeks.',
    })
    .nullish(),
});
export type WizardAccept = z.infer<typeof wizardAccept>;

export const wizardAccepted = z.object({ destinationIds: z.array(id), cycleId: id.nullable() });

const contentFileNames = Object.keys(contentFiles).join(', ');
export const contentUpload = z.object({
  file: plainString()
    .max(100)
    .refine((name) => Object.hasOwn(contentFiles, name), `Use one of: ${contentFileNames}.`),
  text: plainString().max(900_000),
  sourceName: plainString().trim().min(1).max(200),
});
export const csvUpload = z.object({ text: plainString().max(900_000), sourceName: plainString().trim().min(1).max(200) });
export const uploadSummary = z.object({
  id,
  file: z.string(),
  sourceName: z.string(),
  createdAt: instant,
  uploadedBy: z.string().nullable(),
});
