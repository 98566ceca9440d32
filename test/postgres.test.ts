import pg from 'pg';
import { expect, inject, test } from 'vitest';

test('the run provides a working PostgreSQL (global setup)', async () => {
  const url = inject('databaseUrl');
  expect(url).toMatch(/^postgres(ql)?:\/\//);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('select version()');
    expect(rows[0]?.version).toMatch(/PostgreSQL/);
  } finally {
    await client.end();
  }
});
