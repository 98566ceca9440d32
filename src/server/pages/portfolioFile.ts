import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { SharedPortfolio } from '../../schemas/portfolio.js';
import { Html, html } from './html.js';
import { artifactCard, endorsementItem } from './portfolio.js';

/**
 * The Portfolio of Impact as one HTML file to put on an internal wiki or a public site (the
 * growth-map guide's "lightweight portfolio page"): the same cards as a shared link's page, its
 * styles inline, no script, and nothing it loads from anywhere; only the artifacts' own links lead out.
 */

const STYLE = `
:root { color-scheme: light dark; --ink: #1d2433; --muted: #4a5468; --line: #c9cfdb; --paper: #fff; --accent: #1f5fbf; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8ecf3; --muted: #b4bccb; --line: #49526a; --paper: #141821; --accent: #8fb5ff; } }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
p, ul, ol { margin: 0 0 .75rem; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 .75rem; break-inside: avoid; }
.list { list-style: none; padding: 0; }
blockquote { margin: 0 0 .5rem; padding-left: .75rem; border-left: 3px solid var(--line); }
@media print { body { font-size: 11pt; } main { max-width: none; padding: 0; } a { color: inherit; } }
`;

/** Opened from the download, the file may show its own styles and nothing else: no script, no request, no form. */
const POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  'sandbox',
].join('; ');

export function portfolioFile(portfolio: SharedPortfolio, madeOn: string): string {
  const title = `Portfolio of Impact: ${portfolio.ownerName}`;
  const artifacts =
    portfolio.artifacts.length === 0
      ? html`<p>No artifacts in this portfolio yet.</p>`
      : html`<ol class="list">${portfolio.artifacts.map(artifactCard)}</ol>`;
  const endorsements =
    portfolio.endorsements.length === 0
      ? ''
      : html`<h2>Endorsements</h2><ul class="list">${portfolio.endorsements.map(endorsementItem)}</ul>`;
  return String(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Growth Map">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p class="muted">The work ${portfolio.ownerName} chose to show, as of ${madeOn}.</p>
<h2>Artifacts</h2>
${artifacts}
${endorsements}
</main>
</body>
</html>
`);
}

/** A download, never a page of this origin: saved, not sniffed, sandboxed should a browser show it anyway. */
export const sendAsPortfolioFile = (reply: FastifyReply): FastifyReply =>
  reply
    .header('Content-Disposition', 'attachment; filename="portfolio.html"')
    .header('Content-Security-Policy', POLICY)
    .header('X-Content-Type-Options', 'nosniff');
