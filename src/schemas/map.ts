import { z } from 'zod';
import {
  calendarDate,
  category,
  dateInput,
  destinationStatus,
  id,
  instant,
  level,
  optionalText,
  plainString,
  systemStage,
  text,
  version,
} from './common.js';
import { limits } from './limits.js';

export const smartResult = z.object({ pass: z.boolean(), reason: z.string(), hint: z.string() });
export const smart = z.object({
  specific: smartResult,
  measurable: smartResult,
  achievable: smartResult,
  relevant: smartResult,
  timeBound: smartResult,
});
export type Smart = z.infer<typeof smart>;

export const skill = z.object({
  id,
  destinationId: id,
  name: z.string(),
  currentLevel: level,
  targetLevel: level,
  version: z.number().int(),
});
export type Skill = z.infer<typeof skill>;

export const destination = z.object({
  id,
  title: z.string(),
  category,
  description: z.string().nullable(),
  measure: z.string().nullable(),
  targetDate: calendarDate.nullable(),
  businessImpact: z.string().nullable(),
  status: destinationStatus,
  version: z.number().int(),
  skills: z.array(skill),
  smart,
});
export type Destination = z.infer<typeof destination>;

/** Guidance from the source, shown and never enforced. */
export const notice = z.object({
  code: z.enum(['too-many-active-destinations', 'too-few-skills', 'too-many-skills']),
  message: z.string(),
  destinationId: id.optional(),
});
export type Notice = z.infer<typeof notice>;

export const growthMap = z.object({
  id,
  title: z.string(),
  role: z.string().nullable(),
  techStack: z.array(z.string()),
  systemStage: systemStage.nullable(),
  version: z.number().int(),
  updatedAt: instant,
  destinations: z.array(destination),
  notices: z.array(notice),
});
export type GrowthMap = z.infer<typeof growthMap>;

export const mapPatch = z.object({
  version,
  title: text(limits.mapTitle, 'Map title').optional(),
  role: optionalText(200),
  techStack: z.array(text(60, 'Each technology in Tech stack')).max(30, 'List at most 30 technologies.').optional(),
  systemStage: systemStage.nullish(),
});
export type MapPatch = z.infer<typeof mapPatch>;

const destinationFields = {
  title: text(limits.destinationTitle, 'Title'),
  category,
  description: optionalText(limits.destinationDescription),
  measure: optionalText(limits.destinationMeasure),
  targetDate: dateInput.nullish(),
  businessImpact: optionalText(limits.destinationImpact),
  status: destinationStatus.optional(),
};

export const destinationCreate = z.object(destinationFields);
export type DestinationCreate = z.infer<typeof destinationCreate>;

export const destinationPatch = z.object({
  version,
  title: destinationFields.title.optional(),
  category: category.optional(),
  description: destinationFields.description,
  measure: destinationFields.measure,
  targetDate: destinationFields.targetDate,
  businessImpact: destinationFields.businessImpact,
  status: destinationStatus.optional(),
});
export type DestinationPatch = z.infer<typeof destinationPatch>;

/** Lets the form show the SMART check while the user types, before saving. */
export const smartCheckBody = z.object({
  title: plainString().max(limits.destinationTitle).default(''),
  description: plainString().max(limits.destinationDescription).nullish(),
  measure: plainString().max(limits.destinationMeasure).nullish(),
  targetDate: plainString().max(10).nullish(),
  businessImpact: plainString().max(limits.destinationImpact).nullish(),
});

export const skillCreate = z.object({
  name: text(limits.skillName, 'Skill name'),
  currentLevel: level,
  targetLevel: level,
});
export type SkillCreate = z.infer<typeof skillCreate>;

/** A change of currentLevel here is recorded in the level history, so it needs a note. */
export const skillPatch = z
  .object({
    version,
    name: text(limits.skillName, 'Skill name').optional(),
    targetLevel: level.optional(),
    currentLevel: level.optional(),
    note: text(limits.levelNote, '“Why did it change?”').optional(),
  })
  .refine((body) => body.currentLevel === undefined || body.note !== undefined, {
    path: ['note'],
    message: 'Say why the level changed.',
  });
export type SkillPatch = z.infer<typeof skillPatch>;

/** What backs a level change: a link, a reviewed cycle, one of the owner's artifacts; later kinds join here. */
export const evidence = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('link'),
    url: z.url({ protocol: /^https?$/, error: 'Use an http or https link.' }).max(2000),
  }),
  z.object({ kind: z.literal('cycle'), id }),
  /** One of the owner's feedback sessions (1:1, pairing, …). */
  z.object({ kind: z.literal('feedback'), id }),
  z.object({ kind: z.literal('artifact'), id }),
  /** One of the endorsements the owner received. */
  z.object({ kind: z.literal('endorsement'), id }),
]);
export type Evidence = z.infer<typeof evidence>;

export const levelChangeCreate = z.object({
  to: level,
  note: text(limits.levelNote, '“Why did it change?”'),
  evidence: z.array(evidence).max(20).optional(),
  date: dateInput.optional(),
});
export type LevelChangeCreate = z.infer<typeof levelChangeCreate>;

export const levelChange = z.object({
  id,
  skillId: id,
  from: level.nullable(),
  to: level,
  note: z.string(),
  evidence: z.array(evidence),
  date: calendarDate,
  createdAt: instant,
});
export type LevelChange = z.infer<typeof levelChange>;
