import type { Kysely, Selectable } from 'kysely';
import type { Grant } from '../../domain/access.js';
import { type Mentorship, section } from '../../schemas/mentorships.js';
import type { Tables } from '../tables.js';
import { changedAny, updateVersioned } from './versioned.js';

/** Who is asking about mentorships: their account, and the email an invitation may name. */
export interface Party {
  userId: string;
  email: string;
}

export interface MentorshipRecord {
  id: string;
  engineerId: string;
  mentorId: string | null;
  email: string;
  sections: readonly string[];
  invitationId: string | null;
  now: string;
}

type Row = Selectable<Tables['mentorships']> & {
  engineer_name: string;
  mentor_name: string | null;
};

const sectionsOf = (json: string) => section.array().parse(JSON.parse(json));

function toMentorship(row: Row, party: Party): Mentorship {
  const side = row.engineer_id === party.userId ? 'engineer' : 'mentor';
  const other =
    side === 'mentor'
      ? { userId: row.engineer_id, name: row.engineer_name }
      : row.mentor_id && row.mentor_name !== null
        ? { userId: row.mentor_id, name: row.mentor_name }
        : null;
  return {
    id: row.id,
    side,
    status: row.status === 'active' ? 'active' : 'invited',
    person: other,
    email: row.email,
    sections: sectionsOf(row.sections),
    version: row.version,
    createdAt: row.created_at,
    acceptedAt: row.accepted_at,
  };
}

function selectWithNames(db: Kysely<Tables>) {
  return db
    .selectFrom('mentorships')
    .innerJoin('users as engineer', 'engineer.id', 'mentorships.engineer_id')
    .leftJoin('users as mentor', 'mentor.id', 'mentorships.mentor_id')
    .selectAll('mentorships')
    .select(['engineer.name as engineer_name', 'mentor.name as mentor_name']);
}

/**
 * The mentorships this party is on either side of: as the engineer, or as the mentor by account
 * or (until someone accepts it) by the invited email. Only these are ever found, so anyone
 * else's mentorship is simply not there.
 */
function visibleTo(db: Kysely<Tables>, party: Party) {
  return selectWithNames(db).where((eb) =>
    eb.or([
      eb('mentorships.engineer_id', '=', party.userId),
      eb('mentorships.mentor_id', '=', party.userId),
      eb.and([eb('mentorships.mentor_id', 'is', null), eb('mentorships.email', '=', party.email)]),
    ]),
  );
}

export async function insertMentorship(db: Kysely<Tables>, record: MentorshipRecord): Promise<void> {
  await db
    .insertInto('mentorships')
    .values({
      id: record.id,
      engineer_id: record.engineerId,
      mentor_id: record.mentorId,
      email: record.email,
      sections: JSON.stringify(record.sections),
      status: 'invited',
      invitation_id: record.invitationId,
      version: 1,
      created_at: record.now,
      updated_at: record.now,
      accepted_at: null,
    })
    .execute();
}

export async function listMentorships(db: Kysely<Tables>, party: Party): Promise<Mentorship[]> {
  const rows = await visibleTo(db, party).orderBy('mentorships.created_at', 'desc').orderBy('mentorships.id', 'desc').execute();
  return rows.map((row) => toMentorship(row, party));
}

export async function findMentorship(db: Kysely<Tables>, party: Party, id: string): Promise<Mentorship | null> {
  const row = await visibleTo(db, party).where('mentorships.id', '=', id).executeTakeFirst();
  return row ? toMentorship(row, party) : null;
}

export async function updateSections(
  db: Kysely<Tables>,
  id: string,
  version: number,
  sections: readonly string[],
  now: string,
): Promise<boolean> {
  return updateVersioned(db, 'mentorships', { column: 'id', id }, version, { sections: JSON.stringify(sections) }, now);
}

/** The invited party takes the mentorship: one guarded UPDATE, so it is accepted once, by its invitee. */
export async function acceptMentorship(db: Kysely<Tables>, party: Party, id: string, now: string): Promise<boolean> {
  return changedAny(
    db
      .updateTable('mentorships')
      .set((eb) => ({
        mentor_id: party.userId,
        status: 'active',
        accepted_at: now,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('status', '=', 'invited')
      .where('engineer_id', '<>', party.userId)
      .where((eb) =>
        eb.or([eb('mentor_id', '=', party.userId), eb.and([eb('mentor_id', 'is', null), eb('email', '=', party.email)])]),
      ),
  );
}

export async function deleteMentorship(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('mentorships').where('id', '=', id).execute();
}

/** What the owner granted the viewer through mentorships they accepted: read on every request, never kept. */
/** What each of these owners gave `viewerId` through an active mentorship, in one query. */
export async function mentorshipGrants(
  db: Kysely<Tables>,
  ownerIds: readonly string[],
  viewerId: string,
): Promise<Map<string, Grant[]>> {
  const grants = new Map<string, Grant[]>();
  if (ownerIds.length === 0) return grants;
  const rows = await db
    .selectFrom('mentorships')
    .select(['id', 'engineer_id', 'sections'])
    .where('engineer_id', 'in', [...ownerIds])
    .where('mentor_id', '=', viewerId)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const grant: Grant = { via: 'mentorship', id: row.id, sections: sectionsOf(row.sections) };
    grants.set(row.engineer_id, [...(grants.get(row.engineer_id) ?? []), grant]);
  }
  return grants;
}

/** A deleted account's email stops being offered mentorships it never accepted. */
export async function forgetInvitee(db: Kysely<Tables>, email: string): Promise<void> {
  await db.deleteFrom('mentorships').where('mentor_id', 'is', null).where('email', '=', email.toLowerCase()).execute();
}
