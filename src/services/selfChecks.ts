import type { Selectable } from 'kysely';
import type { Tables } from '../db/tables.js';
import { type Answer, compareSelfChecks, scoreSelfCheck } from '../domain/selfCheck.js';
import type { SystemStage } from '../schemas/common.js';
import type { SelfCheck } from '../schemas/framework.js';
import { type Actor, type ServiceDeps, newId, nowIso, todayFor } from './context.js';
import { invalid, notFound } from './errors.js';

async function toSelfCheck(deps: ServiceDeps, row: Selectable<Tables['self_checks']>): Promise<SelfCheck> {
  const answers = JSON.parse(row.answers) as Record<string, Answer>;
  const content = await deps.content.current(deps.db);
  return {
    id: row.id,
    stage: row.stage as SystemStage,
    takenOn: row.taken_on,
    answers,
    result: scoreSelfCheck(content, row.stage as SystemStage, answers),
    createdAt: row.created_at,
  };
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
  const row = {
    id: newId(),
    user_id: actor.user.id,
    stage: body.stage,
    answers: JSON.stringify(body.answers),
    taken_on: todayFor(deps, actor.user),
    created_at: nowIso(deps),
  };
  await deps.db.insertInto('self_checks').values(row).execute();
  return toSelfCheck(deps, row);
}

/** Newest first. */
export async function listSelfChecks(deps: ServiceDeps, actor: Actor): Promise<SelfCheck[]> {
  const rows = await deps.db
    .selectFrom('self_checks')
    .selectAll()
    .where('user_id', '=', actor.user.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return Promise.all(rows.map((row) => toSelfCheck(deps, row)));
}

export async function getSelfCheck(deps: ServiceDeps, actor: Actor, id: string): Promise<SelfCheck> {
  const row = await deps.db
    .selectFrom('self_checks')
    .selectAll()
    .where('user_id', '=', actor.user.id)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('That self-check');
  return toSelfCheck(deps, row);
}

export async function latestSelfCheck(deps: ServiceDeps, actor: Actor, stage: SystemStage): Promise<SelfCheck | null> {
  return (await listSelfChecks(deps, actor)).find((check) => check.stage === stage) ?? null;
}

export async function compareOwnSelfChecks(deps: ServiceDeps, actor: Actor, beforeId: string, afterId: string) {
  const [before, after] = await Promise.all([getSelfCheck(deps, actor, beforeId), getSelfCheck(deps, actor, afterId)]);
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
  await deps.db.deleteFrom('self_checks').where('id', '=', id).execute();
}
