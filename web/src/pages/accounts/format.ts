import { ApiError, fieldErrors } from '../../api/client.js';

/** An instant shown in the reader's time zone, e.g. "3 Jun 2026, 14:05". */
export function formatInstant(iso: string | null, timeZone: string | undefined, empty = 'never'): string {
  if (!iso) return empty;
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    return new Date(iso).toLocaleString();
  }
}

/**
 * The sentence to show above a form: a field error that has no input of its own
 * (like an invitation that was used meanwhile), or the server's message.
 */
export function formError(error: unknown, shownFields: readonly string[] = []): string | null {
  if (!error) return null;
  const fields = fieldErrors(error);
  const orphan = Object.entries(fields).find(([name]) => !shownFields.includes(name));
  if (orphan) return orphan[1];
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}

/** Expiry picked as a calendar date is stored as the end of that day in UTC: show the date the person picked. */
export function formatExpiry(iso: string | null, timeZone: string | undefined): string {
  if (!iso) return 'does not expire';
  if (iso.endsWith('T23:59:59.999Z')) {
    return `end of ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))} (UTC)`;
  }
  return formatInstant(iso, timeZone);
}
