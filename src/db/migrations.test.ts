import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engines, openTestDatabase } from '../../test/support/engines.js';
import { migrateToLatest } from './database.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** A shipped migration is never edited: databases in the field already ran it. Add a new file instead. */
const shipped: Record<string, string> = {
  '0001_foundation.ts': 'b346818c533dda3d03666366199fe69dddac3ab3b5501799c11989e858a04f57',
  '0002_cycles.ts': 'e69367eaab4c53de55e7c0d0387dd0a6f74e820616d63eace3922d984968da48',
  '0003_framework.ts': '03fd3cfd42c6c474f405806973acb39f556261b4b83d439fb05f7d1953e3ec45',
  '0004_cycle_pauses.ts': '6c54e95fe6e62bfef3e0e790bc072a704a52670ea94edac0862b24231ac6a558',
};

describe('migrations', () => {
  it('leaves every shipped migration exactly as it shipped', () => {
    for (const [file, hash] of Object.entries(shipped)) {
      const actual = createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex');
      expect(actual, `${file} was edited after it shipped`).toBe(hash);
    }
  });

  it('lists every migration file in the shipped table once it is committed', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.sort()).toEqual(Object.keys(shipped).sort());
  });

  it.each(engines)('run on %s and are safe to run again at the next start', async (engine) => {
    const database = await openTestDatabase(engine);
    try {
      await migrateToLatest(database.db);
      const tables = (await database.db.introspection.getTables()).map((t) => t.name);
      expect(tables).toEqual(
        expect.arrayContaining(['users', 'sessions', 'api_tokens', 'growth_maps', 'destinations', 'skills', 'level_changes']),
      );
    } finally {
      await database.dispose();
    }
  });
});
