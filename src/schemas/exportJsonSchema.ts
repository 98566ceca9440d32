import { z } from 'zod';
import { accountExport } from './export.js';

let generated: Record<string, unknown> | null = null;

/** The account export's JSON Schema, generated from its Zod schema (never written by hand), once. */
export function accountExportJsonSchema(): Record<string, unknown> {
  generated ??= {
    ...z.toJSONSchema(accountExport, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
    $id: 'https://growthmap.invalid/api/v1/schemas/account-export.json',
    title: 'Growth Map account export',
  };
  return generated;
}
