import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const exported = (file: string, pattern: RegExp) =>
  [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');

describe('names', () => {
  it('never gives a schema and a function the same name (schemas are nouns; functions say what they do)', () => {
    const schemaFiles = sources(path.join(src, 'schemas'));
    const schemas = new Set(schemaFiles.flatMap((file) => exported(file, /^export const (\w+) = z\b/gm)));
    const functions = sources(src)
      .filter((file) => !schemaFiles.includes(file))
      .flatMap((file) =>
        exported(file, /^export (?:async )?function (\w+)|^export const (\w+) = (?:async )?\(/gm).map((name) => ({
          name,
          file: path.relative(src, file),
        })),
      );
    expect(functions.filter((f) => schemas.has(f.name))).toEqual([]);
    expect(functions.length).toBeGreaterThan(50);
  });
});
