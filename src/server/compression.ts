import zlib from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Smaller answers gain less than compressing them costs. */
export const COMPRESSION_THRESHOLD = 1024;

export const ANSWER_ENCODINGS = ['br', 'gzip'] as const;
export type AnswerEncoding = (typeof ANSWER_ENCODINGS)[number];

// The library and the rules @fastify/compress negotiates with, so an answer compressed ahead
// (an EncodedJson) is encoded as the plugin would have: `*` and `x-gzip` count as gzip.
const negotiator = new Negotiator<AnswerEncoding>({ supportedValues: [...ANSWER_ENCODINGS] });
const gzipAliases = /\*|x-gzip/gu;

/** The encoding an answer goes out in for this Accept-Encoding; null sends it as it is. */
export function chooseEncoding(acceptEncoding: string | undefined): AnswerEncoding | null {
  if (acceptEncoding === undefined) return null;
  return negotiator.negotiate(acceptEncoding.toLowerCase().replace(gzipAliases, 'gzip'));
}

/** What @fastify/compress would send for these bytes (Brotli at its quality 4, gzip at zlib's default). */
export function compressAnswer(encoding: AnswerEncoding, bytes: Buffer): Buffer {
  return encoding === 'br'
    ? zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
    : zlib.gzipSync(bytes);
}

/**
 * Answers over 1 KB (the map, lists, the calendar) go out Brotli- or gzip-compressed when the
 * client accepts it. Registered before any route, since the plugin hooks into each route as it
 * is added. Request bodies are never inflated: the body limit must hold for what arrives.
 */
export async function compressAnswers(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    threshold: COMPRESSION_THRESHOLD,
    encodings: [...ANSWER_ENCODINGS],
    globalDecompression: false,
  });
}

/**
 * The web app's files: @fastify/static sends the `.br`/`.gz` copy the build wrote (see
 * precompress.ts) that the client accepts, so serving a file costs no compression at all.
 */
export const precompressedFiles = { preCompressed: true } as const;

/** One URL, several encodings: a shared cache must key each file on Accept-Encoding. */
export function varyOnEncoding(res: { setHeader(name: string, value: string): unknown }): void {
  res.setHeader('Vary', 'Accept-Encoding');
}
