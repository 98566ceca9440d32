import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { seedAccount } from '../support/seedAccount.js';

describe('the published JSON Schema of an account export', () => {
  let api: ApiHarness;
  let owner: Caller;

  beforeAll(async () => {
    api = await startApi('sqlite', { signup: 'open' });
    owner = await api.admin();
    await seedAccount(owner, api.caller('198.51.100.9'));
  });
  afterAll(() => api.close());

  it('is public, and a real export passes it while a broken one does not', async () => {
    const published = await api.caller().get('/api/v1/schemas/account-export.json');
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(published.body);

    const exported = await owner.call('GET /api/v1/me/export');
    expect(exported.records.artifact_files).toHaveLength(1);
    expect(validate(exported), ajv.errorsText(validate.errors)).toBe(true);

    const { destinations: _, ...withoutDestinations } = exported.records;
    expect(validate({ ...exported, records: withoutDestinations })).toBe(false);
    expect(validate({ ...exported, formatVersion: 3 })).toBe(false);
  });
});
