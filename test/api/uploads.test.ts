import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

/** Nine levels of ten aliases each: a few hundred bytes that name a billion nodes. */
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
  'readings: *i',
].join('\n');

describe.each(engines)('hostile content uploads on %s', (engine) => {
  let api: ApiHarness;
  let admin: Caller;
  beforeAll(async () => {
    api = await startApi(engine);
    admin = await api.admin();
  });
  afterAll(() => api.close());

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('refuses the file name %s with a 400', async (file) => {
    const answer = await admin.post('/api/v1/framework/uploads', { file, sourceName: 'x.yaml', text: 'readings: []\n' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields.file).toMatch(/Use one of: stages\.yaml/);
  });

  it('refuses a YAML alias bomb with a 400 that says why', async () => {
    const answer = await admin.post('/api/v1/framework/uploads', {
      file: 'reading.yaml',
      sourceName: 'bomb.yaml',
      text: aliasBomb,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/bomb\.yaml: Too many YAML aliases/);
    expect((await admin.get('/api/health')).status).toBe(200);
  });
});
