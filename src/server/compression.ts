import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Smaller answers gain less than compressing them costs. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Answers over 1 KB (the map, lists, the calendar) go out Brotli- or gzip-compressed when the
 * client accepts it. Registered before any route, since the plugin hooks into each route as it
 * is added. Request bodies are never inflated: the body limit must hold for what arrives.
 */
export async function compressAnswers(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    threshold: COMPRESSION_THRESHOLD,
    encodings: ['br', 'gzip'],
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
