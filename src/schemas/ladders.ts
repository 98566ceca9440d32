import { z } from 'zod';
import { id, level } from './common.js';

/** Where a ladder came from: the Financial Times' job-family YAML, Monzo's framework Markdown, or this app's own YAML. */
export const ladderFormat = z.enum(['ft', 'monzo', 'growth-map']);
export type LadderFormat = z.infer<typeof ladderFormat>;

/** One thing a level expects: a statement in an area, optionally tied to a skill at an expected N/P/E. */
export const ladderExpectation = z.object({
  area: z.string(),
  statement: z.string(),
  skill: z.string().nullable(),
  expected: level.nullable(),
});
export type LadderExpectation = z.infer<typeof ladderExpectation>;

export const ladderLevelRef = z.object({ id: z.string(), name: z.string() });
export type LadderLevelRef = z.infer<typeof ladderLevelRef>;

export const ladderLevel = ladderLevelRef.extend({ expectations: z.array(ladderExpectation) });
export type LadderLevel = z.infer<typeof ladderLevel>;

/** A ladder as a parser reads it from a file: levels in order, lowest first. */
export const ladderContent = z.object({ name: z.string(), format: ladderFormat, levels: z.array(ladderLevel) });
export type LadderContent = z.infer<typeof ladderContent>;

export const ladder = ladderContent.extend({ id, shipped: z.boolean() });
export type Ladder = z.infer<typeof ladder>;

export const ladderSummary = z.object({
  id,
  name: z.string(),
  format: ladderFormat,
  /** The example that ships with the app: it cannot be deleted. */
  shipped: z.boolean(),
  levels: z.array(ladderLevelRef),
});
export type LadderSummary = z.infer<typeof ladderSummary>;

export const ladderCreated = z.object({ id, name: z.string(), levels: z.array(ladderLevelRef) });

/** A ladder file as text: FT YAML, Monzo Markdown or this app's YAML, recognised from the content. */
export const maxLadderBytes = 256 * 1024;
export const ladderText = z.string().max(maxLadderBytes, 'A ladder file may be at most 256 KB.');

export const ladderUploadQuery = z.object({
  /** The file's name, so errors read "operations.yml:12: …". */
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\\n\r]+$/, 'Give the file name without folders.')
    .optional(),
});

export const ladderChoiceInput = z.object({ ladderId: id, levelId: z.string().trim().min(1, 'Pick a level.').max(200) });
export type LadderChoiceInput = z.infer<typeof ladderChoiceInput>;

const ladderRef = z.object({ id, name: z.string() });

/** The user's ladder and level; null until they pick one. */
export const ladderChoice = z.object({ ladder: ladderRef, level: ladderLevelRef }).nullable();
export type LadderChoice = z.infer<typeof ladderChoice>;

/** What already speaks to an expectation: one of the user's artifacts, feedback sessions or cycles. */
export const gapEvidence = z.object({ kind: z.enum(['artifact', 'feedback', 'endorsement', 'cycle']), id });
export type GapEvidence = z.infer<typeof gapEvidence>;

export const gap = ladderExpectation.extend({ evidence: z.array(gapEvidence) });
export type Gap = z.infer<typeof gap>;

export const nextLevel = z.object({
  ladder: ladderRef,
  current: ladderLevelRef,
  /** Null at the top of the ladder. */
  next: ladderLevelRef.nullable(),
  gaps: z.array(gap),
  /** In plain words: what the list is, and what it is not. */
  message: z.string(),
});
export type NextLevel = z.infer<typeof nextLevel>;
