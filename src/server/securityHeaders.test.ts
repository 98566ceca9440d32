import { describe, expect, it } from 'vitest';
import { securityHeaderSets, securityHeaders } from './securityHeaders.js';

// What @fastify/helmet sent on every answer before the headers were computed once; the
// precomputed set must stay exactly this, names spelled and ordered as helmet does.
const csp =
  "default-src 'self';base-uri 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;" +
  "object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';";

const common = (policy: string, hsts: [string, string][]) => [
  ['Content-Security-Policy', policy],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ...hsts,
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

describe('securityHeaders', () => {
  it('is helmet’s set for a plain-HTTP address', () => {
    expect(securityHeaders(false)).toEqual(common(`${csp}connect-src 'self'`, []));
  });

  it('adds HSTS and upgrade-insecure-requests behind https://', () => {
    expect(securityHeaders(true)).toEqual(
      common(`${csp}upgrade-insecure-requests;connect-src 'self'`, [
        ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
      ]),
    );
  });

  it('keeps on built assets only the headers a script or stylesheet obeys', () => {
    expect(Object.keys(securityHeaderSets(true).asset)).toEqual([
      'Cross-Origin-Resource-Policy',
      'Referrer-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
    ]);
    expect(securityHeaderSets(false).all).toEqual(Object.fromEntries(securityHeaders(false)));
  });

  it('gives API answers a policy that allows nothing, no framing, and the subresource headers', () => {
    expect(securityHeaderSets(true).api).toEqual({
      'Content-Security-Policy': "default-src 'none';frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
