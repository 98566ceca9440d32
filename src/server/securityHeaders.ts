import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** Helmet's policy for this app: nothing inline, nothing from elsewhere, never framed. */
function helmetOptions(https: boolean): Parameters<typeof helmet>[0] {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https,
  };
}

/** Keeps the names as helmet spells them (the response itself keeps them lower-cased). */
class RecordingResponse extends ServerResponse {
  readonly names: string[] = [];
  override setHeader(name: string, value: number | string | readonly string[]): this {
    this.names.push(name);
    return super.setHeader(name, value);
  }
}

/** The headers helmet sets for these options, in its order and spelling, as [name, value]. */
export function securityHeaders(https: boolean): [string, string][] {
  const request = new IncomingMessage(new Socket());
  const response = new RecordingResponse(request);
  helmet(helmetOptions(https))(request, response, () => {});
  return response.names.filter((name) => response.hasHeader(name)).map((name) => [name, String(response.getHeader(name))]);
}

/**
 * The headers that still mean something on a script or a stylesheet. The others (the content
 * policy, framing, the opener and agent cluster, old-IE and Flash switches) govern documents only,
 * and sent on each of the first load's small hashed files they cost more bytes than the file.
 */
const FOR_SUBRESOURCES = new Set([
  'cross-origin-resource-policy',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
]);

/** The build's hashed scripts and stylesheets (the SPA's pages, the API and public pages are not). */
export const isBuiltAsset = (url: string) => url.startsWith('/assets/');

/**
 * An API answer is data, never a page to render: a policy that allows nothing and no framing
 * (stricter than the app's, should a browser open the JSON as a document), plus the
 * subresource headers. Half the headers of a page, on the requests made most often.
 */
const API_POLICY = {
  'Content-Security-Policy': "default-src 'none';frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

export const isApiAnswer = (url: string) => url.startsWith('/api/');

type HeaderSet = Record<string, string>;

/** The headers for documents, the shorter sets for built assets and for API answers. */
export function securityHeaderSets(https: boolean): { all: HeaderSet; asset: HeaderSet; api: HeaderSet } {
  const headers = securityHeaders(https);
  const asset = Object.fromEntries(headers.filter(([name]) => FOR_SUBRESOURCES.has(name.toLowerCase())));
  return { all: Object.fromEntries(headers), asset, api: { ...API_POLICY, ...asset } };
}

/**
 * Every answer carries the security headers. They depend only on the configuration, so they
 * are computed once at start: @fastify/helmet rebuilt helmet's middleware, parsing the whole
 * policy, on every request.
 */
export function addSecurityHeaders(app: FastifyInstance, https: boolean): void {
  const { all, asset, api } = securityHeaderSets(https);
  app.addHook('onRequest', (request, reply, done) => {
    // Chosen by the raw URL: one disguised by percent-encoding only gets the page's fuller set.
    const url = request.url;
    // Through Fastify's own headers, not the raw response's: a header set on the raw response
    // sends Node's writeHead down its slow path, which sets and checks every header twice.
    reply.headers(isBuiltAsset(url) ? asset : isApiAnswer(url) ? api : all);
    done();
  });
}
