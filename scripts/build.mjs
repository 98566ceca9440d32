#!/usr/bin/env node
// Builds the server (tsc → dist/) and the web app (Vite → dist/web), then reports the
// gzipped JavaScript a fresh browser loads to show the one-page Growth Map.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
if (fs.existsSync(path.join(root, 'web/vite.config.ts'))) {
  run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  const report = path.join(root, 'scripts/bundle-size.mjs');
  if (fs.existsSync(report)) run(process.execPath, [report]);
}
fs.writeFileSync(path.join(root, 'dist/.built'), new Date().toISOString());
