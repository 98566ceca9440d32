import { type OwnerScope, ownScope } from './access.js';
import * as prefs from '../db/repositories/preferences.js';
import * as reviews from '../db/repositories/quarterlyReviews.js';
import { dateIn } from '../domain/time.js';
import { nextQuarterlyReview } from '../domain/quarterly.js';
import type { Preferences, PreferencesPatch } from '../schemas/planning.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';
import { hashSecret, newSecret } from './secrets.js';
import { updateOrConflict } from './versioned.js';

export const getPreferences = (deps: ServiceDeps, actor: Actor): Promise<Preferences> =>
  preferencesOf(deps, ownScope(actor), actor.user.createdAt);

/**
 * The preferences of the owner `scope` reads; `ownerSince` is when their account was made (the
 * first quarterly review is due a quarter after it).
 */
export async function preferencesOf(deps: ServiceDeps, scope: OwnerScope, ownerSince: string): Promise<Preferences> {
  const record = await prefs.loadPreferences(deps.db, scope, nowIso(deps));
  const [last] = await reviews.listQuarterlyReviews(deps.db, scope);
  const startedOn = dateIn(scope.ownerTimeZone, new Date(ownerSince));
  return { ...record, nextQuarterlyReview: nextQuarterlyReview(last?.date ?? null, startedOn, record.reviewCadenceMonths) };
}

export async function patchPreferences(deps: ServiceDeps, actor: Actor, patch: PreferencesPatch): Promise<Preferences> {
  await prefs.loadPreferences(deps.db, ownScope(actor), nowIso(deps));
  const { version, ...changes } = patch;
  await updateOrConflict(
    () => prefs.updatePreferences(deps.db, ownScope(actor), version, changes, nowIso(deps)),
    () => getPreferences(deps, actor),
  );
  return getPreferences(deps, actor);
}

/** A new secret feed address; the old one stops working. Only its hash is kept, so it is shown once. */
export async function renewCalendarFeed(deps: ServiceDeps, actor: Actor): Promise<{ url: string }> {
  await prefs.loadPreferences(deps.db, ownScope(actor), nowIso(deps));
  const token = newSecret('cal_');
  await prefs.setCalendarToken(deps.db, ownScope(actor), hashSecret(token));
  return { url: `${deps.baseUrl}/api/v1/calendar/${token}.ics` };
}

export async function revokeCalendarFeed(deps: ServiceDeps, actor: Actor): Promise<void> {
  await prefs.setCalendarToken(deps.db, ownScope(actor), null);
}
