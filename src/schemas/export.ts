import { z } from 'zod';
import { tokenSummary, user } from './accounts.js';
import { artifactExport } from './artifacts.js';
import { instant } from './common.js';
import { cycle, progressEntry } from './cycles.js';
import { endorsement, endorsementRequest } from './endorsements.js';
import { actionItem, feedbackSession } from './feedbackSessions.js';
import { selfCheck } from './framework.js';
import { ladderChoice } from './ladders.js';
import { growthMap, levelChange } from './map.js';
import { mentorNotesExport } from './mentees.js';
import { accessLogEntry, mentorship } from './mentorships.js';
import { portfolioShareExport } from './portfolio.js';
import { preferences, quarterlyReview } from './planning.js';
import { talkingPointsDraft } from './talkingPoints.js';

/** "Download everything": the whole account as one JSON document. */
export const accountExport = z.object({
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
  feedbackSessions: z.array(feedbackSession),
  actionItems: z.array(actionItem),
  /** Each with its file's bytes as base64. */
  artifacts: z.array(artifactExport),
  /** The edited talking points; null when they were never opened. */
  talkingPointsDraft: talkingPointsDraft.nullable(),
  /** The Portfolio of Impact's artifacts in order, and its shares without their links, each with its snapshot and view log. */
  portfolio: z.object({ artifactIds: z.array(z.string()) }),
  portfolioShares: z.array(portfolioShareExport),
  /** Without their links' secrets. */
  endorsementRequests: z.array(endorsementRequest),
  endorsements: z.array(endorsement),
  /** The user's career ladder and level; ladders themselves are instance content, not the account's. */
  ladder: ladderChoice,
  /** Mentorships on both sides: the mentors the user invited and the people they mentor. */
  mentorships: z.array(mentorship),
  /** Who read the user's sections, and when, newest first. */
  accessLog: z.array(accessLogEntry),
  /** Comments, mentor ratings and a mentor's last looks, on both sides. */
  mentorNotes: mentorNotesExport,
});
export type AccountExport = z.infer<typeof accountExport>;
