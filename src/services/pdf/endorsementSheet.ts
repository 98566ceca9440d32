import { levelDefinitions } from '../../domain/levels.js';
import { type PaperSize, paperSizeFor } from '../../domain/paperSize.js';
import type { EndorsementSheet } from '../../schemas/endorsements.js';
import type { Actor, ServiceDeps } from '../context.js';
import { getSheet } from '../endorsements.js';
import { COLOR, docTitle, newPdf, paragraph, sectionHeading } from './document.js';

/** The endorsement sheet as a PDF: the approved quotes by skill, as the sheet screen shows them. */
export async function endorsementSheetPdf(deps: ServiceDeps, actor: Actor, paper?: PaperSize): Promise<Buffer> {
  const sheet = await getSheet(deps, actor);
  return drawEndorsementSheet(sheet, actor.user.name, paper ?? paperSizeFor(actor.user.timeZone));
}

export async function drawEndorsementSheet(sheet: EndorsementSheet, name: string, paper: PaperSize): Promise<Buffer> {
  const title = `Endorsements for ${name}`;
  const { doc, finish } = await newPdf(paper, title, name);
  const count = sheet.groups.reduce((sum, group) => sum + group.quotes.length, 0);
  docTitle(
    doc,
    title,
    `${count} approved ${count === 1 ? 'quote' : 'quotes'}, by skill; names only where the endorser allowed it`,
  );
  if (count === 0) paragraph(doc, 'No approved endorsements yet.', { color: COLOR.muted });
  for (const group of sheet.groups) {
    sectionHeading(doc, group.skillName);
    for (const quote of group.quotes) {
      paragraph(doc, `“${quote.quote}”`);
      const who = [quote.name ?? 'A colleague', quote.relationship].filter(Boolean).join(', ');
      const level = quote.level ? ` · observed ${levelDefinitions[quote.level].label}` : '';
      paragraph(doc, `— ${who}${level}`, { color: COLOR.muted, indent: 12 });
    }
  }
  return finish();
}
