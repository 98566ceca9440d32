#!/usr/bin/env node
// Builds the server (tsc) and the web app (Vite) into a fresh folder and swaps it in for
// dist/ only when both succeed, so a failed build never leaves a half-empty dist/ behind.
// Writes Brotli and gzip copies of every web file beside it, which the server sends as they
// are. Then reports the gzipped JavaScript a fresh browser loads to show the one-page Growth Map.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const next = path.join(root, `dist.next-${process.pid}`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

try {
  run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', next]);
  run(process.execPath, [
    path.join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
    '--outDir',
    path.join(next, 'web'),
  ]);
  // The compiled server's own module, so the build and the tests compress the same way.
  const { precompressDir } = await import(pathToFileURL(path.join(next, 'server/precompress.js')).href);
  const files = precompressDir(path.join(next, 'web'));
  const sum = (key) => files.reduce((total, file) => total + (file[key] ?? file.bytes), 0);
  console.log(
    `precompressed ${files.length} web files: ${(sum('bytes') / 1024).toFixed(0)} KB, ` +
      `Brotli ${(sum('brotli') / 1024).toFixed(0)} KB, gzip ${(sum('gzip') / 1024).toFixed(0)} KB`,
  );
  fs.writeFileSync(path.join(next, '.built'), new Date().toISOString());
  fs.rmSync(dist, { recursive: true, force: true });
  fs.renameSync(next, dist);
} catch (error) {
  fs.rmSync(next, { recursive: true, force: true });
  process.stderr.write(`build failed: ${error instanceof Error ? error.message.split('\n')[0] : error}\n`);
  process.exit(1);
}
execFileSync(process.execPath, [path.join(root, 'scripts/bundle-size.mjs')], { cwd: root, stdio: 'inherit' });
