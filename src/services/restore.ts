import type { z } from 'zod';
import { type AccountTableName, accountRecords } from '../schemas/accountRecords.js';
import { takenIds, tablesWithRecords, writeAccountRows } from '../db/repositories/accountRecords.js';
import { upgradeFromV1 } from '../domain/accountExportUpgrade.js';
import { renumberIds } from '../domain/renumber.js';
import {
  type AccountExport,
  type AccountImport,
  type AccountImported,
  accountExport,
  accountExportV1,
  currentExportVersion,
} from '../schemas/export.js';
import { type Actor, type ServiceDeps, newId, withTransaction } from './context.js';
import { conflict, invalid } from './errors.js';

/**
 * Restores an account export into the caller's account, which must be empty: every record in one
 * transaction, on either engine, from this instance or another. Ids are kept, so a second export
 * equals the file; an id another account on this instance already holds is given a new one
 * (with every reference to it). An older file is upgraded first; a newer one is refused.
 */
export async function restoreAccount(
  deps: ServiceDeps,
  actor: Actor,
  file: AccountImport,
  options: { dryRun: boolean },
): Promise<AccountImported> {
  const current = currentVersionOf(file);
  return withTransaction(deps.db, async (trx) => {
    const held = await tablesWithRecords(trx, actor.user.id);
    if (held.length > 0) {
      throw conflict(
        `A restore needs an empty account, and yours already holds ${held.map(describe).join(', ')}. ` +
          'Sign up for a new account (or delete these records), then restore into it.',
      );
    }
    const taken = await takenIds(trx, current.records);
    const { json, renumbered } = renumberIds(JSON.stringify(current.records), taken, newId);
    const records = renumbered > 0 ? accountRecords.parse(JSON.parse(json)) : current.records;
    if (!options.dryRun) {
      await writeAccountRows(trx, actor.user.id, records).catch((error: unknown) => {
        throw refusedByDatabase(error) ?? error;
      });
    }
    const counts = Object.fromEntries(Object.entries(records).map(([table, rows]) => [table, rows.length]));
    return { dryRun: options.dryRun, formatVersion: file.formatVersion, counts, renumbered };
  });
}

/** The file in the current version: checked against its own version's schema, then upgraded step by step. */
function currentVersionOf(file: AccountImport): AccountExport {
  if (file.formatVersion > currentExportVersion) {
    throw invalid(
      { formatVersion: `This Growth Map reads format versions up to ${currentExportVersion}.` },
      `This file was written by a newer Growth Map (format version ${file.formatVersion}). ` +
        'Update this Growth Map, then restore the file.',
    );
  }
  if (file.formatVersion === 1) return upgradeFromV1(checked(accountExportV1, file), newId);
  return checked(accountExport, file);
}

function checked<S extends z.ZodType>(schema: S, file: unknown): z.output<S> {
  const result = schema.safeParse(file);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues.slice(0, 20)) fields[issue.path.join('.') || '_'] ??= issue.message;
  throw invalid(fields, 'The file is not a complete Growth Map account export; nothing was restored.');
}

const describe = (table: AccountTableName) => table.replaceAll('_', ' ');

/** A file whose records point at records it does not hold, or repeat one: the input's fault, not the server's. */
function refusedByDatabase(error: unknown): Error | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = String(error.code);
  if (['23503', 'SQLITE_CONSTRAINT_FOREIGNKEY'].includes(code)) {
    return invalid(
      { records: 'A record refers to one the file does not hold.' },
      'The file does not hold together; nothing was restored.',
    );
  }
  if (['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(code)) {
    return conflict(
      'Two records of the file share an id, or another restore wrote the same records at the same time; nothing was restored.',
    );
  }
  return null;
}
