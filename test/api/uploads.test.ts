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

/** A skills matrix of `rows` skills, each row about 250 bytes. */
function matrix(rows: number): string {
  const lines = ['skill,category,novice,practitioner,expert,stages'];
  const words = (what: string, i: number) => `${what} the system for case ${i} and keeps notes that take a while`;
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Imported skill ${i},technical-specialization,${words('Reads', i)},${words('Runs', i)},${words('Designs', i)},scale`,
    );
  }
  return `${lines.join('\n')}\n`;
}

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

  it('imports a matrix at the row cap while /api/health keeps answering promptly, and reads it back fast', async () => {
    const text = matrix(2000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(512 * 1024);
    let done = false;
    const importing = admin.post('/api/v1/framework/skills-csv', { text, sourceName: 'big.csv' }).finally(() => {
      done = true;
    });
    const waits: number[] = [];
    while (!done) {
      const started = performance.now();
      expect((await admin.get('/api/health')).status).toBe(200);
      waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const imported = await importing;
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body).toEqual({ added: 2000 });
    expect(waits.length).toBeGreaterThan(1);
    expect(Math.max(...waits)).toBeLessThan(500);

    const started = performance.now();
    const framework = await admin.get('/api/v1/framework');
    expect(framework.body.skills.length).toBeGreaterThan(2000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a matrix over the row cap with a 400 and one over the size cap with a 413, each saying why', async () => {
    const tooMany = await admin.post('/api/v1/framework/skills-csv', {
      text: matrix(2001).replaceAll(' and keeps notes that take a while', ''),
      sourceName: 'many.csv',
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/many\.csv: line 2002: At most 2000 skills in one import/);
    const tooBig = await admin.post('/api/v1/framework/skills-csv', { text: matrix(2600), sourceName: 'big.csv' });
    expect(tooBig.status, JSON.stringify(tooBig.body)).toBe(413);
    expect(tooBig.body.error).toMatchObject({
      code: 'payload_too_large',
      message: 'A skills matrix can be at most 512 KB. Split it into smaller uploads.',
    });
    const bigYaml = await admin.post('/api/v1/framework/uploads', {
      file: 'reading.yaml',
      sourceName: 'r.yaml',
      text: `readings: []\n${'#'.repeat(140_000)}\n`,
    });
    expect(bigYaml.status).toBe(413);
    expect(bigYaml.body.error.message).toMatch(/A content file can be at most 128 KB/);
  });

  it('takes a content YAML file at the size cap while /api/health keeps answering', async () => {
    const items: string[] = [];
    for (let i = 0; Buffer.byteLength(items.join('')) < 126 * 1024; i++) {
      items.push(
        `  - {id: reading-${i}, stages: [scale], kind: article, title: Reading number ${i}, authors: [Team ${i}], year: 2026, why: How we run things here}\n`,
      );
    }
    const text = `readings:\n${items.join('')}`;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(128 * 1024);
    let done = false;
    const uploading = admin
      .post('/api/v1/framework/uploads', { file: 'reading.yaml', sourceName: 'many.yaml', text })
      .finally(() => {
        done = true;
      });
    const waits: number[] = [];
    while (!done) {
      const started = performance.now();
      await admin.get('/api/health');
      waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await uploading).status).toBe(201);
    expect(Math.max(...waits)).toBeLessThan(500);
  });
});
