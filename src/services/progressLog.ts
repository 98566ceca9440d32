import { ownScope } from './access.js';
import type { Reader } from './access.js';
import * as cycles from '../db/repositories/cycles.js';
import * as entries from '../db/repositories/progressLog.js';
import { currentWeekNumber, scheduleOn } from '../domain/cycles.js';
import { artifactFromEntry, entryLink } from '../domain/entryArtifact.js';
import type { Artifact } from '../schemas/artifacts.js';
import type { Cycle, EntryCreate, EntryPatch, ProgressEntry } from '../schemas/cycles.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor, withTransaction } from './context.js';
import { conflict, invalid, notFound } from './errors.js';
import { assertOwnArtifactEvidence, createArtifact } from './artifacts.js';
import { getCycle, ownCycleRecord, timingOf } from './cycles.js';
import { updateOrConflict } from './versioned.js';

function assertWeekInCycle(week: number, lengthWeeks: number): void {
  if (week > lengthWeeks) throw invalid({ week: `This cycle has ${lengthWeeks} weeks.` });
}

export async function listEntries(deps: ServiceDeps, reader: Reader, cycleId: string): Promise<ProgressEntry[]> {
  await ownCycleRecord(deps, reader, cycleId);
  return entries.listEntries(deps.db, [cycleId]);
}

export async function addEntry(deps: ServiceDeps, actor: Actor, cycleId: string, body: EntryCreate) {
  const record = await ownCycleRecord(deps, actor, cycleId);
  assertWeekInCycle(body.week, record.lengthWeeks);
  await assertOwnArtifactEvidence(deps, actor, body.evidence ?? []);
  return entries.insertEntry(deps.db, {
    id: newId(),
    cycleId,
    week: body.week,
    kind: 'progress',
    text: body.text,
    evidence: body.evidence ?? [],
    createdAt: nowIso(deps),
  });
}

async function ownEntry(deps: ServiceDeps, actor: Actor, id: string): Promise<ProgressEntry> {
  const entry = await entries.findOwnEntry(deps.db, ownScope(actor), id);
  if (!entry) throw notFound('That log entry');
  return entry;
}

export async function patchEntry(deps: ServiceDeps, actor: Actor, id: string, patch: EntryPatch): Promise<ProgressEntry> {
  const entry = await ownEntry(deps, actor, id);
  if (patch.week !== undefined) assertWeekInCycle(patch.week, (await ownCycleRecord(deps, actor, entry.cycleId)).lengthWeeks);
  await assertOwnArtifactEvidence(deps, actor, patch.evidence ?? []);
  const { version, ...changes } = patch;
  await updateOrConflict(
    () => entries.updateEntry(deps.db, id, version, changes, nowIso(deps)),
    () => ownEntry(deps, actor, id),
  );
  return ownEntry(deps, actor, id);
}

/** Evidence an entry may cite, as `entryCreate` and `entryPatch` allow. */
const MAX_EVIDENCE = 20;

/**
 * The entry's link becomes an artifact, and the entry cites it beside the link, in one
 * transaction: a failure or a concurrent change to the entry (409) leaves neither behind.
 */
export async function makeArtifact(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<{ artifact: Artifact; entry: ProgressEntry }> {
  const entry = await ownEntry(deps, actor, id);
  const url = entryLink(entry);
  if (!url) throw invalid({ evidence: 'Add a link to this entry first: the artifact is made from it.' });
  if (entry.evidence.length >= MAX_EVIDENCE) throw invalid({ evidence: `An entry cites at most ${MAX_EVIDENCE} items.` });
  const cycle = await ownCycleRecord(deps, actor, entry.cycleId);
  return withTransaction(deps.db, async (trx) => {
    const inTransaction = { ...deps, db: trx };
    const artifact = await createArtifact(inTransaction, actor, artifactFromEntry(entry, url, cycle, actor.user.timeZone));
    const evidence: ProgressEntry['evidence'] = [...entry.evidence, { kind: 'artifact', id: artifact.id }];
    await updateOrConflict(
      () => entries.updateEntry(trx, id, entry.version, { evidence }, nowIso(deps)),
      () => ownEntry(inTransaction, actor, id),
    );
    return { artifact, entry: await ownEntry(inTransaction, actor, id) };
  });
}

export async function deleteEntry(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownEntry(deps, actor, id);
  await entries.deleteEntry(deps.db, id);
}

/** Work blocked the plan: the cycle goes on with its backup project, and the log says why. */
export async function switchToBackup(
  deps: ServiceDeps,
  actor: Actor,
  cycleId: string,
  body: { version: number; reason: string },
): Promise<Cycle> {
  const record = await ownCycleRecord(deps, actor, cycleId);
  const current = () => getCycle(deps, actor, cycleId);
  if (!record.backupProject) throw invalid({ reason: 'This cycle has no backup project. Add one first.' });
  if (record.usingBackup) throw conflict('This cycle already runs on its backup project.', await current());
  const today = todayFor(deps, actor.user);
  const weeks = scheduleOn(timingOf(record), today);
  const week = currentWeekNumber(weeks, today) ?? 1;
  await withTransaction(deps.db, async (trx) => {
    await updateOrConflict(
      () => cycles.updateCycle(trx, cycleId, body.version, { usingBackup: true }, nowIso(deps)),
      () => getCycle({ ...deps, db: trx }, actor, cycleId),
    );
    await entries.insertEntry(trx, {
      id: newId(),
      cycleId,
      week,
      kind: 'backup-switch',
      text: `Switched to the backup project “${record.backupProject}”: ${body.reason}`,
      evidence: [],
      createdAt: nowIso(deps),
    });
  });
  return getCycle(deps, actor, cycleId);
}
