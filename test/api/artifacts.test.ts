import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxFileBytes } from '../../src/schemas/artifacts.js';
import { type ApiHarness, type Caller, password, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

/** The smallest PNG there is: the signature and an IHDR chunk are all the sniffing reads. */
const png = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
  'hex',
);
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const html = Buffer.from('\n  <!DOCTYPE html><html><body><script>alert(1)</script></body></html>');

describe.each(engines)('artifacts over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let bob: Caller;
  let destinationId: string;
  let skillId: string;
  let cycleId: string;

  const upload = (who: Caller, id: string, bytes: Uint8Array, name: string, contentType = 'application/octet-stream') =>
    who.request('PUT', `/api/v1/artifacts/${id}/file?name=${encodeURIComponent(name)}`, bytes, {
      'content-type': contentType,
    });

  const record = (title: string, extra: Record<string, unknown> = {}) =>
    ada.call('POST /api/v1/artifacts', { body: { title, kind: 'design-doc', ...extra } });

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    ada = await api.admin();
    bob = await api.member('Bob');
    const destination = await ada.call('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by Q3', category: 'technical-specialization' },
    });
    destinationId = destination.id;
    const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destinationId },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    skillId = skill.id;
    const cycle = await ada.call('POST /api/v1/cycles', {
      body: { destinationIds: [destinationId], goal: 'Trace the checkout path', lengthWeeks: 6 },
    });
    cycleId = cycle.id;
  });
  afterAll(() => api.close());

  it('records, reads, changes and deletes an artifact with every field', async () => {
    const created = await record('Tracing design doc', {
      date: '2026-02-20',
      url: 'https://docs.example.test/tracing',
      description: 'How we propagate trace context across queues.',
      outcome: 'Every checkout request is traced end to end.',
      metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes', measuredOn: '2026-03-01', sourceUrl: 'https://x.test/m' },
      skills: [{ skillId, level: 'practitioner' }],
      destinationIds: [destinationId],
      cycleId,
    });
    expect(created).toMatchObject({
      title: 'Tracing design doc',
      kind: 'design-doc',
      date: '2026-02-20',
      metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes', measuredOn: '2026-03-01', sourceUrl: 'https://x.test/m' },
      skills: [{ skillId, level: 'practitioner' }],
      destinationIds: [destinationId],
      cycleId,
      file: null,
      version: 1,
    });
    expect(await ada.call('GET /api/v1/artifacts/{id}', { params: { id: created.id } })).toEqual(created);

    const changed = await ada.call('PATCH /api/v1/artifacts/{id}', {
      params: { id: created.id },
      body: { version: 1, title: 'Tracing design doc, v2', metric: { name: 'MTTR', after: 10 }, skills: [], cycleId: null },
    });
    expect(changed).toMatchObject({
      title: 'Tracing design doc, v2',
      metric: { name: 'MTTR', before: null, after: 10, unit: null },
      skills: [],
      destinationIds: [destinationId],
      cycleId: null,
      outcome: 'Every checkout request is traced end to end.',
      version: 2,
    });

    const stale = await refusal(
      ada.call('PATCH /api/v1/artifacts/{id}', { params: { id: created.id }, body: { version: 1, title: 'Lost update' } }),
    );
    expect(stale.status).toBe(409);
    expect(stale.current).toMatchObject({ title: 'Tracing design doc, v2', version: 2 });

    await ada.call('DELETE /api/v1/artifacts/{id}', { params: { id: created.id } });
    expect((await refusal(ada.call('GET /api/v1/artifacts/{id}', { params: { id: created.id } }))).status).toBe(404);
  });

  it('refuses a link that is not http or https, a missing title, and another person’s skills, destinations or cycle', async () => {
    const bad = await refusal(
      ada.call('POST /api/v1/artifacts', { body: { title: ' ', url: 'javascript:alert(1)', kind: 'writing' } }),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.fields)).toEqual(expect.arrayContaining(['title', 'url']));

    const bobs = await bob.call('POST /api/v1/destinations', {
      body: { title: 'Bob’s own destination', category: 'craft-and-process' },
    });
    const foreign = await refusal(
      ada.call('POST /api/v1/artifacts', {
        body: { title: 'Borrowed', destinationIds: [destinationId, bobs.id], skills: [{ skillId: bobs.id, level: 'expert' }] },
      }),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.fields).toEqual({
      'destinationIds.1': 'Pick one of your destinations.',
      'skills.0.skillId': 'Pick one of the skills on your map.',
    });
  });

  it('filters by kind, skill, destination and whether there is an outcome', async () => {
    const owner = await api.member(`Filterer${engine}`);
    const destination = await owner.call('POST /api/v1/destinations', {
      body: { title: 'Speak at two meetups this year', category: 'personal-reputation' },
    });
    const skill = await owner.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Public speaking', currentLevel: 'novice', targetLevel: 'practitioner' },
    });
    const talk = await owner.call('POST /api/v1/artifacts', {
      body: { title: 'Meetup talk', kind: 'presentation', skills: [{ skillId: skill.id, level: 'novice' }] },
    });
    const post = await owner.call('POST /api/v1/artifacts', {
      body: { title: 'Blog post', kind: 'writing', destinationIds: [destination.id], outcome: '300 readers asked for more.' },
    });
    const sample = await owner.call('POST /api/v1/artifacts', {
      body: { title: 'Sample', kind: 'code-sample', metric: { name: 'p99', before: 900, after: 300, unit: 'ms' } },
    });
    const titles = async (query: Record<string, string>) =>
      (await owner.call('GET /api/v1/artifacts', { query })).map((a) => a.title);
    expect(await titles({})).toEqual([sample.title, post.title, talk.title]);
    expect(await titles({ kind: 'presentation' })).toEqual([talk.title]);
    expect(await titles({ skillId: skill.id })).toEqual([talk.title]);
    expect(await titles({ destinationId: destination.id })).toEqual([post.title]);
    expect(await titles({ hasOutcome: 'true' })).toEqual([sample.title, post.title]);
    expect(await titles({ hasOutcome: 'false' })).toEqual([talk.title]);
    expect(await titles({ kind: 'writing', hasOutcome: 'false' })).toEqual([]);
    expect((await owner.get('/api/v1/artifacts?hasOutcome=maybe')).status).toBe(400);
    // Only the owner's own: another person's filter finds nothing of theirs.
    expect(await ada.call('GET /api/v1/artifacts', { query: { skillId: skill.id } })).toEqual([]);
  });

  it('keeps a file of each allowed type, recognised from its bytes whatever the name or header says', async () => {
    const artifact = await record('Architecture diagram');
    const cases = [
      { bytes: png, name: 'diagram.pdf', header: 'application/pdf', type: 'image/png' },
      { bytes: pdf, name: 'doc.png', header: 'image/png', type: 'application/pdf' },
      { bytes: jpeg, name: 'photo', header: 'text/plain', type: 'image/jpeg' },
      { bytes: webp, name: 'small.webp', header: 'application/octet-stream', type: 'image/webp' },
      { bytes: Buffer.from('# Notes\n\nA <b>bold</b> claim.\n'), name: 'notes.md', header: 'text/html', type: 'text/markdown' },
      { bytes: Buffer.from('Plain notes, ünïcödé.\n'), name: 'notes.txt', header: 'image/svg+xml', type: 'text/plain' },
    ];
    for (const { bytes, name, header, type } of cases) {
      const answer = await upload(ada, artifact.id, bytes, name, header);
      expect(answer.status, name).toBe(200);
      expect(answer.body).toEqual({ name, type, size: bytes.length });
      const got = await ada.request('GET', `/api/v1/artifacts/${artifact.id}/file`);
      expect(got.headers['content-type']).toMatch(new RegExp(`^${type}`));
    }
    const read = await ada.call('GET /api/v1/artifacts/{id}', { params: { id: artifact.id } });
    expect(read.file).toEqual({ name: 'notes.txt', type: 'text/plain', size: cases[5]?.bytes.length });
  });

  it('refuses SVG, HTML, binary junk and an empty file, naming the allowed types, and keeps the earlier file', async () => {
    const artifact = await record('Diagram');
    expect((await upload(ada, artifact.id, png, 'diagram.png')).status).toBe(200);
    for (const [bytes, name] of [
      [svg, 'diagram.svg'],
      [html, 'page.txt'],
      [Buffer.from([0x00, 0x01, 0x02, 0xfe]), 'blob.bin'],
      [Buffer.from([0xc3, 0x28]), 'broken.txt'],
      [Buffer.alloc(0), 'empty.txt'],
    ] as const) {
      const answer = await upload(ada, artifact.id, bytes, name);
      expect(answer.status, name).toBe(400);
      expect(answer.body.error.message, name).toMatch(/PDF, PNG, JPEG, WebP, plain text or Markdown/);
    }
    const kept = await ada.call('GET /api/v1/artifacts/{id}', { params: { id: artifact.id } });
    expect(kept.file).toEqual({ name: 'diagram.png', type: 'image/png', size: png.length });
  });

  it('takes exactly 10 MB and answers 413 to one byte more, storing nothing', async () => {
    const artifact = await record('Big export');
    const full = Buffer.alloc(maxFileBytes, 'a');
    expect((await upload(ada, artifact.id, full, 'big.txt')).status).toBe(200);
    const other = await record('Too big');
    const over = await upload(ada, other.id, Buffer.alloc(maxFileBytes + 1, 'a'), 'bigger.txt');
    expect(over.status).toBe(413);
    expect(over.body.error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/10 MB/) });
    expect((await ada.call('GET /api/v1/artifacts/{id}', { params: { id: other.id } })).file).toBeNull();
    expect((await ada.request('GET', `/api/v1/artifacts/${other.id}/file`)).status).toBe(404);
    // Other routes keep their own, smaller limit.
    const json = await ada.request('POST', '/api/v1/artifacts', `{"title":"${'x'.repeat(1_100_000)}"}`, {
      'content-type': 'application/json',
    });
    expect(json.status).toBe(413);
  });

  it('serves the file to its owner only: sandboxed, never sniffed, saved unless it is an image', async () => {
    const artifact = await record('Write-up');
    await upload(ada, artifact.id, pdf, 'Write-up “final”.pdf');
    const got = await ada.request('GET', `/api/v1/artifacts/${artifact.id}/file`);
    expect(got.status).toBe(200);
    expect(got.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Write-up _final_.pdf"; filename*=UTF-8''Write-up%20%E2%80%9Cfinal%E2%80%9D.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
    });
    const bytes = await ada.call('GET /api/v1/artifacts/{id}/file', { params: { id: artifact.id } });
    expect(Buffer.from(bytes)).toEqual(pdf);

    await upload(ada, artifact.id, png, 'shot.png');
    const image = await ada.request('GET', `/api/v1/artifacts/${artifact.id}/file`);
    expect(image.headers['content-disposition']).toMatch(/^inline; filename="shot.png"/);

    for (const [method, url] of [
      ['GET', `/api/v1/artifacts/${artifact.id}`],
      ['GET', `/api/v1/artifacts/${artifact.id}/file`],
      ['DELETE', `/api/v1/artifacts/${artifact.id}/file`],
      ['DELETE', `/api/v1/artifacts/${artifact.id}`],
    ] as const) {
      expect((await bob.request(method, url)).status, `${method} ${url}`).toBe(404);
    }
    expect((await upload(bob, artifact.id, pdf, 'x.pdf')).status).toBe(404);
    expect((await ada.request('GET', `/api/v1/artifacts/${artifact.id}/file`)).headers['content-type']).toBe('image/png');

    await ada.call('DELETE /api/v1/artifacts/{id}/file', { params: { id: artifact.id } });
    expect((await ada.request('GET', `/api/v1/artifacts/${artifact.id}/file`)).status).toBe(404);
    expect((await ada.request('DELETE', `/api/v1/artifacts/${artifact.id}/file`)).status).toBe(404);
  });

  it('lets level changes and progress entries cite the owner’s own artifact, and nobody else’s', async () => {
    const artifact = await record('Decision record', { kind: 'decision-record' });
    const change = await ada.call('POST /api/v1/skills/{id}/level-changes', {
      params: { id: skillId },
      body: { to: 'practitioner', note: 'Wrote the decision record', evidence: [{ kind: 'artifact', id: artifact.id }] },
    });
    expect(change.evidence).toEqual([{ kind: 'artifact', id: artifact.id }]);
    const entry = await ada.call('POST /api/v1/cycles/{id}/entries', {
      params: { id: cycleId },
      body: { week: 1, text: 'Wrote it up', evidence: [{ kind: 'artifact', id: artifact.id }] },
    });
    expect(entry.evidence).toEqual([{ kind: 'artifact', id: artifact.id }]);

    const bobsArtifact = await bob.call('POST /api/v1/artifacts', { body: { title: 'Bob’s' } });
    const cited = [
      { kind: 'link' as const, url: 'https://x.test' },
      { kind: 'artifact' as const, id: bobsArtifact.id },
    ];
    const onLevel = await refusal(
      ada.call('POST /api/v1/skills/{id}/level-changes', {
        params: { id: skillId },
        body: { to: 'expert', note: 'Not mine', evidence: cited },
      }),
    );
    expect(onLevel.status).toBe(400);
    expect(onLevel.fields).toEqual({ 'evidence.1.id': 'Point to one of your own artifacts.' });
    const onEntry = await refusal(
      ada.call('PATCH /api/v1/entries/{id}', { params: { id: entry.id }, body: { version: entry.version, evidence: cited } }),
    );
    expect(onEntry.fields).toEqual({ 'evidence.1.id': 'Point to one of your own artifacts.' });
  });

  it('meets the onboarding item with one artifact, exports artifacts with their files, and deletes them with the account', async () => {
    const carol = await api.member(`Carol${engine}`);
    const item = async () =>
      (await carol.call('GET /api/v1/this-week')).onboarding.items.find((i) => i.id === 'first-evidence')?.done;
    expect(await item()).toBe(false);
    const artifact = await carol.call('POST /api/v1/artifacts', { body: { title: 'First talk', kind: 'presentation' } });
    expect(await item()).toBe(true);
    await upload(carol, artifact.id, png, 'slide.png');

    const exported = await carol.call('GET /api/v1/me/export');
    expect(exported.records.artifacts).toHaveLength(1);
    expect(exported.records.artifacts[0]).toMatchObject({ id: artifact.id, title: 'First talk' });
    expect(exported.records.artifact_files[0]).toMatchObject({ artifact_id: artifact.id, type: 'image/png' });
    expect(Buffer.from(exported.records.artifact_files[0]?.bytes ?? '', 'base64')).toEqual(png);

    await carol.call('DELETE /api/v1/me', { body: { confirm: `carol${engine}@example.test`, password } });
    const db = api.runtime.deps.db;
    expect(await db.selectFrom('artifacts').select('id').where('id', '=', artifact.id).execute()).toEqual([]);
    expect(await db.selectFrom('artifact_files').select('artifact_id').where('artifact_id', '=', artifact.id).execute()).toEqual(
      [],
    );
  });
});
