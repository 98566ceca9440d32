import { loadShippedLadders } from '../content/ladders.js';
import * as ladders from '../db/repositories/ladders.js';
import { evidenceFor, nextLevelMessage, nextLevelOf } from '../domain/ladders/nextLevel.js';
import { type LadderIssue, parseLadder } from '../domain/ladders/parseLadder.js';
import type { Ladder, LadderChoice, LadderChoiceInput, LadderSummary, NextLevel } from '../schemas/ladders.js';
import { ownScope } from './access.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { type AppError, conflict, forbidden, invalid, notFound } from './errors.js';

// Ladders are instance content: everyone signed in reads them, administrators add and remove
// them. The shipped example is read from content/ladders/ once and cannot be deleted.
let shipped: Ladder[] | undefined;
const shippedLadders = (): Ladder[] => {
  shipped ??= loadShippedLadders();
  return shipped;
};

function assertAdmin(actor: Actor): void {
  if (actor.user.role !== 'admin') throw forbidden('Only an administrator can change the career ladders.');
}

const summaryOf = (ladder: Ladder): LadderSummary => ({
  id: ladder.id,
  name: ladder.name,
  format: ladder.format,
  shipped: ladder.shipped,
  levels: ladder.levels.map((level) => ({ id: level.id, name: level.name })),
});

async function findAnyLadder(deps: ServiceDeps, id: string): Promise<Ladder | null> {
  return shippedLadders().find((ladder) => ladder.id === id) ?? (await ladders.findLadder(deps.db, id));
}

export async function listLadders(deps: ServiceDeps, _actor: Actor): Promise<LadderSummary[]> {
  return [...shippedLadders(), ...(await ladders.listLadders(deps.db))].map(summaryOf);
}

export async function getLadder(deps: ServiceDeps, _actor: Actor, id: string): Promise<Ladder> {
  const ladder = await findAnyLadder(deps, id);
  if (!ladder) throw notFound('That ladder');
  return ladder;
}

/** Every problem of the file, by field, each saying its file and line. */
function fileErrors(issues: readonly LadderIssue[]): AppError {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.field || 'file';
    fields[key] = fields[key] ? `${fields[key]}\n${issue.text}` : issue.text;
  }
  return invalid(fields, issues[0]?.text ?? 'The ladder file needs attention.');
}

export async function createLadder(deps: ServiceDeps, actor: Actor, text: string, name = 'ladder'): Promise<LadderSummary> {
  assertAdmin(actor);
  const parsed = parseLadder(name, text);
  if ('issues' in parsed) throw fileErrors(parsed.issues);
  const id = newId();
  await ladders.insertLadder(deps.db, {
    id,
    content: parsed.ladder,
    sourceName: name,
    uploadedBy: actor.user.id,
    createdAt: nowIso(deps),
  });
  return summaryOf({ ...parsed.ladder, id, shipped: false });
}

export async function deleteLadder(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  assertAdmin(actor);
  if (shippedLadders().some((ladder) => ladder.id === id)) {
    throw conflict('The example ladder ships with Growth Map and cannot be deleted.');
  }
  const deleted = await withTransaction(deps.db, (trx) => ladders.deleteLadder(trx, id));
  if (!deleted) throw notFound('That ladder');
}

async function resolveChoice(deps: ServiceDeps, actor: Actor) {
  const choice = await ladders.findChoice(deps.db, ownScope(actor));
  if (!choice) return null;
  const ladder = await findAnyLadder(deps, choice.ladderId);
  const level = ladder?.levels.find((l) => l.id === choice.levelId);
  return ladder && level ? { ladder, level } : null;
}

const choiceOf = (ladder: Ladder, level: { id: string; name: string }): LadderChoice => ({
  ladder: { id: ladder.id, name: ladder.name },
  level: { id: level.id, name: level.name },
});

export async function getChoice(deps: ServiceDeps, actor: Actor): Promise<LadderChoice> {
  const resolved = await resolveChoice(deps, actor);
  return resolved && choiceOf(resolved.ladder, resolved.level);
}

export async function putChoice(deps: ServiceDeps, actor: Actor, body: LadderChoiceInput): Promise<LadderChoice> {
  const ladder = await findAnyLadder(deps, body.ladderId);
  if (!ladder) throw invalid({ ladderId: 'Pick one of the ladders.' });
  const level = ladder.levels.find((l) => l.id === body.levelId);
  if (!level) throw invalid({ levelId: `Pick one of the levels of ${ladder.name}.` });
  await ladders.putChoice(deps.db, ownScope(actor), { ladderId: ladder.id, levelId: level.id, now: nowIso(deps) });
  return choiceOf(ladder, level);
}

export async function getNextLevel(deps: ServiceDeps, actor: Actor): Promise<NextLevel> {
  const resolved = await resolveChoice(deps, actor);
  const result = resolved && nextLevelOf(resolved.ladder, resolved.level.id);
  if (!resolved || !result) throw notFound('Your ladder and level');
  const records = await ladders.skillRecordsOf(deps.db, ownScope(actor));
  const ref = (level: { id: string; name: string }) => ({ id: level.id, name: level.name });
  return {
    ladder: { id: resolved.ladder.id, name: resolved.ladder.name },
    current: ref(result.current),
    next: result.next && ref(result.next),
    gaps: result.gaps.map((gap) => ({ ...gap, evidence: gap.skill ? evidenceFor(records, gap.skill) : [] })),
    message: nextLevelMessage(resolved.ladder.name, result.current, result.next),
  };
}

/** The user's ladder choice, for the account export (ladders themselves are instance content). */
export async function exportChoice(deps: ServiceDeps, actor: Actor): Promise<LadderChoice> {
  return getChoice(deps, actor);
}
