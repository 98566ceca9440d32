import { readAccountRows } from '../db/repositories/accountRecords.js';
import { accountRecords } from '../schemas/accountRecords.js';
import { type AccountExport, currentExportVersion } from '../schemas/export.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';

/**
 * Everything the user put in, as one JSON document they can keep, take elsewhere or restore:
 * every record of the account (see `schemas/accountRecords.ts`), files included.
 */
export async function exportAccount(deps: ServiceDeps, actor: Actor): Promise<AccountExport> {
  const rows = await readAccountRows(deps.db, actor.user.id);
  const ordered = Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, [...list].sort(byContent)]));
  return {
    format: 'growth-map-export',
    formatVersion: currentExportVersion,
    exportedAt: nowIso(deps),
    user: actor.user,
    records: accountRecords.parse(ordered),
  };
}

/** One order on both engines, whatever order the database returned: a second export equals the first. */
function byContent(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const key = (row: Record<string, unknown>) => JSON.stringify(Object.entries(row).sort(([x], [y]) => (x < y ? -1 : 1)));
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
