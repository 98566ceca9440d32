import type { Kysely } from 'kysely';
import type { OwnerScope } from '../../services/access.js';
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
  ownerId: string;
  kind: 'destination' | 'skill' | 'cycle' | 'progress-entry' | 'artifact' | 'feedback-session' | 'self-check';
  id: string;
  title: string;
  at: string;
}

/** One owner's records to look at: those changed after `since` (all of them when null). */
export interface Look {
  scope: OwnerScope;
  since: string | null;
}

const after = (look: Look) => look.since ?? '';

/** Destinations and skills of the owners' maps, each changed after its owner's `since`. */
export async function mapChanges(db: Kysely<Tables>, looks: readonly Look[]): Promise<Changed[]> {
  if (looks.length === 0) return [];
  const destinations = await db
    .selectFrom('destinations')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select(['growth_maps.user_id', 'destinations.id', 'destinations.title', 'destinations.updated_at'])
    .where((eb) =>
      eb.or(
        looks.map((l) => eb.and([eb('growth_maps.user_id', '=', l.scope.ownerId), eb('destinations.updated_at', '>', after(l))])),
      ),
    )
    .execute();
  const skills = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select(['growth_maps.user_id', 'skills.id', 'skills.name', 'skills.updated_at'])
    .where((eb) =>
      eb.or(looks.map((l) => eb.and([eb('growth_maps.user_id', '=', l.scope.ownerId), eb('skills.updated_at', '>', after(l))]))),
    )
    .execute();
  return [
    ...destinations.map((d) => ({
      ownerId: d.user_id,
      kind: 'destination' as const,
      id: d.id,
      title: d.title,
      at: d.updated_at,
    })),
    ...skills.map((s) => ({ ownerId: s.user_id, kind: 'skill' as const, id: s.id, title: s.name, at: s.updated_at })),
  ];
}

export async function cycleChanges(db: Kysely<Tables>, looks: readonly Look[]): Promise<Changed[]> {
  if (looks.length === 0) return [];
  const cycles = await db
    .selectFrom('cycles')
    .select(['user_id', 'id', 'goal', 'updated_at'])
    .where((eb) => eb.or(looks.map((l) => eb.and([eb('user_id', '=', l.scope.ownerId), eb('updated_at', '>', after(l))]))))
    .execute();
  const entries = await db
    .selectFrom('progress_entries')
    .innerJoin('cycles', 'cycles.id', 'progress_entries.cycle_id')
    .select(['cycles.user_id', 'progress_entries.id', 'progress_entries.week', 'cycles.goal', 'progress_entries.updated_at'])
    .where((eb) =>
      eb.or(
        looks.map((l) => eb.and([eb('cycles.user_id', '=', l.scope.ownerId), eb('progress_entries.updated_at', '>', after(l))])),
      ),
    )
    .execute();
  return [
    ...cycles.map((c) => ({ ownerId: c.user_id, kind: 'cycle' as const, id: c.id, title: c.goal, at: c.updated_at })),
    ...entries.map((e) => ({
      ownerId: e.user_id,
      kind: 'progress-entry' as const,
      id: e.id,
      title: `Week ${e.week} of “${e.goal}”`,
      at: e.updated_at,
    })),
  ];
}

export async function evidenceChanges(db: Kysely<Tables>, looks: readonly Look[]): Promise<Changed[]> {
  if (looks.length === 0) return [];
  const rows = await db
    .selectFrom('artifacts')
    .select(['user_id', 'id', 'title', 'updated_at'])
    .where((eb) => eb.or(looks.map((l) => eb.and([eb('user_id', '=', l.scope.ownerId), eb('updated_at', '>', after(l))]))))
    .execute();
  return rows.map((a) => ({ ownerId: a.user_id, kind: 'artifact' as const, id: a.id, title: a.title, at: a.updated_at }));
}

export async function feedbackChanges(db: Kysely<Tables>, looks: readonly Look[]): Promise<Changed[]> {
  if (looks.length === 0) return [];
  const rows = await db
    .selectFrom('feedback_sessions')
    .select(['user_id', 'id', 'partner', 'date', 'updated_at'])
    .where((eb) => eb.or(looks.map((l) => eb.and([eb('user_id', '=', l.scope.ownerId), eb('updated_at', '>', after(l))]))))
    .execute();
  return rows.map((s) => ({
    ownerId: s.user_id,
    kind: 'feedback-session' as const,
    id: s.id,
    title: `${s.date} with ${s.partner}`,
    at: s.updated_at,
  }));
}

export async function selfCheckChanges(db: Kysely<Tables>, looks: readonly Look[]): Promise<Changed[]> {
  if (looks.length === 0) return [];
  const rows = await db
    .selectFrom('self_checks')
    .select(['user_id', 'id', 'stage', 'created_at'])
    .where((eb) => eb.or(looks.map((l) => eb.and([eb('user_id', '=', l.scope.ownerId), eb('created_at', '>', after(l))]))))
    .execute();
  return rows.map((c) => ({
    ownerId: c.user_id,
    kind: 'self-check' as const,
    id: c.id,
    title: `Self-check (${c.stage})`,
    at: c.created_at,
  }));
}
