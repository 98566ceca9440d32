import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';

describe('the SQLite file', () => {
  it('runs in WAL mode and syncs every commit (synchronous=FULL), so an acknowledged write survives power loss', async () => {
    const database = openDatabase({
      databaseUrl: null,
      sqlitePath: path.join(mkdtempSync(path.join(tmpdir(), 'growthmap-db-')), 'g.db'),
    });
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
      const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect(sync.rows[0]?.synchronous).toBe(2); // 2 = FULL
    } finally {
      await database.close();
    }
  });
});
