import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseLadder } from '../domain/ladders/parseLadder.js';
import type { Ladder } from '../schemas/ladders.js';
import { ContentError, shippedContentDir } from './load.js';

/** A stable id from the file name (a UUID of version 8), so a user's choice of a shipped ladder survives restarts. */
function shippedId(file: string): string {
  const hex = createHash('sha256').update(`growth-map shipped ladder ${file}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The example ladders in content/ladders/: a broken one stops the start with its file, line and field. */
export function loadShippedLadders(dir = path.join(shippedContentDir, 'ladders')): Ladder[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => {
      const parsed = parseLadder(file, fs.readFileSync(path.join(dir, file), 'utf8'));
      if ('issues' in parsed) {
        const [issue] = parsed.issues;
        throw new ContentError(
          path.join(dir, file),
          issue?.field ?? '',
          issue?.problem ?? 'Not a ladder.',
          issue?.line ?? undefined,
        );
      }
      return { ...parsed.ladder, id: shippedId(file), shipped: true };
    });
}
