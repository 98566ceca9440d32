import { type Reader, scopeOf, ownScope } from './access.js';
import * as selfChecks from '../db/repositories/selfChecks.js';
import type { SelfCheckRecord } from '../db/repositories/selfChecks.js';
import { type Answer, compareSelfChecks, scoreSelfCheck } from '../domain/selfCheck.js';
import type { SystemStage } from '../schemas/common.js';
import type { SelfCheck } from '../schemas/framework.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor } from './context.js';
import { invalid, notFound } from './errors.js';

async function toSelfCheck(deps: ServiceDeps, record: SelfCheckRecord): Promise<SelfCheck> {
  const content = await deps.content.current(deps.db);
  return { ...record, result: scoreSelfCheck(content, record.stage, record.answers) };
}

/** Answers are saved with the date, so a later check can be set beside this one. */
export async function takeSelfCheck(
  deps: ServiceDeps,
  actor: Actor,
  body: { stage: SystemStage; answers: Record<string, Answer> },
): Promise<SelfCheck> {
  const content = await deps.content.current(deps.db);
  const known = new Set(content.selfCheck.filter((item) => item.stage === body.stage).map((item) => item.id));
  const unknown = Object.keys(body.answers).find((itemId) => !known.has(itemId));
  if (unknown) throw invalid({ [`answers.${unknown}`]: 'This statement is not part of that stage’s self-check.' });
  if (Object.keys(body.answers).length === 0) throw invalid({ answers: 'Answer at least one statement.' });
  const record: SelfCheckRecord = {
    id: newId(),
    stage: body.stage,
    takenOn: todayFor(deps, actor.user),
    answers: body.answers,
    createdAt: nowIso(deps),
  };
  await selfChecks.insertSelfCheck(deps.db, ownScope(actor), record);
  return toSelfCheck(deps, record);
}

/** Newest first. */
export async function listSelfChecks(deps: ServiceDeps, reader: Reader): Promise<SelfCheck[]> {
  const records = await selfChecks.listSelfChecks(deps.db, scopeOf(reader));
  return Promise.all(records.map((record) => toSelfCheck(deps, record)));
}

export async function getSelfCheck(deps: ServiceDeps, reader: Reader, id: string): Promise<SelfCheck> {
  const record = await selfChecks.findOwnSelfCheck(deps.db, scopeOf(reader), id);
  if (!record) throw notFound('That self-check');
  return toSelfCheck(deps, record);
}

export async function latestSelfCheck(deps: ServiceDeps, reader: Reader, stage: SystemStage): Promise<SelfCheck | null> {
  return (await listSelfChecks(deps, reader)).find((check) => check.stage === stage) ?? null;
}

export async function compareOwnSelfChecks(deps: ServiceDeps, reader: Reader, beforeId: string, afterId: string) {
  const [before, after] = await Promise.all([getSelfCheck(deps, reader, beforeId), getSelfCheck(deps, reader, afterId)]);
  if (before.stage !== after.stage) throw invalid({ after: 'Compare two self-checks of the same stage.' });
  const content = await deps.content.current(deps.db);
  return {
    before: { id: before.id, takenOn: before.takenOn },
    after: { id: after.id, takenOn: after.takenOn },
    ...compareSelfChecks(content, before.stage, before.answers, after.answers),
  };
}

export async function deleteSelfCheck(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await getSelfCheck(deps, actor, id);
  await selfChecks.deleteSelfCheck(deps.db, id);
}
