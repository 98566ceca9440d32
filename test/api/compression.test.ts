import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { precompressDir } from '../../src/server/precompress.js';
import { type Runtime, startRuntime } from '../../src/server/runtime.js';
import { TestClock, databaseUrlFor, engines } from '../support/engines.js';

const decoders: Record<string, (data: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
};

/** A web build in miniature: the SPA's page and one hashed script, compressed as the build does. */
function webBuild(dir: string) {
  const page = `<!doctype html><html lang="en"><head><title>Growth Map</title></head><body>${'<div></div>'.repeat(200)}</body></html>`;
  const script = Array.from({ length: 300 }, (_, i) => `export const step${i} = () => 'learning cycle ${i}';`).join('\n');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), page);
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), script);
  writeFileSync(path.join(dir, 'assets', 'MapEditorPage-def456.js'), 'export default () => null;');
  const screens = [{ path: '/map', scripts: ['/assets/MapEditorPage-def456.js'], styles: [] }];
  writeFileSync(path.join(dir, 'screens.json'), JSON.stringify(screens));
  precompressDir(dir);
  return { page, script };
}

describe.each(engines)('compressed answers on %s', (engine) => {
  let runtime: Runtime;
  let dataDir: string;
  let web: { page: string; script: string };
  let cookie: string;
  let csrf: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'growthmap-compression-'));
    web = webBuild(path.join(dataDir, 'web'));
    const databaseUrl = await databaseUrlFor(engine);
    const config = loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    runtime = await startRuntime(config, { clock: new TestClock(), webDir: path.join(dataDir, 'web') });
    const setup = await runtime.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { email: 'ada@example.test', name: 'Ada', password: 'a long and unusual passphrase' },
    });
    expect(setup.statusCode).toBe(201);
    const session = setup.cookies.find((c) => c.name === 'gm_session');
    cookie = `gm_session=${session?.value}`;
    csrf = JSON.parse(setup.body).csrfToken;
    for (const title of ['Lead the billing migration to event sourcing', 'Give two internal talks per quarter']) {
      const created = await runtime.app.inject({
        method: 'POST',
        url: '/api/v1/destinations',
        headers: { cookie, 'x-csrf-token': csrf },
        payload: { title, category: 'technical-specialization', measure: 'Two talks a quarter', targetDate: '2026-12-31' },
      });
      expect(created.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    runtime.app.inject({
      method: 'GET',
      url,
      headers: { cookie, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
    });

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
  ])('sends a web file pre-compressed for Accept-Encoding %s', async (accept, encoding) => {
    for (const [url, original] of [
      ['/assets/index-abc123.js', web.script],
      ['/map/one-page', web.page],
    ] as const) {
      const answer = await get(url, accept);
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(answer.rawPayload.length).toBeLessThan(original.length / 3);
      expect(decoders[encoding]?.(answer.rawPayload).toString()).toBe(original);
    }
    expect((await get('/assets/index-abc123.js', accept)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("sends a screen's page naming its code, compressed, and nothing again to a browser that has it", async () => {
    const page = await get('/map', 'br');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = brotliDecompressSync(page.rawPayload).toString();
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/MapEditorPage-def456.js">');
    const etag = page.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await runtime.app.inject({ method: 'GET', url: '/map', headers: { cookie, 'if-none-match': String(etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect((await get('/map')).body).toBe(html);
  });

  it('sends a web file as it is to a client that accepts no encoding', async () => {
    const answer = await get('/assets/index-abc123.js');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.body).toBe(web.script);
  });

  it('sends a built asset only the security headers a script obeys, and a page all of them', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(asset.headers['content-security-policy']).toBeUndefined();
    expect(asset.headers['x-frame-options']).toBeUndefined();
    const page = await get('/map');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip;q=0.5, br', 'br'],
  ])('compresses a JSON answer over 1 KB for Accept-Encoding %s', async (accept, encoding) => {
    const plain = await get('/api/v1/map');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const answer = await get('/api/v1/map', accept);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(decoders[encoding]?.(answer.rawPayload).toString() ?? '')).toEqual(JSON.parse(plain.body));
  });

  it('sends the map answer it keeps in every encoding, and a new one in every encoding after a change', async () => {
    const read = async (accept?: string) => {
      const answer = await get('/api/v1/map', accept);
      expect(answer.statusCode).toBe(200);
      const encoding = answer.headers['content-encoding'];
      return JSON.parse(typeof encoding === 'string' ? (decoders[encoding]?.(answer.rawPayload).toString() ?? '') : answer.body);
    };
    const before = await read();
    expect(await read('br')).toEqual(before);
    expect(await read('gzip')).toEqual(before);
    const changed = await runtime.app.inject({
      method: 'PATCH',
      url: '/api/v1/map',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { version: before.version, role: `Staff engineer ${before.version}` },
    });
    expect(changed.statusCode).toBe(200);
    for (const accept of ['br', 'gzip', undefined]) {
      expect(await read(accept)).toEqual(JSON.parse(changed.body));
    }
  });

  it('leaves answers under 1 KB and identity requests uncompressed', async () => {
    const small = await get('/api/health', 'br, gzip');
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body)).toMatchObject({ status: 'ok', database: engine });

    const identity = await get('/api/v1/map', 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(identity.body).destinations).toHaveLength(2);
  });
});
