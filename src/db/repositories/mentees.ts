import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

export async function lastSeen(db: Kysely<Tables>, mentorId: string, ownerIds: readonly string[]): Promise<Map<string, string>> {
  if (ownerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('mentee_views')
    .select(['owner_id', 'seen_at'])
    .where('mentor_id', '=', mentorId)
    .where('owner_id', 'in', ownerIds)
    .execute();
  return new Map(rows.map((row) => [row.owner_id, row.seen_at]));
}

export async function markSeen(db: Kysely<Tables>, mentorId: string, ownerId: string, now: string): Promise<void> {
  await db
    .insertInto('mentee_views')
    .values({ mentor_id: mentorId, owner_id: ownerId, seen_at: now })
    .onConflict((oc) => oc.columns(['mentor_id', 'owner_id']).doUpdateSet({ seen_at: now }))
    .execute();
}

export async function listViewsOfUser(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('mentee_views')
    .selectAll()
    .where((eb) => eb.or([eb('owner_id', '=', userId), eb('mentor_id', '=', userId)]))
    .orderBy('seen_at')
    .execute();
}

interface Changed {
  kind: 'destination' | 'skill' | 'cycle' | 'progress-entry' | 'artifact' | 'feedback-session' | 'self-check';
  id: string;
  title: string;
  at: string;
}

const after = (since: string | null) => since ?? '';

/** Destinations and skills of the owner's map changed after `since`. */
export async function mapChanges(db: Kysely<Tables>, ownerId: string, since: string | null): Promise<Changed[]> {
  const destinations = await db
    .selectFrom('destinations')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select(['destinations.id', 'destinations.title', 'destinations.updated_at'])
    .where('growth_maps.user_id', '=', ownerId)
    .where('destinations.updated_at', '>', after(since))
    .execute();
  const skills = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select(['skills.id', 'skills.name', 'skills.updated_at'])
    .where('growth_maps.user_id', '=', ownerId)
    .where('skills.updated_at', '>', after(since))
    .execute();
  return [
    ...destinations.map((d) => ({ kind: 'destination' as const, id: d.id, title: d.title, at: d.updated_at })),
    ...skills.map((s) => ({ kind: 'skill' as const, id: s.id, title: s.name, at: s.updated_at })),
  ];
}

export async function cycleChanges(db: Kysely<Tables>, ownerId: string, since: string | null): Promise<Changed[]> {
  const cycles = await db
    .selectFrom('cycles')
    .select(['id', 'goal', 'updated_at'])
    .where('user_id', '=', ownerId)
    .where('updated_at', '>', after(since))
    .execute();
  const entries = await db
    .selectFrom('progress_entries')
    .innerJoin('cycles', 'cycles.id', 'progress_entries.cycle_id')
    .select(['progress_entries.id', 'progress_entries.week', 'cycles.goal', 'progress_entries.updated_at'])
    .where('cycles.user_id', '=', ownerId)
    .where('progress_entries.updated_at', '>', after(since))
    .execute();
  return [
    ...cycles.map((c) => ({ kind: 'cycle' as const, id: c.id, title: c.goal, at: c.updated_at })),
    ...entries.map((e) => ({
      kind: 'progress-entry' as const,
      id: e.id,
      title: `Week ${e.week} of “${e.goal}”`,
      at: e.updated_at,
    })),
  ];
}

export async function evidenceChanges(db: Kysely<Tables>, ownerId: string, since: string | null): Promise<Changed[]> {
  const rows = await db
    .selectFrom('artifacts')
    .select(['id', 'title', 'updated_at'])
    .where('user_id', '=', ownerId)
    .where('updated_at', '>', after(since))
    .execute();
  return rows.map((a) => ({ kind: 'artifact' as const, id: a.id, title: a.title, at: a.updated_at }));
}

export async function feedbackChanges(db: Kysely<Tables>, ownerId: string, since: string | null): Promise<Changed[]> {
  const rows = await db
    .selectFrom('feedback_sessions')
    .select(['id', 'partner', 'date', 'updated_at'])
    .where('user_id', '=', ownerId)
    .where('updated_at', '>', after(since))
    .execute();
  return rows.map((s) => ({
    kind: 'feedback-session' as const,
    id: s.id,
    title: `${s.date} with ${s.partner}`,
    at: s.updated_at,
  }));
}

export async function selfCheckChanges(db: Kysely<Tables>, ownerId: string, since: string | null): Promise<Changed[]> {
  const rows = await db
    .selectFrom('self_checks')
    .select(['id', 'stage', 'created_at'])
    .where('user_id', '=', ownerId)
    .where('created_at', '>', after(since))
    .execute();
  return rows.map((c) => ({ kind: 'self-check' as const, id: c.id, title: `Self-check (${c.stage})`, at: c.created_at }));
}
