import { z } from 'zod';
import { plainString } from './common.js';

/** One thing an import touches or leaves, named as the file names it. */
export const mapImportItem = z.object({
  kind: z.enum(['destination', 'skill', 'cycle', 'progress-entry', 'artifact']),
  name: z.string(),
  /** The destination a skill sits under. */
  destination: z.string().optional(),
  /** What changes, in words ("level Practitioner → Expert", "measure"), or why it is left alone. */
  detail: z.string().optional(),
});
export type MapImportItem = z.infer<typeof mapImportItem>;

export const lineFinding = z.object({ line: z.number().int(), message: z.string() });

/** The preview (`dryRun`) and the result of an import: the same shape, so the web shows one list. */
export const mapImportResult = z.object({
  dryRun: z.boolean(),
  added: z.array(mapImportItem),
  changed: z.array(mapImportItem),
  leftAlone: z.array(mapImportItem),
  warnings: z.array(lineFinding),
});
export type MapImportResult = z.infer<typeof mapImportResult>;

export const mapImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], { error: 'Use true or false.' })
    .transform((value) => value === 'true')
    .optional(),
});

/** The file's text; the app's body limit (1 MB) bounds it. */
export const mapMarkdownBody = plainString().min(1, 'The file is empty.');
