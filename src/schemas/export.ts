import { z } from 'zod';
import { tokenSummary, user } from './accounts.js';
import { instant } from './common.js';
import { growthMap, levelChange } from './map.js';

/** "Download everything": the whole account as one JSON document. */
export const accountExport = z.object({
  format: z.literal('growth-map-export'),
  formatVersion: z.literal(1),
  exportedAt: instant,
  user,
  map: growthMap,
  levelChanges: z.array(levelChange),
  tokens: z.array(tokenSummary),
});
export type AccountExport = z.infer<typeof accountExport>;
