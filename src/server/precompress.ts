import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Text formats only: images and fonts the web app might add are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest', '.map']);

export interface PrecompressedFile {
  file: string;
  bytes: number;
  brotli: number | null;
  gzip: number | null;
}

/**
 * Writes `name.br` and `name.gz` beside every text file under `dir`, at the highest levels
 * (done once at build time, so the server never spends CPU on it). A copy that would not be
 * smaller is not written: the server then falls back to the next encoding, then to the file.
 */
export function precompressDir(dir: string): PrecompressedFile[] {
  const written: PrecompressedFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      written.push(...precompressDir(file));
      continue;
    }
    if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(entry.name))) continue;
    const source = fs.readFileSync(file);
    const brotli = zlib.brotliCompressSync(source, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    });
    const gzip = zlib.gzipSync(source, { level: zlib.constants.Z_BEST_COMPRESSION });
    written.push({
      file,
      bytes: source.length,
      brotli: writeIfSmaller(`${file}.br`, brotli, source.length),
      gzip: writeIfSmaller(`${file}.gz`, gzip, source.length),
    });
  }
  return written;
}

function writeIfSmaller(file: string, data: Buffer, original: number): number | null {
  if (data.length >= original) return null;
  fs.writeFileSync(file, data);
  return data.length;
}
