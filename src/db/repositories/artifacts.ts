import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import {
  type Artifact,
  type ArtifactFile,
  type ArtifactFileType,
  type ArtifactFilter,
  type ArtifactSkill,
  type Metric,
  artifactFileType,
  artifactKind,
  metric,
} from '../../schemas/artifacts.js';
import { level } from '../../schemas/common.js';
import type { Tables } from '../tables.js';
import { type VersionedChanges, updateVersioned } from './versioned.js';

/** The artifact's own columns, before its skills, destinations and file are attached. */
export interface ArtifactRecord {
  id: string;
  title: string;
  kind: Artifact['kind'];
  date: string | null;
  url: string | null;
  description: string | null;
  outcome: string | null;
  metric: Metric | null;
  cycleId: string | null;
  createdAt: string;
}

export interface StoredFile extends ArtifactFile {
  bytes: Uint8Array;
}

interface Links {
  skills: Map<string, ArtifactSkill[]>;
  destinations: Map<string, string[]>;
  files: Map<string, ArtifactFile>;
}

const fileTypeOf = (type: string): ArtifactFileType => artifactFileType.parse(type);

function toArtifact(row: Selectable<Tables['artifacts']>, links: Links): Artifact {
  return {
    id: row.id,
    title: row.title,
    kind: artifactKind.parse(row.kind),
    date: row.date,
    url: row.url,
    description: row.description,
    outcome: row.outcome,
    metric: row.metric === null ? null : metric.parse(JSON.parse(row.metric)),
    skills: links.skills.get(row.id) ?? [],
    destinationIds: links.destinations.get(row.id) ?? [],
    cycleId: row.cycle_id,
    file: links.files.get(row.id) ?? null,
    version: row.version,
    createdAt: row.created_at,
  };
}

function groupBy<R extends { artifact_id: string }, T>(rows: readonly R[], value: (row: R) => T): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.artifact_id, [...(map.get(row.artifact_id) ?? []), value(row)]);
  return map;
}

/** The skills, destinations and file summaries of these artifacts: three queries for any number. */
async function linksOf(db: Kysely<Tables>, ids: readonly string[]): Promise<Links> {
  if (ids.length === 0) return { skills: new Map(), destinations: new Map(), files: new Map() };
  const [skills, destinations, files] = await Promise.all([
    db.selectFrom('artifact_skills').selectAll().where('artifact_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('artifact_destinations').selectAll().where('artifact_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('artifact_files').select(['artifact_id', 'name', 'type', 'size']).where('artifact_id', 'in', ids).execute(),
  ]);
  return {
    skills: groupBy(skills, (row) => ({ skillId: row.skill_id, level: level.parse(row.level) })),
    destinations: groupBy(destinations, (row) => row.destination_id),
    files: new Map(files.map((row) => [row.artifact_id, { name: row.name, type: fileTypeOf(row.type), size: row.size }])),
  };
}

async function withLinks(db: Kysely<Tables>, rows: Selectable<Tables['artifacts']>[]): Promise<Artifact[]> {
  const links = await linksOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toArtifact(row, links));
}

/** The owner's artifacts, newest first, narrowed by the filter; ownership is in the query. */
export async function listArtifacts(db: Kysely<Tables>, scope: OwnerScope, filter: ArtifactFilter = {}): Promise<Artifact[]> {
  const userId = scope.ownerId;
  let query = db.selectFrom('artifacts').selectAll('artifacts').where('artifacts.user_id', '=', userId);
  if (filter.kind) query = query.where('artifacts.kind', '=', filter.kind);
  if (filter.skillId) {
    const skillId = filter.skillId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('artifact_skills')
          .select('artifact_skills.artifact_id')
          .whereRef('artifact_skills.artifact_id', '=', 'artifacts.id')
          .where('artifact_skills.skill_id', '=', skillId),
      ),
    );
  }
  if (filter.destinationId) {
    const destinationId = filter.destinationId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('artifact_destinations')
          .select('artifact_destinations.artifact_id')
          .whereRef('artifact_destinations.artifact_id', '=', 'artifacts.id')
          .where('artifact_destinations.destination_id', '=', destinationId),
      ),
    );
  }
  if (filter.hasOutcome !== undefined) {
    query = filter.hasOutcome
      ? query.where((eb) => eb.or([eb('artifacts.outcome', 'is not', null), eb('artifacts.metric', 'is not', null)]))
      : query.where('artifacts.outcome', 'is', null).where('artifacts.metric', 'is', null);
  }
  const rows = await query.orderBy('artifacts.created_at', 'desc').orderBy('artifacts.id', 'desc').execute();
  return withLinks(db, rows);
}

