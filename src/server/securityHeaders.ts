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
 * Every answer carries the security headers. They depend only on the configuration, so they
 * are computed once at start: @fastify/helmet rebuilt helmet's middleware, parsing the whole
 * policy, on every request.
 */
export function addSecurityHeaders(app: FastifyInstance, https: boolean): void {
  const headers = Object.fromEntries(securityHeaders(https));
  app.addHook('onRequest', (_request, reply, done) => {
    // Through Fastify's own headers, not the raw response's: a header set on the raw response
    // sends Node's writeHead down its slow path, which sets and checks every header twice.
    reply.headers(headers);
    done();
  });
}
