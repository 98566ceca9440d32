import { z } from 'zod';
import { artifactFileType, artifactKind } from './artifacts.js';
import { calendarDate, category, destinationStatus, id, instant, level, maxInteger, plainString, systemStage } from './common.js';

/**
 * Every record of an account as the database keeps it: one array per table, one object per row,
 * the columns by their own names. This is what a restore writes back, so nothing the app keeps
 * is lost on the way (positions, pauses, times). Left out: the owner column (the account the
 * file is restored into owns every row), secrets (credentials and link hashes: a restored link
 * is dead, a restored feed needs a new address) and what the database derives (the map's
 * revision). `src/db/repositories/accountRecords.ts` checks at compile time that each shape
 * here is its table's row minus those columns.
 */
const text = plainString();
const optional = plainString().nullable();
const count = z.number().int().min(0).max(maxInteger);
const flag = z.number().int().min(0).max(1);
const optionalInstant = instant.nullable();
/** A column holding JSON as text: it must parse, or a later read of the row would fail. */
const jsonText = plainString().refine((value) => {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}, 'Must be JSON.');

export const accountRecords = z.object({
  /** Every account has its one map. */
  growth_maps: z
    .array(
      z.object({
        id,
        title: text,
        role: optional,
        tech_stack: jsonText,
        system_stage: systemStage.nullable(),
        version: count,
        created_at: instant,
        updated_at: instant,
      }),
    )
    .length(1, 'An account export holds exactly one map.'),
  destinations: z.array(
    z.object({
      id,
      map_id: id,
      title: text,
      category,
      description: optional,
      measure: optional,
      target_date: calendarDate.nullable(),
      business_impact: optional,
      status: destinationStatus,
      position: count,
      version: count,
      created_at: instant,
      updated_at: instant,
    }),
  ),
  skills: z.array(
    z.object({
      id,
      destination_id: id,
      name: text,
      current_level: level,
      target_level: level,
      position: count,
      version: count,
      created_at: instant,
      updated_at: instant,
    }),
  ),
  level_changes: z.array(
    z.object({
      id,
      skill_id: id,
      from_level: level.nullable(),
      to_level: level,
      note: text,
      evidence: jsonText,
      date: calendarDate,
      created_at: instant,
    }),
  ),
  preferences: z.array(
    z.object({
      review_cadence_months: count,
      feedback_weekday: optional,
      feedback_time: optional,
      feedback_interval_weeks: count.nullable(),
      feedback_start_date: calendarDate.nullable(),
      digest_enabled: flag,
      onboarding_dismissed: flag,
      pairing_stale_weeks: count,
      wins_webhook_url: optional,
      version: count,
      updated_at: instant,
    }),
  ),
  cycles: z.array(
    z.object({
      id,
      goal: text,
      description: optional,
      length_weeks: count,
      review_weeks: count,
      start_date: calendarDate,
      review_date: calendarDate,
      modes: jsonText,
      backup_project: optional,
      using_backup: flag,
      paused_since: calendarDate.nullable(),
      paused_days: count,
      pauses: jsonText,
      cancelled_at: optionalInstant,
      cancel_reason: optional,
      reviewed_at: optionalInstant,
      went_well: optional,
      did_not_go_well: optional,
      next_goal: optional,
      review_level_change_ids: jsonText.nullable(),
      version: count,
      created_at: instant,
      updated_at: instant,
    }),
  ),
  cycle_destinations: z.array(z.object({ cycle_id: id, destination_id: id })),
  progress_entries: z.array(
    z.object({
      id,
      cycle_id: id,
      week: count,
      kind: z.enum(['progress', 'backup-switch']),
      text,
      evidence: jsonText,
      version: count,
      created_at: instant,
      updated_at: instant,
    }),
  ),
  quarterly_reviews: z.array(
    z.object({
      id,
      date: calendarDate,
      notes: optional,
      decisions: jsonText,
      snapshot: jsonText,
      /** The quarter's wins as Markdown. */
      wins: plainString(),
      created_at: instant,
    }),
  ),
  self_checks: z.array(z.object({ id, stage: systemStage, answers: jsonText, taken_on: calendarDate, created_at: instant })),
  feedback_sessions: z.array(
    z.object({
      id,
      kind: text,
      date: calendarDate,
      partner: text,
      partner_key: text,
      domain: optional,
      went_well: optional,
      challenging: optional,
      improve_next: optional,
      support_needed: optional,
      observations: jsonText,
      outcomes: jsonText,
      version: count,
      created_at: instant,
      updated_at: instant,
    }),
  ),
  action_items: z.array(
    z.object({
      id,
      session_id: id,
      position: count,
      text,
      owner: text,
      due: calendarDate.nullable(),
      status: text,
      carried_into: jsonText,
      version: count,
      created_at: instant,
      updated_at: instant,
    }),
  ),
  artifacts: z.array(
    z.object({
      id,
      title: text,
      kind: artifactKind,
      date: calendarDate.nullable(),
      url: optional,
      description: optional,
      outcome: optional,
      metric: jsonText.nullable(),
      cycle_id: id.nullable(),
      version: count,
      created_at: instant,
      updated_at: instant,
    }),
  ),
  artifact_skills: z.array(z.object({ artifact_id: id, skill_id: id, level, position: count })),
  artifact_destinations: z.array(z.object({ artifact_id: id, destination_id: id, position: count })),
  artifact_files: z.array(
    z.object({
      artifact_id: id,
      name: text,
      type: artifactFileType,
      size: count,
      /** The file's bytes, base64. */
      bytes: z.base64(),
      created_at: instant,
    }),
  ),
  talking_point_drafts: z.array(z.object({ markdown: plainString(), version: count, created_at: instant, updated_at: instant })),
  portfolios: z.array(z.object({ version: count, updated_at: instant })),
  portfolio_items: z.array(z.object({ artifact_id: id, position: count })),
  portfolio_shares: z.array(
    z.object({
      id,
      snapshot: jsonText,
      include_endorsements: flag,
      created_at: instant,
      expires_at: instant,
      revoked_at: optionalInstant,
    }),
  ),
  portfolio_share_views: z.array(z.object({ id, share_id: id, viewed_at: instant })),
  endorsement_requests: z.array(
    z.object({
      id,
      name: text,
      email: optional,
      relationship: optional,
      skill_ids: jsonText,
      artifact_id: id.nullable(),
      message: optional,
      created_at: instant,
      expires_at: instant,
      answered_at: optionalInstant,
      withdrawn_at: optionalInstant,
    }),
  ),
  endorsements: z.array(
    z.object({
      id,
      request_id: id,
      quote: text,
      relationship: optional,
      observations: jsonText,
      show_name: flag,
      status: text,
      version: count,
      created_at: instant,
      updated_at: instant,
    }),
  ),
  ladder_choices: z.array(z.object({ ladder_id: text, level_id: text, updated_at: instant })),
});
export type AccountRecords = z.infer<typeof accountRecords>;
export type AccountTableName = keyof AccountRecords;
