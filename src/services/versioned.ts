import { staleVersion } from './errors.js';

/**
 * The one rule for 409 on a versioned record: run the version-guarded update first and read
 * nothing extra on success; when it changed nothing, read the record once as it is now and
 * answer 409 with it as `current` (the reader throws not_found if the record is gone), so the
 * client can reload it and keep its edits.
 */
export async function updateOrConflict<T>(update: () => Promise<boolean>, readCurrent: () => Promise<T>): Promise<void> {
  if (await update()) return;
  throw staleVersion(await readCurrent());
}
