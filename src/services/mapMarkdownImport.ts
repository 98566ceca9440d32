import { ownScope } from './access.js';
import * as artifacts from '../db/repositories/artifacts.js';
import * as destinations from '../db/repositories/destinations.js';
import type { DestinationRecord } from '../db/repositories/destinations.js';
import * as levelChanges from '../db/repositories/levelChanges.js';
import * as skills from '../db/repositories/skills.js';
import { categoryLabels, categoryOrder } from '../domain/labels.js';
import { levelDefinitions } from '../domain/levels.js';
import type { Finding, MarkdownDestination, MarkdownMap, MarkdownSkill } from '../domain/mapMarkdown/model.js';
import type { Level } from '../schemas/common.js';
import { destinationCreate, type Skill, skillCreate } from '../schemas/map.js';
import type { MapImportItem, MapImportResult } from '../schemas/mapMarkdown.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor, withTransaction } from './context.js';
import { listCyclesWithEntries } from './cycles.js';
import { AppError, staleVersion } from './errors.js';
import { findOwnMap } from './map.js';
import { artifactLineOf, logLineOf } from './mapMarkdown.js';
import { recordLevelChange } from './skills.js';

/** What the history says of a level an import set: the file, not the person, changed it. */
const IMPORT_NOTE = 'imported';
/** A destination needs a category and the template has no line for one: the guide lists this kind first. */
const DEFAULT_CATEGORY = categoryOrder[0] ?? 'technical-specialization';

interface Run {
  deps: ServiceDeps;
  actor: Actor;
  mapId: string;
  dryRun: boolean;
  now: string;
  result: MapImportResult;
}

/**
 * Adds and updates the map from the guide's template; never deletes. Destinations match by title
 * and skills by name within their destination, in any case. A changed current level is recorded in
 * the level history with the note "imported". The dry run walks the same path without writing;
 * applying is one transaction. The cycle plan, progress log and artifacts are matched and reported,
 * not written: a cycle needs dates and destinations the template does not hold.
 */
