import { z } from 'zod';

/**
 * What the build writes (web/screenFiles.ts) and the server reads (server/appPages.ts): for each
 * screen's address, the files it loads beyond the entry, so the page for that address can name them.
 */
export const SCREEN_FILES = 'screens.json';

/** A file of the build's assets, as a URL: `/assets/MapEditorPage-….js`; nothing else may be named. */
const builtFile = z.string().regex(/^\/assets\/[\w.-]+$/u);

/** One screen's files. */
export const screenFileEntry = z.object({
  /** The router's path: `/cycles/:id`. */
  path: z.string().startsWith('/'),
  scripts: z.array(builtFile),
  styles: z.array(builtFile),
});
export type ScreenFiles = z.infer<typeof screenFileEntry>;

export const screenFileList = z.array(screenFileEntry);
