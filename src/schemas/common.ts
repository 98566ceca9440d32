import { z } from 'zod';

/** Random, URL-safe record id (UUIDv7). */
export const id = z.uuid();

/** A calendar date, "YYYY-MM-DD"; answers use it as is, including dates computed past the input window. */
export const calendarDate = z.iso.date({ error: 'Use a date like 2027-06-30.' });

export const earliestDate = '1970-01-01';
export const latestDate = '2199-12-31';

/**
 * A date the user picks. The window keeps every date computed from it (weeks, reviews, the
 * calendar's recurrences) inside four-digit years and away from Date.UTC's 1900 mapping of 0–99.
 */
export const dateInput = calendarDate.refine(
  (date) => date >= earliestDate && date <= latestDate,
  `Use a date between ${earliestDate} and ${latestDate}.`,
);

/** An instant, ISO 8601 in UTC. */
export const instant = z.iso.datetime({ error: 'Use an ISO 8601 instant in UTC.' });

/** The largest value an integer column holds on PostgreSQL (INTEGER is 32-bit); larger ones would fail in the database. */
export const maxInteger = 2_147_483_647;

/**
 * Every editable record carries the version it was read at (optimistic concurrency).
 * An update writes version + 1, so the largest version named must leave room for it.
 */
export const version = z
  .number()
  .int('Use a whole number.')
  .min(1, 'Use the version you read.')
  .max(maxInteger - 1, 'Use the version you read.');

/**
 * NUL cannot be stored in PostgreSQL text and a lone surrogate is not Unicode (it would be
 * stored as U+FFFD and change what the user wrote), so every string that comes in refuses both.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const unstorableMessage = 'Remove the NUL or broken Unicode character.';

/** Any incoming string: free of characters the database cannot keep. */
export const plainString = () =>
  z.string().refine((value) => !value.includes('\u0000') && !loneSurrogate.test(value), unstorableMessage);

export const level = z.enum(['novice', 'practitioner', 'expert']);
export type Level = z.infer<typeof level>;

export const systemStage = z.enum(['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale']);
export type SystemStage = z.infer<typeof systemStage>;

export const category = z.enum(['technical-specialization', 'leadership-impact', 'craft-and-process', 'personal-reputation']);
export type Category = z.infer<typeof category>;

export const destinationStatus = z.enum(['active', 'completed', 'retired']);
export type DestinationStatus = z.infer<typeof destinationStatus>;

/** Trimmed, non-empty text with a length cap. */
export const text = (max: number, label = 'This field') =>
  plainString().trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);

/** Optional free text: missing stays missing (a PATCH leaves it alone), empty or null clears it. */
export const optionalText = (max: number) =>
  plainString()
    .trim()
    .max(max, `Must be at most ${max} characters.`)
    .transform((value) => value || null)
    .nullish();

export const idParams = z.object({ id });

export const orderBody = z.object({
  ids: z.array(id).max(500),
});
export type OrderBody = z.infer<typeof orderBody>;
