#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then run the server
// in this same process (so SIGTERM and Ctrl-C reach it directly).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist/.built');

function newestChange(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  return newest;
}

const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const sources = ['src', 'web', 'content', 'package.json', 'tsconfig.json'].map((p) => path.join(root, p));
if (Math.max(...sources.map(newestChange)) > built) {
  process.stdout.write('Building Growth Map…\n');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}
await import(pathToFileURL(path.join(root, 'dist/server/main.js')).href);
