import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { Html, html } from './html.js';

// One small stylesheet, inline so the page is one request and works without JavaScript; the
// page's own policy allows exactly this text by its hash and no script at all.
const STYLE = `
:root { color-scheme: light dark; --ink: #1d2433; --muted: #4a5468; --line: #c9cfdb; --paper: #fff; --accent: #1f5fbf; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8ecf3; --muted: #b4bccb; --line: #49526a; --paper: #141821; --accent: #8fb5ff; } }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
p, ul, ol, dl { margin: 0 0 .75rem; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 .75rem; break-inside: avoid; }
.list { list-style: none; padding: 0; }
blockquote { margin: 0 0 .5rem; padding-left: .75rem; border-left: 3px solid var(--line); }
label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
input, textarea, select { font: inherit; color: inherit; background: var(--paper); border: 1px solid var(--muted); border-radius: .375rem; padding: .5rem; width: 100%; }
input[type="checkbox"], input[type="radio"] { width: auto; margin-right: .5rem; }
fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: .75rem 0; padding: .5rem 1rem; }
.choice { display: flex; align-items: center; font-weight: 400; margin: .25rem 0; }
button { font: inherit; font-weight: 600; color: var(--paper); background: var(--accent); border: 0; border-radius: .375rem; padding: .6rem 1.1rem; margin-top: 1rem; cursor: pointer; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.error { color: #b3261e; font-weight: 600; }
@media (prefers-color-scheme: dark) { .error { color: #ffb4ab; } }
@media print { body { font-size: 11pt; } main { max-width: none; padding: 0; } a { color: inherit; } button, form { display: none; } }
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** Stricter than the app's own policy: no script at all, nothing from elsewhere, never framed. */
const POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PublicPage {
  title: string;
  body: Html;
}

export const renderPage = (page: PublicPage): Html => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${page.title} · Growth Map</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<main>
${page.body}
</main>
</body>
</html>
`;

/**
 * Answers a page reached by a secret link: never indexed, never cached, and the link is never
 * sent on to another site as a referrer.
 */
export function sendPage(reply: FastifyReply, status: number, page: PublicPage): FastifyReply {
  return reply
    .status(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Content-Security-Policy', POLICY)
    .header('X-Robots-Tag', 'noindex, nofollow')
    .header('Referrer-Policy', 'no-referrer')
    .header('Cache-Control', 'no-store')
    .send(String(renderPage(page)));
}

/** The one answer for a link that is unknown, expired, used up or withdrawn: they look alike. */
export const linkNotFoundPage: PublicPage = {
  title: 'This link does not work',
  body: html`<h1>This link does not work</h1>
<p>It may have expired or been withdrawn, or it was copied incompletely.
Ask the person who sent it to you for a new one.</p>`,
};

export const sendLinkNotFound = (reply: FastifyReply): FastifyReply => sendPage(reply, 404, linkNotFoundPage);

export const tooManyRequestsPage: PublicPage = {
  title: 'Too many requests',
  body: html`<h1>Too many requests</h1><p>Please wait a few minutes, then try again.</p>`,
};
