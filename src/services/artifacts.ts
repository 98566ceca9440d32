import * as artifacts from '../db/repositories/artifacts.js';
import { findOwnCycle } from '../db/repositories/cycles.js';
import { cleanFileName, sniffFileType } from '../domain/fileType.js';
import type {
  Artifact,
  ArtifactCreate,
  ArtifactExport,
  ArtifactFile,
  ArtifactFilter,
  ArtifactPatch,
  MetricInput,
  Metric,
} from '../schemas/artifacts.js';
import { type OwnerScope, ownScope } from './access.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { AppError, invalid, notFound } from './errors.js';
import { updateOrConflict } from './versioned.js';

/** One artifact within the scope: another person's, or one outside what they granted, is not found. */
export async function getArtifact(deps: ServiceDeps, scope: OwnerScope, id: string): Promise<Artifact> {
  const artifact = await artifacts.findOwnArtifact(deps.db, scope, id);
  if (!artifact) throw notFound('That artifact');
  return artifact;
}

const toMetric = (input: MetricInput): Metric => ({
  name: input.name,
  before: input.before ?? null,
  after: input.after ?? null,
  unit: input.unit ?? null,
  measuredOn: input.measuredOn ?? null,
  sourceUrl: input.sourceUrl ?? null,
});

/** Skills, destinations and the cycle an artifact names must be the owner's own: 400 naming the field otherwise. */
async function assertOwnLinks(
  deps: ServiceDeps,
  actor: Actor,
  links: { skills?: Artifact['skills']; destinationIds?: string[]; cycleId?: string | null },
): Promise<void> {
  const scope = ownScope(actor);
  const fields: Record<string, string> = {};
  const skillIds = (links.skills ?? []).map((s) => s.skillId);
  const ownSkills = await artifacts.ownSkillIds(deps.db, scope, skillIds);
  skillIds.forEach((id, index) => {
    if (!ownSkills.has(id)) fields[`skills.${index}.skillId`] = 'Pick one of the skills on your map.';
  });
  const destinationIds = links.destinationIds ?? [];
  const ownDestinations = await artifacts.ownDestinationIds(deps.db, scope, destinationIds);
  destinationIds.forEach((id, index) => {
    if (!ownDestinations.has(id)) fields[`destinationIds.${index}`] = 'Pick one of your destinations.';
  });
  if (links.cycleId && !(await findOwnCycle(deps.db, scope, links.cycleId))) {
    fields.cycleId = 'Pick one of your learning cycles.';
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
}

export function listArtifacts(deps: ServiceDeps, scope: OwnerScope, filter: ArtifactFilter): Promise<Artifact[]> {
  return artifacts.listArtifacts(deps.db, scope, filter);
}

/** Changes go to the actor's own artifacts only. */
const ownArtifact = (deps: ServiceDeps, actor: Actor, id: string) => getArtifact(deps, ownScope(actor), id);

export async function createArtifact(deps: ServiceDeps, actor: Actor, body: ArtifactCreate): Promise<Artifact> {
  await assertOwnLinks(deps, actor, body);
  const id = newId();
  await withTransaction(deps.db, async (trx) => {
    await artifacts.insertArtifact(trx, ownScope(actor), {
      id,
      title: body.title,
      kind: body.kind,
      date: body.date ?? null,
      url: body.url ?? null,
      description: body.description ?? null,
      outcome: body.outcome ?? null,
      metric: body.metric ? toMetric(body.metric) : null,
      cycleId: body.cycleId ?? null,
      createdAt: nowIso(deps),
    });
    await artifacts.setArtifactSkills(trx, id, body.skills);
    await artifacts.setArtifactDestinations(trx, id, body.destinationIds);
  });
  return ownArtifact(deps, actor, id);
}

export async function patchArtifact(deps: ServiceDeps, actor: Actor, id: string, patch: ArtifactPatch): Promise<Artifact> {
  await ownArtifact(deps, actor, id);
  await assertOwnLinks(deps, actor, patch);
  const { version, skills, destinationIds, metric, ...fields } = patch;
  await withTransaction(deps.db, async (trx) => {
    await updateOrConflict(
      () =>
        artifacts.updateArtifact(
          trx,
          id,
          version,
          { ...fields, ...(metric !== undefined && { metric: metric && toMetric(metric) }) },
          nowIso(deps),
        ),
      () => ownArtifact({ ...deps, db: trx }, actor, id),
    );
    if (skills) await artifacts.setArtifactSkills(trx, id, skills);
    if (destinationIds) await artifacts.setArtifactDestinations(trx, id, destinationIds);
  });
  return ownArtifact(deps, actor, id);
}

export async function deleteArtifact(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownArtifact(deps, actor, id);
  await artifacts.deleteArtifact(deps.db, id);
}

/** The type comes from the bytes alone; the name is kept as given, cleaned of path parts. */
export async function putFile(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  bytes: Uint8Array,
  name: string | undefined,
): Promise<ArtifactFile> {
  await ownArtifact(deps, actor, id);
  const sniffed = sniffFileType(bytes, name ?? '');
  if (!sniffed.ok) throw new AppError('validation_failed', sniffed.reason, { fields: { file: sniffed.reason } });
  const file = { name: cleanFileName(name, sniffed.type), type: sniffed.type, size: bytes.length };
  await artifacts.putFile(deps.db, id, { ...file, bytes }, nowIso(deps));
  return file;
}

export async function getFile(deps: ServiceDeps, scope: OwnerScope, id: string): Promise<artifacts.StoredFile> {
  const file = await artifacts.findOwnFile(deps.db, scope, id);
  if (!file) {
    await getArtifact(deps, scope, id);
    throw notFound('That artifact’s file');
  }
  return file;
}

export async function deleteFile(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownArtifact(deps, actor, id);
  if (!(await artifacts.deleteFile(deps.db, id))) throw notFound('That artifact’s file');
}

/** Every artifact with its file's bytes as base64, for "download everything". */
export async function exportArtifacts(deps: ServiceDeps, actor: Actor): Promise<ArtifactExport[]> {
  const [all, files] = await Promise.all([
    artifacts.listArtifacts(deps.db, ownScope(actor)),
    artifacts.listOwnFiles(deps.db, ownScope(actor)),
  ]);
  return all.map((artifact) => {
    const bytes = files.get(artifact.id);
    return { ...artifact, fileBase64: bytes ? Buffer.from(bytes).toString('base64') : null };
  });
}

/**
 * Evidence that cites an artifact must cite one of the actor's own: 400 naming the item
 * otherwise, so another person's artifact is neither used nor confirmed to exist.
 */
export async function assertOwnArtifactEvidence(
  deps: ServiceDeps,
  actor: Actor,
  evidence: ReadonlyArray<{ kind: string; id?: string }>,
): Promise<void> {
  const cited = evidence.flatMap((item, index) => (item.kind === 'artifact' && item.id ? [{ index, id: item.id }] : []));
  const own = await artifacts.ownArtifactIds(
    deps.db,
    ownScope(actor),
    cited.map((c) => c.id),
  );
  const fields = Object.fromEntries(
    cited.filter((c) => !own.has(c.id)).map((c) => [`evidence.${c.index}.id`, 'Point to one of your own artifacts.']),
  );
  if (Object.keys(fields).length > 0) throw invalid(fields);
}
