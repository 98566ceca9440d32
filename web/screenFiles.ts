import path from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { SCREEN_FILES, type ScreenFiles } from '../src/schemas/screenFiles.js';
import { allScreens } from './src/screens.js';

/** A chunk and every chunk it imports statically, each once. */
function closure(chunk: OutputChunk, bundle: OutputBundle, into = new Set<OutputChunk>()): Set<OutputChunk> {
  if (into.has(chunk)) return into;
  into.add(chunk);
  for (const name of chunk.imports) {
    const imported = bundle[name];
    if (imported?.type === 'chunk') closure(imported, bundle, into);
  }
  return into;
}

const stylesOf = (chunks: Iterable<OutputChunk>) => [...chunks].flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]);

/**
 * Writes `screens.json`: for each screen of src/screens.ts, the files its page module loads that
 * the entry does not. A screen's code is otherwise asked for only once the entry has arrived and
 * run, a round trip after the page; named in the page, it loads beside the entry.
 */
export function screenFiles(webRoot: string): Plugin {
  return {
    name: 'growthmap:screen-files',
    apply: 'build',
    enforce: 'post',
    // Last, once Vite has dropped the chunks that only imported CSS and renamed nothing more.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) return this.error('no entry chunk');
        const loaded = closure(entry, bundle);
        const loadedStyles = new Set(stylesOf(loaded));
        const screens: ScreenFiles[] = allScreens.map((screen) => {
          const module = path.join(webRoot, 'src/pages', `${screen.page}.tsx`);
          const chunk = chunks.find((c) => c.facadeModuleId === module);
          if (!chunk) return this.error(`no chunk for ${screen.page} (${screen.path})`);
          const own = [...closure(chunk, bundle)].filter((c) => !loaded.has(c));
          return {
            path: screen.path,
            scripts: own.map((c) => `/${c.fileName}`),
            styles: stylesOf(own)
              .filter((file) => !loadedStyles.has(file))
              .map((file) => `/${file}`),
          };
        });
        this.emitFile({ type: 'asset', fileName: SCREEN_FILES, source: JSON.stringify(screens) });
      },
    },
  };
}
