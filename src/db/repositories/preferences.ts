import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { FeedbackCadence } from '../../schemas/planning.js';
import type { Tables } from '../tables.js';
import { updateVersioned } from './versioned.js';

export interface PreferencesRecord {
  reviewCadenceMonths: number;
  feedbackCadence: FeedbackCadence | null;
  digestEnabled: boolean;
  onboardingDismissed: boolean;
  calendarFeedActive: boolean;
  pairingStaleWeeks: number;
  /** A team channel's incoming-webhook URL for posting wins; null when unset. */
  winsWebhookUrl: string | null;
  version: number;
}

function toPreferences(row: Selectable<Tables['preferences']>): PreferencesRecord {
  const cadence =
    row.feedback_weekday && row.feedback_time && row.feedback_interval_weeks && row.feedback_start_date
      ? {
          weekday: row.feedback_weekday as FeedbackCadence['weekday'],
          time: row.feedback_time,
          intervalWeeks: row.feedback_interval_weeks,
          startDate: row.feedback_start_date,
        }
      : null;
  return {
    reviewCadenceMonths: row.review_cadence_months,
    feedbackCadence: cadence,
    digestEnabled: Boolean(row.digest_enabled),
    onboardingDismissed: Boolean(row.onboarding_dismissed),
    calendarFeedActive: row.calendar_token_hash !== null,
    pairingStaleWeeks: row.pairing_stale_weeks,
    winsWebhookUrl: row.wins_webhook_url,
    version: row.version,
  };
}

/** Every user has preferences; the row appears the first time anyone asks. */
export async function loadPreferences(db: Kysely<Tables>, scope: OwnerScope, now: string): Promise<PreferencesRecord> {
  const userId = scope.ownerId;
  await db
    .insertInto('preferences')
    .values({
      user_id: userId,
      review_cadence_months: 3,
      feedback_weekday: null,
      feedback_time: null,
      feedback_interval_weeks: null,
      feedback_start_date: null,
      digest_enabled: 0,
      onboarding_dismissed: 0,
      calendar_token_hash: null,
      pairing_stale_weeks: 6,
      wins_webhook_url: null,
      version: 1,
      updated_at: now,
    })
    .onConflict((c) => c.column('user_id').doNothing())
    .execute();
  const row = await db.selectFrom('preferences').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
  return toPreferences(row);
}

/** Several owners' preferences at once, without making missing rows: an owner without one is absent (the defaults hold). */
export async function listPreferencesOf(
  db: Kysely<Tables>,
  scopes: readonly OwnerScope[],
): Promise<Map<string, PreferencesRecord>> {
  if (scopes.length === 0) return new Map();
  const rows = await db
    .selectFrom('preferences')
    .selectAll()
    .where(
      'user_id',
      'in',
      scopes.map((scope) => scope.ownerId),
    )
    .execute();
  return new Map(rows.map((row) => [row.user_id, toPreferences(row)]));
}

/** Booleans are stored as 0/1; undefined stays undefined, so the column is left alone. */
const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);

export async function updatePreferences(
  db: Kysely<Tables>,
  scope: OwnerScope,
  version: number,
  changes: Partial<Omit<PreferencesRecord, 'version' | 'calendarFeedActive'>>,
  now: string,
): Promise<boolean> {
  const userId = scope.ownerId;
  const cadence = changes.feedbackCadence;
  return updateVersioned(
    db,
    'preferences',
    { column: 'user_id', id: userId },
    version,
    {
      review_cadence_months: changes.reviewCadenceMonths,
      digest_enabled: flag(changes.digestEnabled),
      onboarding_dismissed: flag(changes.onboardingDismissed),
      pairing_stale_weeks: changes.pairingStaleWeeks,
      wins_webhook_url: changes.winsWebhookUrl,
      ...(cadence !== undefined && {
        feedback_weekday: cadence?.weekday ?? null,
        feedback_time: cadence?.time ?? null,
        feedback_interval_weeks: cadence?.intervalWeeks ?? null,
        feedback_start_date: cadence?.startDate ?? null,
      }),
    },
    now,
  );
}

/** A new feed token replaces the old one (which stops working); null turns the feed off. */
export async function setCalendarToken(db: Kysely<Tables>, scope: OwnerScope, hash: string | null): Promise<void> {
  const userId = scope.ownerId;
  await db.updateTable('preferences').set({ calendar_token_hash: hash }).where('user_id', '=', userId).execute();
}

export async function findUserIdByCalendarToken(db: Kysely<Tables>, hash: string): Promise<string | null> {
  const row = await db.selectFrom('preferences').select('user_id').where('calendar_token_hash', '=', hash).executeTakeFirst();
  return row?.user_id ?? null;
}
