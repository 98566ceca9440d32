import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SCREEN_FILES, type ScreenFiles, screenFileList } from '../schemas/screenFiles.js';
import { type AnswerEncoding, chooseEncoding, compressAnswer } from './compression.js';

/** The app's page as sent: its bytes, their compressed forms, and a tag to revalidate it by. */
interface AppPage {
  bytes: Buffer;
  encoded: Record<AnswerEncoding, Buffer>;
  etag: string;
}

function appPage(html: string): AppPage {
  const bytes = Buffer.from(html);
  const encoded = { br: compressAnswer('br', bytes), gzip: compressAnswer('gzip', bytes) };
  // Weak: one tag for the page in every encoding.
  return { bytes, encoded, etag: `W/"${crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A router path (`/cycles/:id`) as a test of a request's path, a trailing slash allowed. */
function pathTest(pattern: string): RegExp {
  const segments = pattern.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)));
  return new RegExp(`^${segments.join('/')}/?$`, 'u');
}

const paramCount = (pattern: string) => pattern.split('/').filter((segment) => segment.startsWith(':')).length;

/** index.html with the screen's own files named in its head, so they load beside the entry. */
export function withScreenFiles(indexHtml: string, screen: Pick<ScreenFiles, 'scripts' | 'styles'>): string {
  const links = [
    ...screen.scripts.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`),
    // Preloaded, not linked: the screen's code adds the stylesheet when it runs, as after any navigation.
    ...screen.styles.map((file) => `<link rel="preload" as="style" crossorigin href="${file}">`),
  ];
  if (links.length === 0) return indexHtml;
  return indexHtml.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
}

/**
 * The web app's page for each address. A screen's code is otherwise asked for only once the
 * entry script has arrived and run; named in the page, it arrives with the entry, a round trip
 * sooner (bench/README.md, "Sixth round"). Addresses of no screen get index.html as it is.
 */
export class AppPages {
  readonly #screens: { test: RegExp; page: AppPage }[];
  readonly #plain: AppPage;

  constructor(indexHtml: string, screens: readonly ScreenFiles[]) {
    this.#plain = appPage(indexHtml);
    // As the router ranks them: `/cycles/new` before `/cycles/:id`.
    this.#screens = [...screens]
      .sort((a, b) => paramCount(a.path) - paramCount(b.path))
      .map((screen) => ({ test: pathTest(screen.path), page: appPage(withScreenFiles(indexHtml, screen)) }));
  }

  /** From a build: its index.html, and its screens.json when there is one. */
  static fromBuild(webDir: string): AppPages {
    const indexHtml = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
    const listed = path.join(webDir, SCREEN_FILES);
    const screens = fs.existsSync(listed) ? screenFileList.parse(JSON.parse(fs.readFileSync(listed, 'utf8'))) : [];
    return new AppPages(indexHtml, screens);
  }

  pageFor(url: string): AppPage {
    const pathname = url.split('?', 1)[0] ?? url;
    return this.#screens.find((screen) => screen.test.test(pathname))?.page ?? this.#plain;
  }

  /** Sends the page for the request's address, compressed when accepted; 304 when the browser has it. */
  send(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const page = this.pageFor(request.url);
    reply
      .header('Vary', 'Accept-Encoding')
      .header('Cache-Control', 'no-cache')
      .header('ETag', page.etag)
      .type('text/html; charset=utf-8');
    if (request.headers['if-none-match'] === page.etag) return reply.code(304).send();
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (encoding === null) return reply.send(page.bytes);
    return reply.header('Content-Encoding', encoding).send(page.encoded[encoding]);
  }
}
