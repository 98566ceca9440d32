import { z } from 'zod';
import { calendarDate, id, level, plainString, version } from './common.js';

/**
 * A record a computed line stands on. `kind` names the resource (`artifact`, `level-change`,
 * `cycle`, `feedback`, `destination`, `action-item`, `skill`, or an evidence kind such as
 * `endorsement`); `id` is its id.
 */
export const pointSource = z.object({ kind: z.string(), id: z.string() });
export type PointSource = z.infer<typeof pointSource>;

/** Growth-map guide, section 4: what backs one skill's current level, and a warning when it is thin. */
export const skillEvidenceHealth = z.object({
  skillId: id,
  skill: z.string(),
  destinationId: id,
  level,
  /** Every record behind the level, by kind (a link is cited through the level change that names it). */
  sources: z.array(pointSource),
  /** The distinct kinds of evidence among `sources`, sorted. */
  kinds: z.array(z.string()),
  /** `own-word`: above Novice with nothing behind it; `one-kind`: one kind of evidence only. Null: nothing to say. */
  warning: z.object({ code: z.enum(['own-word', 'one-kind']), message: z.string() }).nullable(),
});
export type SkillEvidenceHealth = z.infer<typeof skillEvidenceHealth>;

export const evidenceHealth = z.object({ skills: z.array(skillEvidenceHealth) });
export type EvidenceHealth = z.infer<typeof evidenceHealth>;

/** Growth-map guide, section 10: outcomes first, then progress, a collaboration plan and the risks. */
export const talkingPointSection = z.enum(['outcomes', 'progress', 'collaboration', 'risks']);
export type TalkingPointSection = z.infer<typeof talkingPointSection>;

export const talkingPoint = z.object({ section: talkingPointSection, text: z.string(), sources: z.array(pointSource) });
export type TalkingPoint = z.infer<typeof talkingPoint>;

export const talkingPoints = z.object({ points: z.array(talkingPoint), markdown: z.string() });
export type TalkingPoints = z.infer<typeof talkingPoints>;

export const maxDraftLength = 20000;

/** The user's edited Markdown, kept between visits. */
export const talkingPointsDraft = z.object({ markdown: z.string(), version: z.number().int() });
export type TalkingPointsDraft = z.infer<typeof talkingPointsDraft>;

export const talkingPointsDraftPut = z.object({
  version,
  markdown: plainString().max(maxDraftLength, `Keep the draft to at most ${maxDraftLength} characters.`),
});
export type TalkingPointsDraftPut = z.infer<typeof talkingPointsDraftPut>;

/** Growth-map guide, section 6: "celebrate small wins publicly". */
export const winKind = z.enum(['destination-completed', 'level-up', 'portfolio-item']);
export type WinKind = z.infer<typeof winKind>;

export const win = z.object({
  kind: winKind,
  /** The record the win is about (destination, level change, artifact). */
  id: z.string(),
  date: calendarDate,
  title: z.string(),
  /** Short Markdown to copy or post. */
  snippet: z.string(),
});
export type Win = z.infer<typeof win>;

export const maxWinText = 4000;

export const winPost = z.object({
  text: plainString().trim().min(1, 'Write what to post.').max(maxWinText, `Keep the post to at most ${maxWinText} characters.`),
});
export type WinPost = z.infer<typeof winPost>;

/** What was sent: exactly the JSON body the team channel received. */
export const winPosted = z.object({ sent: z.string() });
