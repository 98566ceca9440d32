import type { ArtifactFileType } from '../schemas/artifacts.js';

/**
 * What a file is, read from its bytes: the name and the Content-Type header are the sender's
 * claims, and a browser that trusted them could be made to run an "image" as a page.
 */
export type Sniffed = { ok: true; type: ArtifactFileType } | { ok: false; reason: string };

export const allowedTypesText = 'PDF, PNG, JPEG, WebP, plain text or Markdown';

const signatures: ReadonlyArray<{ type: ArtifactFileType; at: number; bytes: readonly number[] }> = [
  { type: 'application/pdf', at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
];

const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]) =>
  bytes.length >= at + expected.length && expected.every((value, i) => bytes[at + i] === value);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** WebP is a RIFF container whose form type, at byte 8, is "WEBP". */
const isWebp = (bytes: Uint8Array) => startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP'));

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The WHATWG MIME Sniffing standard's "binary data bytes": NUL and the control characters that
 * text does not use (tab, line feed, form feed, carriage return and escape are text).
 */
const isBinaryByte = (byte: number) =>
  byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);

/** Text is valid UTF-8 without a binary data byte. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.some(isBinaryByte)) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text that opens with a tag (`<svg`, `<!DOCTYPE html>`, `<?xml`, `<!--`) is markup a browser
 * may render and script, so it is refused whatever it is called; Markdown that merely contains
 * a tag further down stays text.
 */
const opensWithMarkup = (text: string) => /^[\uFEFF\s]*<[!?/a-zA-Z]/.test(text);

const markdownName = /\.(md|markdown|mdown|mkd)$/i;

/** The file's type from its bytes; the name only tells Markdown from plain text, both being text. */
export function sniffFileType(bytes: Uint8Array, name: string): Sniffed {
  if (bytes.length === 0) return { ok: false, reason: `The file is empty. Upload ${allowedTypesText}.` };
  const binary = signatures.find((s) => startsWith(bytes, s.at, s.bytes));
  if (binary) return { ok: true, type: binary.type };
  if (isWebp(bytes)) return { ok: true, type: 'image/webp' };
  const text = decodeText(bytes);
  if (text === null) return { ok: false, reason: `This kind of file is not accepted. Upload ${allowedTypesText}.` };
  if (opensWithMarkup(text)) {
    return { ok: false, reason: `SVG, HTML and other markup files are not accepted. Upload ${allowedTypesText}.` };
  }
  return { ok: true, type: markdownName.test(name) ? 'text/markdown' : 'text/plain' };
}

/** Images may be shown in the browser; everything else is saved, never rendered on our origin. */
export const isInlineType = (type: ArtifactFileType) => type.startsWith('image/');

const extensions: Record<ArtifactFileType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'text/plain': 'txt',
  'text/markdown': 'md',
};

/**
 * The name to keep: the sender's, without path parts or control characters, or "artifact.<ext>"
 * when none is left. The extension is not corrected: the type is kept beside it.
 */
export function cleanFileName(name: string | undefined, type: ArtifactFileType): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return clean || `artifact.${extensions[type]}`;
}

/** `attachment; filename="a.pdf"; filename*=UTF-8''a.pdf` (RFC 6266), safe for any name. */
export function contentDisposition(type: ArtifactFileType, name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|[\\"]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${isInlineType(type) ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