export async function findOwnArtifact(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<Artifact | null> {
  const userId = scope.ownerId;
  const row = await db.selectFrom('artifacts').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row ? ((await withLinks(db, [row]))[0] ?? null) : null;
}

export async function insertArtifact(db: Kysely<Tables>, scope: OwnerScope, record: ArtifactRecord): Promise<void> {
  await db
    .insertInto('artifacts')
    .values({
      id: record.id,
      user_id: scope.ownerId,
      title: record.title,
      kind: record.kind,
      date: record.date,
      url: record.url,
      description: record.description,
      outcome: record.outcome,
      metric: record.metric && JSON.stringify(record.metric),
      cycle_id: record.cycleId,
      version: 1,
      created_at: record.createdAt,
      updated_at: record.createdAt,
    })
    .execute();
}

export type ArtifactChanges = Partial<Omit<ArtifactRecord, 'id' | 'createdAt'>>;

export async function updateArtifact(
  db: Kysely<Tables>,
  id: string,
  version: number,
  changes: ArtifactChanges,
  now: string,
): Promise<boolean> {
  const columns: VersionedChanges<'artifacts'> = {
    title: changes.title,
    kind: changes.kind,
    date: changes.date,
    url: changes.url,
    description: changes.description,
    outcome: changes.outcome,
    metric: changes.metric === undefined ? undefined : changes.metric && JSON.stringify(changes.metric),
    cycle_id: changes.cycleId,
  };
  return updateVersioned(db, 'artifacts', { column: 'id', id }, version, columns, now);
}

export async function setArtifactSkills(db: Kysely<Tables>, artifactId: string, skills: readonly ArtifactSkill[]): Promise<void> {
  await db.deleteFrom('artifact_skills').where('artifact_id', '=', artifactId).execute();
  if (skills.length === 0) return;
  await db
    .insertInto('artifact_skills')
    .values(skills.map((s, position) => ({ artifact_id: artifactId, skill_id: s.skillId, level: s.level, position })))
    .execute();
}

export async function setArtifactDestinations(
  db: Kysely<Tables>,
  artifactId: string,
  destinationIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('artifact_destinations').where('artifact_id', '=', artifactId).execute();
  if (destinationIds.length === 0) return;
  await db
    .insertInto('artifact_destinations')
    .values(
      destinationIds.map((destinationId, position) => ({ artifact_id: artifactId, destination_id: destinationId, position })),
    )
    .execute();
}

export async function deleteArtifact(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('artifacts').where('id', '=', id).execute();
}

/** Of these skill ids, the ones on the user's own map. */
export async function ownSkillIds(db: Kysely<Tables>, scope: OwnerScope, ids: readonly string[]): Promise<Set<string>> {
  const userId = scope.ownerId;
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('skills')
    .innerJoin('destinations', 'destinations.id', 'skills.destination_id')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select('skills.id')
    .where('growth_maps.user_id', '=', userId)
    .where('skills.id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Of these destination ids, the ones on the user's own map. */
export async function ownDestinationIds(db: Kysely<Tables>, scope: OwnerScope, ids: readonly string[]): Promise<Set<string>> {
  const userId = scope.ownerId;
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('destinations')
    .innerJoin('growth_maps', 'growth_maps.id', 'destinations.map_id')
    .select('destinations.id')
    .where('growth_maps.user_id', '=', userId)
    .where('destinations.id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Stores the artifact's file, replacing any earlier one. */
export async function putFile(db: Kysely<Tables>, artifactId: string, file: StoredFile, now: string): Promise<void> {
  const values = { name: file.name, type: file.type, size: file.size, bytes: file.bytes, created_at: now };
  await db
    .insertInto('artifact_files')
    .values({ artifact_id: artifactId, ...values })
    .onConflict((conflict) => conflict.column('artifact_id').doUpdateSet(values))
    .execute();
}

/** The file of one of the user's artifacts, bytes and all. */
export async function findOwnFile(db: Kysely<Tables>, scope: OwnerScope, artifactId: string): Promise<StoredFile | null> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('artifact_files')
    .innerJoin('artifacts', 'artifacts.id', 'artifact_files.artifact_id')
    .select(['artifact_files.name', 'artifact_files.type', 'artifact_files.size', 'artifact_files.bytes'])
    .where('artifacts.id', '=', artifactId)
    .where('artifacts.user_id', '=', userId)
    .executeTakeFirst();
  return row ? { name: row.name, type: fileTypeOf(row.type), size: row.size, bytes: row.bytes } : null;
}

/** True when there was a file to remove. */
export async function deleteFile(db: Kysely<Tables>, artifactId: string): Promise<boolean> {
  const result = await db.deleteFrom('artifact_files').where('artifact_id', '=', artifactId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Every file of the user's artifacts, for the export. */
export async function listOwnFiles(db: Kysely<Tables>, scope: OwnerScope): Promise<Map<string, Uint8Array>> {
  const userId = scope.ownerId;
  const rows = await db
    .selectFrom('artifact_files')
    .innerJoin('artifacts', 'artifacts.id', 'artifact_files.artifact_id')
    .select(['artifact_files.artifact_id', 'artifact_files.bytes'])
    .where('artifacts.user_id', '=', userId)
    .execute();
  return new Map(rows.map((row) => [row.artifact_id, row.bytes]));
}

/** Of these artifact ids, the ones that are the user's own (for evidence). */
export async function ownArtifactIds(db: Kysely<Tables>, scope: OwnerScope, ids: readonly string[]): Promise<Set<string>> {
  const userId = scope.ownerId;
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('artifacts').select('id').where('user_id', '=', userId).where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}

export async function countArtifacts(db: Kysely<Tables>, scope: OwnerScope): Promise<number> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('artifacts')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
