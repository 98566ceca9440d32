import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { addSecurityHeaders } from '../securityHeaders.js';
import { html } from './html.js';
import { sendLinkNotFound, sendPage } from './page.js';

async function serve() {
  const app = Fastify();
  addSecurityHeaders(app, false);
  app.get('/page', (_request, reply) => sendPage(reply, 200, { title: 'A <title>', body: html`<h1>${'<b>x</b>'}</h1>` }));
  app.get('/gone', (_request, reply) => sendLinkNotFound(reply));
  await app.ready();
  return app;
}

describe('public pages', () => {
  it('are never indexed, cached or referred on, and allow their own style and no script', async () => {
    const app = await serve();
    const answer = await app.inject('/page');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['cache-control']).toBe('no-store');
    const policy = String(answer.headers['content-security-policy']);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    const style = /<style>([\s\S]*?)<\/style>/.exec(answer.body)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(answer.body).toContain('<title>A &lt;title&gt; · Growth Map</title>');
    expect(answer.body).toContain('<h1>&lt;b&gt;x&lt;/b&gt;</h1>');
    expect(answer.body).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('answer every link that leads nowhere with the same 404 page', async () => {
    const app = await serve();
    const answer = await app.inject('/gone');
    expect(answer.statusCode).toBe(404);
    expect(answer.body).toContain('This link does not work');
    expect(answer.headers['cache-control']).toBe('no-store');
  });
});
