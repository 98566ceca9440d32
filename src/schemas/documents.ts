import { z } from 'zod';
import type { PaperSize } from '../domain/paperSize.js';

/** The sheet a PDF is printed on, when the user's time zone should not decide it. */
export const paperQuery = z.object({
  paper: z
    .enum(['a4', 'letter'], { error: 'Use a4 or letter.' })
    .transform((value): PaperSize => (value === 'letter' ? 'LETTER' : 'A4'))
    .optional(),
});

/** The portfolio's documents: with the approved endorsements only when asked, as a share is. */
export const portfolioDocumentQuery = paperQuery.extend({
  endorsements: z
    .enum(['true', 'false'], { error: 'Use true or false.' })
    .transform((value) => value === 'true')
    .optional(),
});

/** A PDF's bytes. */
export const pdfBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array).meta({ type: 'string', format: 'binary' });

/** The rule every PDF route states. */
export const paperRule =
  'A4, or US Letter when your time zone is in a Letter country (the United States, Canada, Mexico, Central America, ' +
  'Chile, Colombia, Venezuela, the Philippines, Puerto Rico); `paper=a4` or `paper=letter` chooses.';
