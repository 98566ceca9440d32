import { z } from 'zod';
import { email } from './accounts.js';
import { calendarDate, category, dateInput, id, instant, level, plainString, text, version } from './common.js';
import { teamLimits } from './limits.js';

/**
 * What a member lets the team's lead see: `levels` skills and levels only, `goals` also
 * destinations and cycles, `everything` also evidence. Every level allows the heatmap.
 */
export const consent = z.enum(['levels', 'goals', 'everything']);
export type Consent = z.infer<typeof consent>;

export const membershipStatus = z.enum(['invited', 'active']);
export type MembershipStatus = z.infer<typeof membershipStatus>;

export const teamRole = z.enum(['lead', 'member']);

export const teamMember = z.object({
  membershipId: id,
  /** null while the invited address has no account yet. */
  userId: id.nullable(),
  name: z.string().nullable(),
  /** Shown to the lead only (null for members): the address the invitation went to. */
  email: z.string().nullable(),
  status: membershipStatus,
  /** Shown to the lead only (null for members and open invitations). */
  consent: consent.nullable(),
});

export const team = z.object({
  id,
  name: z.string(),
  lead: z.object({ userId: id, name: z.string() }),
  /** The caller's side. */
  role: teamRole,
  membersSeeHeatmap: z.boolean(),
  /** Everyone the lead invited; a member sees only the active ones. */
  members: z.array(teamMember),
  version: z.number().int(),
  createdAt: instant,
});
export type Team = z.infer<typeof team>;

export const teamSummary = team.omit({ members: true }).extend({ memberCount: z.number().int() });
export type TeamSummary = z.infer<typeof teamSummary>;

export const teamCreate = z.object({
  name: text(teamLimits.name, 'Name'),
  membersSeeHeatmap: z.boolean().default(false),
});
export type TeamCreate = z.infer<typeof teamCreate>;

export const teamPatch = z.object({
  version,
  name: text(teamLimits.name, 'Name').optional(),
  membersSeeHeatmap: z.boolean().optional(),
});
export type TeamPatch = z.infer<typeof teamPatch>;

export const teamInvitationCreate = z.object({ email });

export const teamInvitation = z.object({
  membershipId: id,
  email: z.string(),
  /** True when the address already has an account: the invitation waits in their "My teams". */
  existingAccount: z.boolean(),
  /** The link a person without an account joins the instance through (shown once); null for an existing account. */
  joinUrl: z.string().nullable(),
  /** Whether it was mailed (SMTP_URL set and the send worked). */
  mailed: z.boolean(),
});
export type TeamInvitation = z.infer<typeof teamInvitation>;

/** One of the caller's own memberships. */
export const membership = z.object({
  id,
  teamId: id,
  teamName: z.string(),
  leadName: z.string(),
  status: membershipStatus,
  consent: consent.nullable(),
  /** The lead's own membership of their team (kept so the lead is in the heatmap); it cannot be left. */
  isLead: z.boolean(),
  version: z.number().int(),
  createdAt: instant,
});
export type Membership = z.infer<typeof membership>;

export const membershipPatch = z.object({
  version,
  /** Accepting an invitation; an active membership stays active. */
  status: z.literal('active').optional(),
  consent: consent.optional(),
});
export type MembershipPatch = z.infer<typeof membershipPatch>;

export const heatmapQuery = z.object({ category: category.optional() });
export type HeatmapQuery = z.infer<typeof heatmapQuery>;

export const thinSpot = z.object({
  skill: z.string(),
  kind: z.enum(['no-practitioner', 'bus-factor']),
  reason: z.string(),
});
export type ThinSpot = z.infer<typeof thinSpot>;

export const pairingSuggestion = z.object({
  skill: z.string(),
  expert: id,
  novice: id,
  /** The last pairing session between the two within the staleness window, if any. */
  lastPaired: calendarDate.nullable(),
  reason: z.string(),
});
export type PairingSuggestion = z.infer<typeof pairingSuggestion>;

export const heatmapSkill = z.object({
  name: z.string(),
  /** Current level by member id; a member without the skill is absent. */
  levels: z.record(z.string(), level),
  /** Target level by member id, for the members whose target is above their current level. */
  targets: z.record(z.string(), level),
  /** How many members are below their target in this skill. */
  belowTarget: z.number().int(),
});
export type HeatmapSkill = z.infer<typeof heatmapSkill>;

export const heatmap = z.object({
  members: z.array(z.object({ userId: id, name: z.string() })),
  skills: z.array(heatmapSkill),
  thinSpots: z.array(thinSpot),
  pairings: z.array(pairingSuggestion),
  /** The category the skills were narrowed to (by their destination), or null. */
  category: category.nullable(),
});
export type Heatmap = z.infer<typeof heatmap>;

export const workshopReading = z.object({
  title: z.string(),
  authors: z.array(z.string()),
  why: z.string(),
  url: z.string().nullable(),
});

const startTime = plainString().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30.');
const agendaLines = z
  .array(text(teamLimits.workshopAgendaLine, 'Agenda line'))
  .max(teamLimits.workshopAgendaLines, `Keep the agenda to ${teamLimits.workshopAgendaLines} lines.`);

export const workshop = z.object({
  id,
  teamId: id,
  skill: z.string(),
  title: z.string(),
  practiceTask: z.string(),
  readings: z.array(workshopReading),
  agenda: z.array(z.string()),
  /** Scheduled in the lead's time zone; null while a draft. */
  date: calendarDate.nullable(),
  startTime: z.string().nullable(),
  lengthMinutes: z.number().int(),
  timeZone: z.string(),
  /** When it was recorded as held; its attendees each got a `workshop` feedback session. */
  recordedAt: instant.nullable(),
  attendees: z.array(id),
  version: z.number().int(),
  createdAt: instant,
});
export type Workshop = z.infer<typeof workshop>;

export const workshopCreate = z.object({ skill: text(200, 'Skill') });

export const workshopPatch = z.object({
  version,
  title: text(teamLimits.workshopTitle, 'Title').optional(),
  practiceTask: text(teamLimits.workshopPracticeTask, 'Practice task').optional(),
  agenda: agendaLines.optional(),
  date: dateInput.nullish(),
  startTime: startTime.nullish(),
  lengthMinutes: z.number().int().min(15, 'At least 15 minutes.').max(480, 'At most 8 hours.').optional(),
});
export type WorkshopPatch = z.infer<typeof workshopPatch>;

export const workshopRecord = z.object({
  version,
  /** Members of the team who took part; each gets a `workshop` feedback session. */
  attendees: z.array(id).min(1, 'Pick at least one attendee.').max(1000),
  /** The day it was held; the scheduled date when left out. */
  date: dateInput.optional(),
});
export type WorkshopRecord = z.infer<typeof workshopRecord>;
