import { type Kysely, sql } from 'kysely';
import { category, level } from '../../schemas/common.js';
import { consent } from '../../schemas/teams.js';
import type { Tables } from '../tables.js';

/** What the team heatmap reads, and the key its kept answer is checked against. */

/**
 * A column of fixed values (a level, a category) read as its place in the list: the heatmap
 * reads tens of thousands of rows, and a number costs nothing to make where three short strings a
 * row cost a fifth of the read and its garbage. A value outside the list reads as null.
 */
function placeIn(column: 'skills.current_level' | 'skills.target_level' | 'destinations.category', values: readonly string[]) {
  const cases = values.map((value, index) => sql`when ${sql.lit(value)} then ${sql.lit(index)}`);
  return sql<number | null>`case ${sql.ref(column)} ${sql.join(cases, sql` `)} end`;
}

/** The value at a place `placeIn` read; the same strings every time, so nothing is copied per row. */
function stored<T extends string>(values: readonly T[], place: number | null, column: string): T {
  const value = place === null ? undefined : values[place];
  if (value === undefined) throw new Error(`${column} holds a value that is not one of ${values.join(', ')}`);
  return value;
}

/**
 * What the heatmap reads, in three queries whatever the team's size: the active members, every
 * skill on their maps (joined through the memberships, so no list of ids to bind), and their
 * pairing sessions since `since`.
 */
export async function loadHeatmapData(db: Kysely<Tables>, teamId: string, since: string) {
  const activeIds = db
    .selectFrom('team_memberships')
    .select('team_memberships.user_id')
    .where('team_memberships.team_id', '=', teamId)
    .where('team_memberships.status', '=', 'active');
  const [members, skills, pairings] = await Promise.all([
    db
      .selectFrom('team_memberships')
      .innerJoin('users', 'users.id', 'team_memberships.user_id')
      .select(['users.id', 'users.name', 'team_memberships.consent'])
      .where('team_memberships.team_id', '=', teamId)
      .where('team_memberships.status', '=', 'active')
      .execute(),
    db
      .selectFrom('team_memberships')
      .innerJoin('growth_maps', 'growth_maps.user_id', 'team_memberships.user_id')
      .innerJoin('destinations', 'destinations.map_id', 'growth_maps.id')
      .innerJoin('skills', 'skills.destination_id', 'destinations.id')
      .select([
        'growth_maps.user_id',
        'skills.name',
        placeIn('skills.current_level', level.options).as('current'),
        placeIn('skills.target_level', level.options).as('target'),
        placeIn('destinations.category', category.options).as('category'),
      ])
      .where('team_memberships.team_id', '=', teamId)
      .where('team_memberships.status', '=', 'active')
      .execute(),
    db
      .selectFrom('feedback_sessions')
      .select(['feedback_sessions.user_id', 'feedback_sessions.partner', 'feedback_sessions.date'])
      .where('feedback_sessions.user_id', 'in', activeIds)
      .where('feedback_sessions.kind', '=', 'pairing')
      .where('feedback_sessions.date', '>=', since)
      .execute(),
  ]);
  return {
    members: members.map((row) => ({ userId: row.id, name: row.name, consent: consent.parse(row.consent ?? 'levels') })),
    skills: skills.map((row) => ({
      userId: row.user_id,
      name: row.name,
      current: stored(level.options, row.current, 'skills.current_level'),
      target: stored(level.options, row.target, 'skills.target_level'),
      category: stored(category.options, row.category, 'destinations.category'),
    })),
    pairings: pairings.map((row) => ({ userId: row.user_id, partner: row.partner, date: row.date })),
  };
}

/**
 * Everything the heatmap shows, as one string that changes whenever any of it does, in one query:
 * the team's version and revision (memberships, consent, pairing sessions: migration 0016's
 * triggers), the sums of the active members' map revisions (0012) and user versions (their
 * names), and the lead's staleness setting. Each part only grows while the members stay the
 * same, and any change to who they are moves the team's revision, so a sum never comes back.
 */
export async function heatmapRevision(db: Kysely<Tables>, teamId: string): Promise<string | null> {
  const row = await db
    .selectFrom('teams')
    .leftJoin('preferences', 'preferences.user_id', 'teams.lead_id')
    .select((eb) => [
      'teams.version',
      'teams.revision',
      'preferences.pairing_stale_weeks',
      eb
        .selectFrom('team_memberships')
        .innerJoin('users', 'users.id', 'team_memberships.user_id')
        .leftJoin('growth_maps', 'growth_maps.user_id', 'team_memberships.user_id')
        .select((inner) => [
          sql<string>`coalesce(sum(${inner.ref('growth_maps.revision')}), 0) || '.' || coalesce(sum(${inner.ref('users.version')}), 0)`.as(
            'sums',
          ),
        ])
        .whereRef('team_memberships.team_id', '=', 'teams.id')
        .where('team_memberships.status', '=', 'active')
        .as('members'),
    ])
    .where('teams.id', '=', teamId)
    .executeTakeFirst();
  if (!row) return null;
  return `${row.version}.${row.revision}.${row.members ?? ''}.${row.pairing_stale_weeks ?? ''}`;
}

/** The lead's setting for how long ago a pairing still counts as recent. */
export async function pairingStaleWeeks(db: Kysely<Tables>, userId: string): Promise<number | null> {
  const row = await db.selectFrom('preferences').select('pairing_stale_weeks').where('user_id', '=', userId).executeTakeFirst();
  return row?.pairing_stale_weeks ?? null;
}
