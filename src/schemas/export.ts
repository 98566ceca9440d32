import { z } from 'zod';
import { tokenSummary, user } from './accounts.js';
import { accountRecords } from './accountRecords.js';
import { artifactExport } from './artifacts.js';
import { instant } from './common.js';
import { cycle, progressEntry } from './cycles.js';
import { endorsement, endorsementRequest } from './endorsements.js';
import { actionItem, feedbackSession } from './feedbackSessions.js';
import { selfCheck } from './framework.js';
import { ladderChoice } from './ladders.js';
import { growthMap, levelChange } from './map.js';
import { portfolioShareExport } from './portfolio.js';
import { preferences, quarterlyReview } from './planning.js';
import { talkingPointsDraft } from './talkingPoints.js';

/** The format version this build writes; a file with a larger one comes from a newer Growth Map. */
export const currentExportVersion = 2;

/**
 * "Download everything", and what a restore reads back: the account's identity (for the reader;
 * a restore keeps the identity of the account it restores into) and every record of the account.
 * Its JSON Schema is published at `GET /api/v1/schemas/account-export.json`.
 */
export const accountExport = z.object({
  format: z.literal('growth-map-export'),
  formatVersion: z.literal(currentExportVersion),
  exportedAt: instant,
  user,
  records: accountRecords,
});
export type AccountExport = z.infer<typeof accountExport>;

/**
 * What a restore accepts before it knows the version: the envelope only. The version decides
 * which schema checks the rest (an older file is upgraded first, a newer one refused).
 */
export const accountImport = z.looseObject({
  format: z.literal('growth-map-export', { error: 'This is not a Growth Map account export.' }),
  formatVersion: z.number({ error: 'The file has no format version.' }).int().min(1),
});
export type AccountImport = z.infer<typeof accountImport>;

export const accountImportQuery = z.object({
  /** true: check the file and count what it holds, without writing. */
  dryRun: z
    .enum(['true', 'false'], { error: 'Use true or false.' })
    .default('false')
    .transform((value) => value === 'true'),
});

/** What a restore wrote (or, on a dry run, would write): records per table. */
export const accountImported = z.object({
  dryRun: z.boolean(),
  /** The file's format version, before any upgrade. */
  formatVersion: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  /** Records that took a new id because another account on this instance holds theirs. */
  renumbered: z.number().int(),
});
export type AccountImported = z.infer<typeof accountImported>;

/**
 * Version 1 (until this format was versioned by its records): the account as the API shows it.
 * Kept to read old files; `domain/accountExportUpgrade.ts` turns one into the current version.
 */
export const accountExportV1 = z.object({
  format: z.literal('growth-map-export'),
  formatVersion: z.literal(1),
  exportedAt: instant,
  user,
  map: growthMap,
  levelChanges: z.array(levelChange),
  tokens: z.array(tokenSummary),
  preferences,
  cycles: z.array(cycle),
  progressEntries: z.array(progressEntry),
  quarterlyReviews: z.array(quarterlyReview),
  selfChecks: z.array(selfCheck),
  /** Sessions as version 1 wrote them, before roadmap reviews' outcomes and co-writing mentors. */
  feedbackSessions: z.array(feedbackSession.omit({ outcomes: true, writtenWith: true })),
  actionItems: z.array(actionItem),
  /** Each with its file's bytes as base64. */
  artifacts: z.array(artifactExport),
  talkingPointsDraft: talkingPointsDraft.nullable(),
  portfolio: z.object({ artifactIds: z.array(z.string()) }),
  portfolioShares: z.array(portfolioShareExport),
  endorsementRequests: z.array(endorsementRequest),
  endorsements: z.array(endorsement),
  ladder: ladderChoice,
});
export type AccountExportV1 = z.infer<typeof accountExportV1>;
