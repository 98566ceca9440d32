import type { Kysely } from 'kysely';
import {
  ContentError,
  type ContentLayer,
  checkReferences,
  isContentFileName,
  mergeLayers,
  parseContentFile,
} from '../content/load.js';
import { listUploadBodies } from '../db/repositories/content.js';
import { loadOrCreateSetting } from '../db/repositories/settings.js';
import type { Tables } from '../db/tables.js';
import type { Content } from '../schemas/content.js';

/** Changes whenever the uploads change, so every instance knows to merge again. */
export const CONTENT_VERSION_KEY = 'content_version';

/**
 * The framework content in force: what ships (plus CONTENT_DIR) with administrators' uploads
 * on top. It sits apart from the upload use cases so that `ServiceDeps` can name it without
 * the services' context importing them back.
 */
export class ContentStore {
  private cached: { version: string; content: Content } | null = null;
  constructor(private readonly base: readonly ContentLayer[]) {}

  async current(db: Kysely<Tables>): Promise<Content> {
    const version = await loadOrCreateSetting(db, CONTENT_VERSION_KEY, () => 'initial');
    if (this.cached?.version !== version) {
      this.cached = { version, content: mergeLayers([...this.base, ...(await uploadedLayers(db))]) };
    }
    return this.cached.content;
  }

  /** The merge that would result with one more layer; throws a ContentError if it does not hold together. */
  async tryWith(db: Kysely<Tables>, layer: ContentLayer): Promise<void> {
    const merged = mergeLayers([...this.base, ...(await uploadedLayers(db)), layer]);
    checkReferences(merged, layer.source);
  }
}

async function uploadedLayers(db: Kysely<Tables>): Promise<ContentLayer[]> {
  const uploads = await listUploadBodies(db);
  return uploads
    .filter((u) => isContentFileName(u.file))
    .map((u) =>
      u.parsed !== null && isContentFileName(u.file)
        ? { source: u.sourceName, files: { [u.file]: JSON.parse(u.parsed) } }
        : layerOf(u.file, u.body, u.sourceName),
    );
}

/** One uploaded file as a layer; throws a ContentError naming the source when it is not valid. */
export function layerOf(file: string, body: string, source: string): ContentLayer {
  if (!isContentFileName(file)) throw new ContentError(source, 'file', 'Unknown content file.');
  return { source, files: { [file]: parseContentFile(file, body, source) } };
}
