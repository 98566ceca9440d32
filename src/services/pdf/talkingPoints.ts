import { markdownBlocks } from '../../domain/markdownBlocks.js';
import { type PaperSize, paperSizeFor } from '../../domain/paperSize.js';
import type { Actor, ServiceDeps } from '../context.js';
import { exportDraft, getTalkingPoints } from '../talkingPoints.js';
import { COLOR, docTitle, item, newPdf, paragraph, sectionHeading } from './document.js';

/** The talking points as a PDF: the draft the user kept, else the points computed from their data. */
export async function talkingPointsPdf(deps: ServiceDeps, actor: Actor, paper?: PaperSize): Promise<Buffer> {
  // Reading the draft without starting one: a download changes nothing.
  const draft = await exportDraft(deps, actor);
  const markdown = draft?.markdown ?? (await getTalkingPoints(deps, actor)).markdown;
  return drawTalkingPoints(markdown, actor.user.name, draft !== null, paper ?? paperSizeFor(actor.user.timeZone));
}

export async function drawTalkingPoints(markdown: string, name: string, edited: boolean, paper: PaperSize): Promise<Buffer> {
  const title = `Talking points: ${name}`;
  const { doc, finish } = await newPdf(paper, title, name);
  docTitle(
    doc,
    title,
    edited ? 'Your draft, as you last kept it' : 'Computed from your data: outcomes, progress, collaboration and risks',
  );
  const blocks = markdownBlocks(markdown);
  if (blocks.length === 0)
    paragraph(doc, 'Nothing to say yet: record artifacts, level changes and cycles first.', { color: COLOR.muted });
  for (const block of blocks) {
    if (block.kind === 'heading') sectionHeading(doc, block.text, block.depth <= 2 ? 13 : 11.5);
    else if (block.kind === 'item') item(doc, block.marker, block.text, block.depth);
    else paragraph(doc, block.text);
  }
  return finish();
}
