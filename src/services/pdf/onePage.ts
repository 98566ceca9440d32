import { type Cut, type OnePage, type OnePageShown, fitOnePage, onePageOf } from '../../domain/onePage.js';
import { type PaperSize, paperSizeFor } from '../../domain/paperSize.js';
import { ownScope } from '../access.js';
import { listArtifacts } from '../artifacts.js';
import type { Actor, ServiceDeps } from '../context.js';
import { listCyclesWithEntries } from '../cycles.js';
import { getMap } from '../map.js';
import { COLOR, FONT, type Pdf, newPdf, textWidth } from './document.js';

/** The one-page Growth Map on exactly one sheet: A4, or Letter where the user's time zone prints on it. */
export async function onePageMapPdf(deps: ServiceDeps, actor: Actor, paper?: PaperSize): Promise<Buffer> {
  const [map, { cycles, entries }, artifacts] = await Promise.all([
    getMap(deps, actor),
    listCyclesWithEntries(deps, actor),
    listArtifacts(deps, ownScope(actor), {}),
  ]);
  const page = onePageOf({ name: actor.user.name, map, cycles, entries, artifacts });
  return drawOnePage(page, paper ?? paperSizeFor(actor.user.timeZone), actor.user.name);
}

export async function drawOnePage(page: OnePage, paper: PaperSize, author: string): Promise<Buffer> {
  const { doc, finish } = await newPdf(paper, page.heading, author);
  const bottom = doc.page.maxY();
  const chosen = fitOnePage(page, (attempt) => layOut(doc, attempt, null) <= bottom);
  layOut(doc, chosen, bottom);
  return finish();
}

const GAP = 10;
const PAD = 6;

/**
 * One pass over the sheet from the top: measures each text with `heightOfString`, and draws it
 * when `bottom` is given. Returns where the content ends. Drawing never passes `bottom`: the last
 * text is cut with an ellipsis and anything after it left out, so pdfkit never starts a second page.
 */
function layOut(doc: Pdf, shown: OnePageShown, bottom: number | null): number {
  const size = shown.caps.fontSize;
  const left = doc.page.margins.left;
  const width = textWidth(doc);
  const put = (text: string, x: number, y: number, w: number, style: Style = body): number => {
    doc.font(style.font).fontSize(size * style.scale);
    const options = { width: w, lineGap: size * 0.15 };
    if (bottom === null) return doc.heightOfString(text, options);
    if (y >= bottom - size) return 0;
    doc.fillColor(style.color).text(text, x, y, { ...options, height: bottom - y, ellipsis: true });
    // What was drawn is what was measured (the same wrapping), unless the sheet's end cut it.
    return doc.y - y;
  };
  /** Lines one under another; a bullet hangs, its wrapped lines align under its text. Returns their height. */
  const stack = (lines: readonly Line[], x: number, y: number, w: number): number => {
    let at = y;
    for (const { text, style, bullet } of lines) {
      const hang = bullet ? size * 0.9 : 0;
      if (bullet && bottom !== null && at < bottom - size) doc.text('•', x, at, { width: hang, lineBreak: false });
      at += put(text, x + hang, at, w - hang, style) + size * 0.2;
    }
    return at - y;
  };

  let y = doc.page.margins.top;
  y += put(shown.heading, left, y, width, title);
  y += put(shown.subtitle, left, y, width, muted) + GAP;

  if (shown.destinations.length === 0) {
    y += put('No active destinations yet: add 2–3 in the map editor, with the skills that bridge to them.', left, y, width) + GAP;
  }
  const perRow = Math.min(3, Math.max(1, shown.destinations.length));
  const columnWidth = (width - GAP * (perRow - 1)) / perRow;
  for (let start = 0; start < shown.destinations.length; start += perRow) {
    const row = shown.destinations.slice(start, start + perRow);
    const heights = row.map((destination, i) => {
      const x = left + i * (columnWidth + GAP) + PAD;
      const lines = [
        line(destination.heading, heading),
        ...destination.facts.map((fact) => line(fact)),
        line('Key skills', subheading),
        ...(destination.skills.items.length ? listed(destination.skills) : [line('No skills mapped yet.', muted)]),
      ];
      return stack(lines, x, y + PAD, columnWidth - 2 * PAD) + 2 * PAD;
    });
    const rowHeight = Math.max(...heights);
    if (bottom !== null) {
      row.forEach((_, i) => {
        const boxHeight = Math.min(rowHeight, bottom - y);
        if (boxHeight > 0)
          doc
            .roundedRect(left + i * (columnWidth + GAP), y, columnWidth, boxHeight, 4)
            .lineWidth(0.6)
            .stroke(COLOR.line);
      });
    }
    y += rowHeight + GAP;
  }
  if (shown.moreDestinations) y += put(shown.moreDestinations, left, y, width, muted) + GAP;

  const half = (width - GAP) / 2;
  const plan = shown.plan
    ? [
        line(shown.plan.heading, heading),
        ...shown.plan.facts.map((fact) => line(fact)),
        ...shown.plan.weeks.map((week) => line(week, muted)),
      ]
    : [
        line('Learning plan', heading),
        line('No learning cycle planned yet: plan a 4–6 week cycle and it appears here with its progress log.'),
      ];
  const log = [
    line('Progress log', heading),
    ...(shown.log.items.length
      ? [...shown.log.items.map((entry) => line(entry)), ...more(shown.log)]
      : [line('No entries yet.', muted)]),
  ];
  y += Math.max(stack(plan, left, y, half), stack(log, left + half + GAP, y, half)) + GAP;

  const artifacts = [
    line('Artifacts', heading),
    ...(shown.artifacts.items.length
      ? listed(shown.artifacts)
      : [line('No artifacts yet: the design docs, decision records, talks and code that show your growth.', muted)]),
  ];
  y += stack(artifacts, left, y, width);
  return y;
}

interface Style {
  font: string;
  scale: number;
  color: string;
}
interface Line {
  text: string;
  style: Style;
  bullet: boolean;
}
const line = (text: string, style: Style = body): Line => ({ text, style, bullet: false });
const more = ({ more }: Cut): Line[] => (more ? [line(more, muted)] : []);
/** A cut list as bullets, its rest said under them. */
const listed = (list: Cut): Line[] => [...list.items.map((text) => ({ text, style: body, bullet: true })), ...more(list)];

const body: Style = { font: FONT.regular, scale: 1, color: COLOR.ink };
const muted: Style = { font: FONT.regular, scale: 1, color: COLOR.muted };
const title: Style = { font: FONT.bold, scale: 1.9, color: COLOR.ink };
const heading: Style = { font: FONT.bold, scale: 1.2, color: COLOR.accent };
const subheading: Style = { font: FONT.bold, scale: 1, color: COLOR.ink };
