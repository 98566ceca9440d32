import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font, FontCollection } from 'fontkit';
import type { PaperSize } from '../../domain/paperSize.js';

/**
 * What every PDF of the app shares: pdfkit loaded on the first PDF asked for (the server's start and
 * its first answer do not pay for it), DejaVu Sans Condensed embedded (subset to the glyphs used) so
 * names in Latin, Cyrillic and Greek print, and one palette. The fonts are parsed once per process
 * and handed to every document (pdfkit takes a fontkit font as it is): parsing their tables again for
 * each PDF was a quarter of its time.
 */

declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      /** pdfkit 0.20 also takes a font fontkit has already parsed (it checks for `layout`). */
      registerFont(name: string, src: Font): this;
    }
  }
}

export type Pdf = PDFKit.PDFDocument;

export const FONT = { regular: 'regular', bold: 'bold' } as const;
export const COLOR = { ink: '#1d2433', muted: '#4a5468', line: '#c9cfdb', accent: '#1f5fbf' } as const;
export const MARGIN = 36;

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);

const isFont = (font: Font | FontCollection): font is Font => 'layout' in font;

async function parsedFont(name: string, fontkit: typeof import('fontkit')): Promise<Font> {
  const font = fontkit.create(await readFile(fontFile(name)));
  if (!isFont(font)) throw new Error(`${name} is a font collection, not one font`);
  return font;
}

let library: Promise<{ PDFDocument: PDFKit.PDFDocument; regular: Font; bold: Font }> | null = null;

/** The library and the two fonts, read and parsed once per process. */
function load() {
  library ??= Promise.all([import('pdfkit'), import('fontkit')]).then(async ([pdfkit, fontkit]) => ({
    PDFDocument: pdfkit.default,
    regular: await parsedFont('DejaVuSansCondensed.ttf', fontkit),
    bold: await parsedFont('DejaVuSansCondensed-Bold.ttf', fontkit),
  }));
  // A failed load (a missing font) is tried again on the next request rather than kept.
  library.catch(() => {
    library = null;
  });
  return library;
}

export interface NewPdf {
  doc: Pdf;
  /** Ends the document and gives its bytes. */
  finish(): Promise<Buffer>;
}

export async function newPdf(paper: PaperSize, title: string, author: string): Promise<NewPdf> {
  const { PDFDocument, regular, bold } = await load();
  const doc = new PDFDocument({
    size: paper,
    margin: MARGIN,
    lang: 'en',
    displayTitle: true,
    info: { Title: title, Author: author, Creator: 'Growth Map' },
  });
  doc.registerFont(FONT.regular, regular);
  doc.registerFont(FONT.bold, bold);
  doc.font(FONT.regular).fillColor(COLOR.ink);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return ended;
    },
  };
}

/** The width between the margins. */
export const textWidth = (doc: Pdf): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/*
 * A document that runs over as many pages as it takes (the portfolio, the sheet, the talking
 * points): text flows from the cursor down, and pdfkit starts a page where one is full.
 */

export function docTitle(doc: Pdf, text: string, note: string): void {
  doc
    .font(FONT.bold)
    .fontSize(18)
    .fillColor(COLOR.ink)
    .text(text, MARGIN, doc.y, { width: textWidth(doc) });
  doc.moveDown(0.2);
  doc
    .font(FONT.regular)
    .fontSize(9.5)
    .fillColor(COLOR.muted)
    .text(note, { width: textWidth(doc) });
  doc.moveDown(0.8);
}

export function sectionHeading(doc: Pdf, text: string, size = 13): void {
  doc.moveDown(0.4);
  doc
    .font(FONT.bold)
    .fontSize(size)
    .fillColor(COLOR.accent)
    .text(text, MARGIN, doc.y, { width: textWidth(doc) });
  doc.moveDown(0.25);
}

export function paragraph(doc: Pdf, text: string, options: { color?: string; bold?: boolean; indent?: number } = {}): void {
  const indent = options.indent ?? 0;
  doc
    .font(options.bold ? FONT.bold : FONT.regular)
    .fontSize(10.5)
    .fillColor(options.color ?? COLOR.ink)
    .text(text, MARGIN + indent, doc.y, { width: textWidth(doc) - indent, lineGap: 1.5 });
  doc.moveDown(0.25);
}

/** A list item: its marker hangs in the margin of its text, and wrapped lines align under the text. */
export function item(doc: Pdf, marker: string, text: string, depth = 0): void {
  const indent = 18 + depth * 14;
  doc.font(FONT.regular).fontSize(10.5).fillColor(COLOR.ink);
  // Starting on a fresh page when the item's first line would not fit keeps the marker beside its text.
  if (doc.y + doc.currentLineHeight(true) > doc.page.maxY()) doc.addPage();
  const top = doc.y;
  doc.text(marker, MARGIN + indent - 17, top, { width: 16, lineBreak: false });
  doc.text(text, MARGIN + indent, top, { width: textWidth(doc) - indent, lineGap: 1.5 });
  doc.moveDown(0.2);
}
