import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition, sniffFileType } from './fileType.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffFileType', () => {
  it.each([
    ['a PDF', text('%PDF-1.4\n'), 'x.png', 'application/pdf'],
    ['a PNG named .pdf', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'x.pdf', 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xdb), 'x', 'image/jpeg'],
    ['a WebP', text('RIFF\u0001\u0002\u0003\u0004WEBPVP8L'), 'x', 'image/webp'],
    ['Markdown by its name', text('# Title\n\n<details>kept as text</details>'), 'notes.MD', 'text/markdown'],
    ['plain text', text('Ünïcödé notes'), 'notes.pdf', 'text/plain'],
  ])('recognises %s from its bytes', (_, file, name, type) => {
    expect(sniffFileType(file, name)).toEqual({ ok: true, type });
  });

  it.each([
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['XML', text('\uFEFF  <?xml version="1.0"?><svg/>')],
    ['HTML', text('\n<!doctype html><p>hi')],
    ['a comment-led page', text('<!-- x --><script>alert(1)</script>')],
    ['a NUL', text('text\u0000more')],
    ['invalid UTF-8', bytes(0xc3, 0x28)],
    ['a RIFF that is not WebP', text('RIFF\u0001\u0002\u0003\u0004WAVEfmt ')],
    ['an empty file', bytes()],
  ])('refuses %s, naming the allowed types', (_, file) => {
    const result = sniffFileType(file, 'x.txt');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/PDF, PNG, JPEG, WebP, plain text or Markdown\.$/);
  });
});

describe('file names', () => {
  it('keeps the last path part without control characters, or names it after the type', () => {
    expect(cleanFileName('../../etc/passwd', 'text/plain')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\me\\plan "v2".pdf', 'application/pdf')).toBe('plan v2.pdf');
    expect(cleanFileName('\u0001\u0002', 'image/png')).toBe('artifact.png');
    expect(cleanFileName(undefined, 'text/markdown')).toBe('artifact.md');
  });

  it('says attachment except for images, with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('application/pdf', 'Plan é.pdf')).toBe(
      `attachment; filename="Plan _.pdf"; filename*=UTF-8''Plan%20%C3%A9.pdf`,
    );
    expect(contentDisposition('image/webp', 'a.webp')).toBe(`inline; filename="a.webp"; filename*=UTF-8''a.webp`);
  });
});
