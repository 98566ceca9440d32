import { describe, expect, it } from 'vitest';
import { engines, openTestDatabase } from '../../test/support/engines.js';
import { insertRows } from './rows.js';

describe.each(engines)('insertRows on %s', (engine) => {
  it('writes every row, in batches by count and by size, into a table named at run time', async () => {
    const database = await openTestDatabase(engine);
    try {
      const small = Array.from({ length: 250 }, (_, i) => ({
        key: `address:${i}`,
        window_start: '2026-03-02T09:00:00.000Z',
        attempts: i,
      }));
      await insertRows(database.db, 'sign_in_attempts', small);
      const rows = await database.db.selectFrom('sign_in_attempts').select(['key', 'attempts']).execute();
      expect(rows).toHaveLength(250);
      expect(rows.find((r) => r.key === 'address:249')?.attempts).toBe(249);

      // Three rows of 3 MB: more than one batch's 8 MB, so they go in two statements.
      const large = Array.from({ length: 3 }, (_, i) => ({
        id: `0190aaaa-0000-7000-8000-00000000000${i}`,
        file: 'skills.yaml',
        body: 'x'.repeat(3 * 1024 * 1024),
        parsed: null,
        source_name: 'large.yaml',
        uploaded_by: null,
        created_at: '2026-03-02T09:00:00.000Z',
      }));
      await insertRows(database.db, 'content_uploads', large);
      const uploads = await database.db.selectFrom('content_uploads').select('body').execute();
      expect(uploads.map((r) => r.body.length)).toEqual([3145728, 3145728, 3145728]);
    } finally {
      await database.dispose();
    }
  });
});
