import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Creates a new, uniquely named database on the server of `adminUrl` and returns its URL.
 * Every layer's tests use it (unit, integration, e2e), so it lives here and e2e/support imports it.
 */
export async function freshPostgresDatabase(adminUrl: string): Promise<string> {
  const name = `growthmap_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
