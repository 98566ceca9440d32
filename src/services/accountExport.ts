import { listTokens } from '../db/repositories/apiTokens.js';
import { listLevelChangesOfUser } from '../db/repositories/levelChanges.js';
import type { AccountExport } from '../schemas/export.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';
import { getMap } from './growthMap.js';

export async function exportAccount(deps: ServiceDeps, actor: Actor): Promise<AccountExport> {
  const [map, levelChanges, tokens] = await Promise.all([
    getMap(deps, actor),
    listLevelChangesOfUser(deps.db, actor.user.id),
    listTokens(deps.db, actor.user.id),
  ]);
  return {
    format: 'growth-map-export',
    formatVersion: 1,
    exportedAt: nowIso(deps),
    user: actor.user,
    map,
    levelChanges,
    tokens,
  };
}
