import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { screenFiles } from './screenFiles.js';

/**
 * The web kit, the API hooks and the shared domain code that at least four screens use, in one
 * chunk the entry loads. Left to itself the bundler gives each such module its own chunk, and a
 * screen then waits for a dozen sub-kilobyte files: over HTTP/1.1's six connections on a slow
 * network, each round of them costs a round trip (bench/README.md, "Sixth round").
 */
const kit = {
  name: 'kit',
  test: /web\/src\/(components|api)\/|\/src\/(schemas|domain|client)\//,
  minShareCount: 4,
};

// The SPA is served by the Fastify server from dist/web; in development, Vite proxies /api to it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), screenFiles(import.meta.dirname)],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: [kit] } } },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
