import type { Kysely } from 'kysely';
import { type Comment, type CommentSubjectKind, commentSubjectKind } from '../../schemas/comments.js';
import type { Tables } from '../tables.js';

/** A comment's subject as found: whose it is and what it is called. */
export interface Subject {
  ownerId: string;
  ownerName: string;
  title: string;
}

/** A subject named by its kind and id, as comments name theirs. */
export interface SubjectRef {
  subjectKind: CommentSubjectKind;
  subjectId: string;
}

/** The key `findSubjects` answers under: ids of different kinds may coincide. */
export const subjectKey = (ref: SubjectRef): string => `${ref.subjectKind} ${ref.subjectId}`;

const idsOf = (refs: readonly SubjectRef[], kind: CommentSubjectKind) => [
  ...new Set(refs.filter((ref) => ref.subjectKind === kind).map((ref) => ref.subjectId)),
];

async function destinationSubjects(db: Kysely<Tables>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('destinations')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .innerJoin('users', 'users.id', 'growth_maps.user_id')
    .select(['destinations.id as id', 'growth_maps.user_id as ownerId', 'users.name as ownerName', 'destinations.title as title'])
    .where('destinations.id', 'in', ids)
    .execute();
}

async function entrySubjects(db: Kysely<Tables>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('progress_entries')
    .innerJoin('cycles', 'cycles.id', 'progress_entries.cycle_id')
    .innerJoin('users', 'users.id', 'cycles.user_id')
    .select([
      'progress_entries.id as id',
      'cycles.user_id as ownerId',
      'users.name as ownerName',
      'cycles.goal as goal',
      'progress_entries.week as week',
    ])
    .where('progress_entries.id', 'in', ids)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    title: `Week ${row.week} of “${row.goal}”`,
  }));
}

async function artifactSubjects(db: Kysely<Tables>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('artifacts')
    .innerJoin('users', 'users.id', 'artifacts.user_id')
    .select(['artifacts.id as id', 'artifacts.user_id as ownerId', 'users.name as ownerName', 'artifacts.title as title'])
    .where('artifacts.id', 'in', ids)
    .execute();
}

/**
 * The subjects found through their owners' records, keyed by `subjectKey`; one that does not
 * exist is absent. One query per kind asked for, however many subjects.
 */
export async function findSubjects(db: Kysely<Tables>, refs: readonly SubjectRef[]): Promise<Map<string, Subject>> {
  const [destinations, entries, artifacts] = await Promise.all([
    destinationSubjects(db, idsOf(refs, 'destination')),
    entrySubjects(db, idsOf(refs, 'progress-entry')),
    artifactSubjects(db, idsOf(refs, 'artifact')),
  ]);
  const found = new Map<string, Subject>();
  const add = (subjectKind: CommentSubjectKind, rows: readonly (Subject & { id: string })[]) => {
    for (const { id, ...subject } of rows) found.set(subjectKey({ subjectKind, subjectId: id }), subject);
  };
  add('destination', destinations);
  add('progress-entry', entries);
  add('artifact', artifacts);
  return found;
}

/** The subject, found through its owner's records; null when it does not exist. */
export async function findSubject(db: Kysely<Tables>, kind: CommentSubjectKind, id: string): Promise<Subject | null> {
  const ref = { subjectKind: kind, subjectId: id };
  return (await findSubjects(db, [ref])).get(subjectKey(ref)) ?? null;
}

export async function insertComment(
  db: Kysely<Tables>,
  record: {
    id: string;
    ownerId: string;
    authorId: string;
    subjectKind: string;
    subjectId: string;
    body: string;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('comments')
    .values({
      id: record.id,
      owner_id: record.ownerId,
      author_id: record.authorId,
      subject_kind: record.subjectKind,
      subject_id: record.subjectId,
      body: record.body,
      created_at: record.createdAt,
    })
    .execute();
}

/** A subject's comments, oldest first, as `readerId` sees them. */
export async function listComments(
  db: Kysely<Tables>,
  readerId: string,
  ownerId: string,
  kind: CommentSubjectKind,
  subjectId: string,
): Promise<Comment[]> {
  const rows = await db
    .selectFrom('comments')
    .innerJoin('users as author', 'author.id', 'comments.author_id')
    .leftJoin('comment_reads', (join) =>
      join.onRef('comment_reads.comment_id', '=', 'comments.id').on('comment_reads.user_id', '=', readerId),
    )
    .select([
      'comments.id',
      'comments.subject_kind',
      'comments.subject_id',
      'comments.author_id',
      'author.name as author_name',
      'comments.body',
      'comments.created_at',
      'comment_reads.read_at',
    ])
    .where('comments.owner_id', '=', ownerId)
    .where('comments.subject_kind', '=', kind)
    .where('comments.subject_id', '=', subjectId)
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    subjectKind: commentSubjectKind.parse(row.subject_kind),
    subjectId: row.subject_id,
    author: { userId: row.author_id, name: row.author_name },
    body: row.body,
    mine: row.author_id === readerId,
    read: row.author_id === readerId || row.read_at !== null,
    createdAt: row.created_at,
  }));
}

/** Marks every comment on the subject written by someone else as read by `readerId`. */
export async function markRead(
  db: Kysely<Tables>,
  readerId: string,
  ownerId: string,
  kind: CommentSubjectKind,
  subjectId: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('comment_reads')
    .columns(['comment_id', 'user_id', 'read_at'])
    .expression((eb) =>
      eb
        .selectFrom('comments')
        .select((s) => ['comments.id', s.val(readerId).as('user_id'), s.val(now).as('read_at')])
        .where('comments.owner_id', '=', ownerId)
        .where('comments.subject_kind', '=', kind)
        .where('comments.subject_id', '=', subjectId)
        .where('comments.author_id', '!=', readerId),
    )
    .onConflict((oc) => oc.columns(['comment_id', 'user_id']).doNothing())
    .execute();
}

export interface UnreadGroup {
  ownerId: string;
  subjectKind: CommentSubjectKind;
  subjectId: string;
  unread: number;
}

/** Comments by others on the given owners' records that `readerId` has not read, by subject. */
export async function unreadBySubject(db: Kysely<Tables>, readerId: string, ownerIds: readonly string[]): Promise<UnreadGroup[]> {
  if (ownerIds.length === 0) return [];
  const rows = await db
    .selectFrom('comments')
    .leftJoin('comment_reads', (join) =>
      join.onRef('comment_reads.comment_id', '=', 'comments.id').on('comment_reads.user_id', '=', readerId),
    )
    .select(['comments.owner_id', 'comments.subject_kind', 'comments.subject_id'])
    .select((eb) => eb.fn.countAll<string | number>().as('unread'))
    .where('comments.owner_id', 'in', ownerIds)
    .where('comments.author_id', '!=', readerId)
    .where('comment_reads.comment_id', 'is', null)
    .groupBy(['comments.owner_id', 'comments.subject_kind', 'comments.subject_id'])
    .execute();
  return rows.map((row) => ({
    ownerId: row.owner_id,
    subjectKind: commentSubjectKind.parse(row.subject_kind),
    subjectId: row.subject_id,
    unread: Number(row.unread),
  }));
}

/** Everything a user wrote or received as comments, for the account export. */
export async function listCommentsOfUser(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('comments')
    .selectAll()
    .where((eb) => eb.or([eb('owner_id', '=', userId), eb('author_id', '=', userId)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function listReadsOfUser(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('comment_reads')
    .select(['comment_id', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('read_at')
    .execute();
}
