import type { Kysely } from 'kysely';
import { level } from '../../schemas/common.js';
import type { MentorRating } from '../../schemas/mentorRatings.js';
import type { Tables } from '../tables.js';

/** The skill with its owner, found by id alone: the caller's right to it is decided by the access policy. */
export async function findSkillOwner(db: Kysely<Tables>, skillId: string): Promise<{ ownerId: string } | null> {
  const row = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select('growth_maps.user_id as ownerId')
    .where('skills.id', '=', skillId)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertRating(
  db: Kysely<Tables>,
  record: {
    id: string;
    ownerId: string;
    mentorId: string;
    skillId: string;
    level: string;
    note: string | null;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('mentor_ratings')
    .values({
      id: record.id,
      owner_id: record.ownerId,
      mentor_id: record.mentorId,
      skill_id: record.skillId,
      level: record.level,
      note: record.note,
      created_at: record.createdAt,
    })
    .execute();
}

/** Ratings of the owner's skills, newest first; only one mentor's when `mentorId` is given. */
export async function listRatings(
  db: Kysely<Tables>,
  ownerId: string,
  filter: { skillId?: string; mentorId?: string } = {},
): Promise<MentorRating[]> {
  let query = db
    .selectFrom('mentor_ratings')
    .innerJoin('users as mentor', 'mentor.id', 'mentor_ratings.mentor_id')
    .select([
      'mentor_ratings.id',
      'mentor_ratings.skill_id',
      'mentor_ratings.mentor_id',
      'mentor.name as mentor_name',
      'mentor_ratings.level',
      'mentor_ratings.note',
      'mentor_ratings.created_at',
    ])
    .where('mentor_ratings.owner_id', '=', ownerId);
  if (filter.skillId) query = query.where('mentor_ratings.skill_id', '=', filter.skillId);
  if (filter.mentorId) query = query.where('mentor_ratings.mentor_id', '=', filter.mentorId);
  const rows = await query.orderBy('mentor_ratings.created_at', 'desc').orderBy('mentor_ratings.id', 'desc').execute();
  return rows.map((row) => ({
    id: row.id,
    skillId: row.skill_id,
    mentor: { userId: row.mentor_id, name: row.mentor_name },
    level: level.parse(row.level),
    note: row.note,
    createdAt: row.created_at,
  }));
}

/** Ratings a user gave or received, for the account export. */
export async function listRatingsOfUser(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('mentor_ratings')
    .selectAll()
    .where((eb) => eb.or([eb('owner_id', '=', userId), eb('mentor_id', '=', userId)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Every skill on the owner's map with its destination, in the map's order. */
export async function listOwnerSkills(db: Kysely<Tables>, ownerId: string) {
  const rows = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select([
      'skills.id',
      'skills.name',
      'skills.current_level',
      'skills.target_level',
      'destinations.id as destination_id',
      'destinations.title as destination_title',
    ])
    .where('growth_maps.user_id', '=', ownerId)
    .orderBy('destinations.position')
    .orderBy('skills.position')
    .execute();
  return rows.map((row) => ({
    skillId: row.id,
    name: row.name,
    destinationId: row.destination_id,
    destinationTitle: row.destination_title,
    selfLevel: level.parse(row.current_level),
    targetLevel: level.parse(row.target_level),
  }));
}