export async function importMapMarkdown(
  deps: ServiceDeps,
  actor: Actor,
  markdown: string,
  dryRun: boolean,
): Promise<MapImportResult> {
  // The Markdown parser (micromark) costs ~10 MB of memory: loaded on the first import, not at start.
  const { readMapMarkdown } = await import('../domain/mapMarkdown/read.js');
  const { map: file, warnings } = readMapMarkdown(markdown);
  if (file.destinations.length === 0) {
    throw new AppError(
      'validation_failed',
      'The file has no destination: write one as “Destination A: [Title]”, as in the guide’s template.',
    );
  }
  const result: MapImportResult = { dryRun, added: [], changed: [], leftAlone: [], warnings: [...warnings] };
  await withTransaction(deps.db, async (db) => {
    const map = await findOwnMap({ ...deps, db }, actor);
    const run: Run = { deps: { ...deps, db }, actor, mapId: map.id, dryRun, now: nowIso(deps), result };
    const existing = await destinations.listDestinations(db, ownScope(actor));
    const existingSkills = await skills.listSkillsOfMap(db, ownScope(actor));
    for (const destination of file.destinations) {
      const fitting = fits(destination, result.warnings);
      if (!fitting) continue;
      const found = existing.find((d) => sameName(d.title, destination.title));
      if (found) await updateDestination(run, found, fitting, existingSkills);
      else await addDestination(run, fitting);
    }
    await reportCycleParts(run, file);
  });
  result.warnings.sort((a, b) => a.line - b.line);
  return result;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
const letter = (level: Level) => levelDefinitions[level].letter;

/** The destination and the skills the schemas accept; what they refuse is a warning at its line. */
function fits(destination: MarkdownDestination, warnings: Finding[]): MarkdownDestination | null {
  const checked = destinationCreate.safeParse({
    ...destination,
    category: destination.category ?? DEFAULT_CATEGORY,
    status: destination.status ?? undefined,
  });
  if (!checked.success) {
    warnings.push({
      line: destination.line,
      message: `Destination left out: ${checked.error.issues[0]?.message ?? 'unreadable.'}`,
    });
    return null;
  }
  const fittingSkills = destination.skills.filter((skill) => {
    const ok = skillCreate.safeParse({ ...skill, targetLevel: skill.targetLevel ?? skill.currentLevel });
    if (!ok.success)
      warnings.push({ line: skill.line, message: `Skill left out: ${ok.error.issues[0]?.message ?? 'unreadable.'}` });
    return ok.success;
  });
  return { ...destination, skills: fittingSkills };
}

async function addDestination(run: Run, destination: MarkdownDestination): Promise<void> {
  const category = destination.category ?? DEFAULT_CATEGORY;
  run.result.added.push({
    kind: 'destination',
    name: destination.title,
    ...(destination.category ? {} : { detail: `category ${categoryLabels[category]} (the file names none)` }),
  });
  const id = newId();
  if (!run.dryRun) {
    await destinations.insertDestination(run.deps.db, {
      id,
      mapId: run.mapId,
      now: run.now,
      title: destination.title,
      category,
      description: destination.description,
      measure: destination.measure,
      targetDate: destination.targetDate,
      businessImpact: destination.businessImpact,
      status: destination.status ?? 'active',
    });
  }
  for (const skill of destination.skills) await addSkill(run, id, destination.title, skill);
}

const destinationFields = ['category', 'status', 'description', 'measure', 'targetDate', 'businessImpact'] as const;
const fieldWords: Record<(typeof destinationFields)[number], string> = {
  category: 'category',
  status: 'status',
  description: 'description',
  measure: 'measure',
  targetDate: 'target date',
  businessImpact: 'business impact',
};

async function updateDestination(run: Run, found: DestinationRecord, destination: MarkdownDestination, existingSkills: Skill[]) {
  // A field the file leaves out is left alone: import never clears anything.
  const changed = destinationFields.filter((field) => destination[field] !== null && destination[field] !== found[field]);
  const item: MapImportItem = { kind: 'destination', name: found.title };
  if (changed.length === 0) run.result.leftAlone.push(item);
  else {
    run.result.changed.push({ ...item, detail: changed.map((field) => fieldWords[field]).join(', ') });
    const changes = Object.fromEntries(changed.map((field) => [field, destination[field]]));
    if (!run.dryRun && !(await destinations.updateDestination(run.deps.db, found.id, found.version, changes, run.now))) {
      throw staleVersion(undefined);
    }
  }
  const own = existingSkills.filter((s) => s.destinationId === found.id);
  for (const skill of destination.skills) {
    const match = own.find((s) => sameName(s.name, skill.name));
    if (match) await updateSkill(run, match, found.title, skill);
    else await addSkill(run, found.id, found.title, skill);
  }
}

/** A new skill's level starts its history, as creating one in the app does. */
async function addSkill(run: Run, destinationId: string, destinationTitle: string, skill: MarkdownSkill): Promise<void> {
  run.result.added.push({ kind: 'skill', name: skill.name, destination: destinationTitle });
  if (run.dryRun) return;
  const targetLevel = skill.targetLevel ?? skill.currentLevel;
  const created = await skills.insertSkill(run.deps.db, { id: newId(), destinationId, now: run.now, ...skill, targetLevel });
  await levelChanges.insertLevelChange(run.deps.db, {
    id: newId(),
    skillId: created.id,
    from: null,
    to: skill.currentLevel,
    note: IMPORT_NOTE,
    evidence: [],
    date: todayFor(run.deps, run.actor.user),
    createdAt: run.now,
  });
}

async function updateSkill(run: Run, found: Skill, destinationTitle: string, skill: MarkdownSkill): Promise<void> {
  const details: string[] = [];
  if (skill.currentLevel !== found.currentLevel)
    details.push(`level ${letter(found.currentLevel)} → ${letter(skill.currentLevel)}`);
  // `- P` without a target says nothing about the target; `- P → E` sets it.
  const target = skill.targetLevel && skill.targetLevel !== found.targetLevel ? skill.targetLevel : null;
  if (target) details.push(`target ${letter(found.targetLevel)} → ${letter(target)}`);
  const item: MapImportItem = { kind: 'skill', name: found.name, destination: destinationTitle };
  if (details.length === 0) {
    run.result.leftAlone.push(item);
    return;
  }
  run.result.changed.push({ ...item, detail: details.join(', ') });
  if (run.dryRun) return;
  if (target && !(await skills.updateSkill(run.deps.db, found.id, found.version, { targetLevel: target }, run.now))) {
    throw staleVersion(undefined);
  }
  if (skill.currentLevel !== found.currentLevel) {
    await recordLevelChange(run.deps, run.actor, found, { to: skill.currentLevel, note: IMPORT_NOTE });
  }
}

/**
 * The plan, log and artifacts are reported, never written. What the map already holds (the
 * export read back) is simply left alone; anything new gets a warning saying to add it in the app.
 */
async function reportCycleParts(run: Run, file: MarkdownMap): Promise<void> {
  const [{ cycles, entries }, ownArtifacts] = await Promise.all([
    listCyclesWithEntries(run.deps, run.actor),
    artifacts.listArtifacts(run.deps.db, ownScope(run.actor)),
  ]);
  const leave = (item: MapImportItem, line: number, known: boolean, advice: string) => {
    run.result.leftAlone.push(known ? item : { ...item, detail: 'not imported' });
    if (!known) run.result.warnings.push({ line, message: advice });
  };
  const cycle = file.cycle && cycles.find((c) => file.cycle?.goal && sameName(c.goal, file.cycle.goal));
  if (file.cycle) {
    const name = file.cycle.goal ?? `${file.cycle.lengthWeeks}-week plan`;
    leave(
      { kind: 'cycle', name },
      file.cycle.line,
      Boolean(cycle),
      'Cycle plans are not imported: plan this cycle on the Cycles page.',
    );
  }
  const logged = new Set(entries.filter((e) => e.cycleId === cycle?.id).map((e) => `${e.week}\u0000${logLineOf(e)}`));
  for (const entry of file.log) {
    const known = logged.has(`${entry.week}\u0000${entry.text}`);
    leave(
      { kind: 'progress-entry', name: `Week ${entry.week}: ${entry.text}` },
      entry.line,
      known,
      'Progress entries are not imported: log this week on its cycle.',
    );
  }
  for (const artifact of file.artifacts) {
    const known = ownArtifacts.some((a) => sameName(artifactLineOf(a), artifact.text) || sameName(a.title, artifact.text));
    leave(
      { kind: 'artifact', name: artifact.text },
      artifact.line,
      known,
      'Artifacts are not imported: add this one on the Artifacts page.',
    );
  }
}
