import type { OwnerScope } from '../../services/access.js';
import type { Kysely, Selectable } from 'kysely';
import type { Answer } from '../../domain/selfCheck.js';
import type { SystemStage } from '../../schemas/common.js';
import type { Tables } from '../tables.js';

/** A self-check as stored: the answers; the scores are derived from the content in force. */
export interface SelfCheckRecord {
  id: string;
  stage: SystemStage;
  takenOn: string;
  answers: Record<string, Answer>;
  createdAt: string;
}

function toSelfCheck(row: Selectable<Tables['self_checks']>): SelfCheckRecord {
  return {
    id: row.id,
    stage: row.stage as SystemStage,
    takenOn: row.taken_on,
    answers: JSON.parse(row.answers) as Record<string, Answer>,
    createdAt: row.created_at,
  };
}

export async function insertSelfCheck(db: Kysely<Tables>, scope: OwnerScope, check: SelfCheckRecord): Promise<void> {
  const userId = scope.ownerId;
  await db
    .insertInto('self_checks')
    .values({
      id: check.id,
      user_id: userId,
      stage: check.stage,
      answers: JSON.stringify(check.answers),
      taken_on: check.takenOn,
      created_at: check.createdAt,
    })
    .execute();
}

/** Newest first. */
export async function listSelfChecks(db: Kysely<Tables>, scope: OwnerScope): Promise<SelfCheckRecord[]> {
  const userId = scope.ownerId;
  const rows = await db
    .selectFrom('self_checks')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toSelfCheck);
}

export async function findOwnSelfCheck(db: Kysely<Tables>, scope: OwnerScope, id: string): Promise<SelfCheckRecord | null> {
  const userId = scope.ownerId;
  const row = await db
    .selectFrom('self_checks')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toSelfCheck(row) : null;
}

export async function deleteSelfCheck(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('self_checks').where('id', '=', id).execute();
}
