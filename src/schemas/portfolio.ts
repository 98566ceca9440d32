import { z } from 'zod';
import { artifact, artifactKind, metric } from './artifacts.js';
import { calendarDate, id, instant, level, version } from './common.js';
import { sharedEndorsement } from './endorsements.js';

/** The most artifacts a portfolio may name: far above the guide's 3–5, only a bound on the input. */
export const maxPortfolioArtifacts = 50;

export const portfolioPut = z.object({
  artifactIds: z
    .array(id)
    .max(maxPortfolioArtifacts, `Pick at most ${maxPortfolioArtifacts} artifacts.`)
    .refine((ids) => new Set(ids).size === ids.length, 'Name each artifact once.'),
  /** The version read; a stale one answers 409 with `current`. Without it the portfolio is replaced. */
  version: version.optional(),
});
export type PortfolioPut = z.infer<typeof portfolioPut>;

/** How well an artifact shows what changed: a measured before and after, a sentence, or nothing yet. */
export const outcomeStrength = z.enum(['metric', 'outcome', 'none']);
export type OutcomeStrength = z.infer<typeof outcomeStrength>;

/** "A Portfolio of Impact: 3-5 concrete artifacts tied to outcomes" (growth-map guide, section 4): shown, never enforced. */
export const portfolioNotice = z.object({
  code: z.enum(['too-few-artifacts', 'too-many-artifacts']),
  message: z.string(),
});
export type PortfolioNotice = z.infer<typeof portfolioNotice>;

export const portfolioSuggestion = z.object({
  artifactId: id,
  title: z.string(),
  strength: outcomeStrength,
  reason: z.string(),
});
export type PortfolioSuggestion = z.infer<typeof portfolioSuggestion>;

export const portfolio = z.object({
  /** In the owner's order. */
  artifacts: z.array(artifact),
  notice: portfolioNotice.nullable(),
  /** The owner's other artifacts, strongest outcome first. */
  suggestions: z.array(portfolioSuggestion),
  version: z.number().int(),
});
export type Portfolio = z.infer<typeof portfolio>;

/** The shares' expiry: 30 days unless chosen, at most a year, never in the past. */
export const shareCreate = z.object({
  expiresAt: instant.optional(),
  includeEndorsements: z.boolean().default(false),
});
export type ShareCreate = z.infer<typeof shareCreate>;

/** The only time the link is shown: it is not stored, only its hash. */
export const shareCreated = z.object({ id, url: z.string(), expiresAt: instant });
export type ShareCreated = z.infer<typeof shareCreated>;

export const shareStatus = z.enum(['active', 'expired', 'revoked']);
export type ShareStatus = z.infer<typeof shareStatus>;

export const portfolioShare = z.object({
  id,
  createdAt: instant,
  expiresAt: instant,
  revokedAt: instant.nullable(),
  status: shareStatus,
  viewCount: z.number().int(),
  includeEndorsements: z.boolean(),
});
export type PortfolioShare = z.infer<typeof portfolioShare>;

/** One opening of a shared link: the time, and nothing about who opened it. */
export const shareView = z.object({ viewedAt: instant });
export type ShareView = z.infer<typeof shareView>;

/** An artifact as a reader sees it: no ids, no file, skills by name. */
export const sharedArtifact = z.object({
  title: z.string(),
  kind: artifactKind,
  date: calendarDate.nullable(),
  url: z.string().nullable(),
  description: z.string().nullable(),
  outcome: z.string().nullable(),
  metric: metric.nullable(),
  skills: z.array(z.object({ name: z.string(), level })),
});
export type SharedArtifact = z.infer<typeof sharedArtifact>;

/** What a share froze when it was made: the reader sees exactly this, whatever changes later. */
export const sharedPortfolio = z.object({
  ownerName: z.string(),
  sharedAt: instant,
  artifacts: z.array(sharedArtifact),
  /** Empty unless the owner chose to include their approved endorsements. */
  endorsements: z.array(sharedEndorsement),
});
export type SharedPortfolio = z.infer<typeof sharedPortfolio>;

/** A share in the export: everything but the secret, with its snapshot and view log. */
export const portfolioShareExport = portfolioShare.extend({ snapshot: sharedPortfolio, views: z.array(shareView) });
export type PortfolioShareExport = z.infer<typeof portfolioShareExport>;
