#!/usr/bin/env node
// Reports the gzipped JavaScript a fresh browser loads to show the one-page Growth Map:
// the entry chunk, the one-page screen's chunk, and everything they import statically.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(root, 'dist/web');
const manifest = JSON.parse(fs.readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8'));
const TARGET_KB = 150;

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const page = Object.keys(manifest).find((key) => key.endsWith('OnePageMapPage.tsx'));
if (!entry || !page) throw new Error('bundle-size: entry or OnePageMapPage chunk not found in the Vite manifest');

const chunks = closure([entry, page]);
let total = 0;
const rows = [];
for (const key of chunks) {
  const file = manifest[key].file;
  const gz = gzipSync(fs.readFileSync(path.join(webDir, file)), { level: 9 }).length;
  total += gz;
  rows.push(`  ${(gz / 1024).toFixed(1).padStart(6)} KB  ${file}`);
}
const kb = total / 1024;
console.log(`One-page map JavaScript, gzipped (what a fresh browser loads):\n${rows.join('\n')}`);
console.log(
  `bundle: ${kb.toFixed(1)} KB gzipped for the one-page map (target ≤ ${TARGET_KB} KB)${kb > TARGET_KB ? ' — OVER TARGET' : ''}`,
);
