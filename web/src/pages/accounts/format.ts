import { formatInstant } from '../../components/format.js';

/** Expiry picked as a calendar date is stored as the end of that day in UTC: show the date the person picked. */
export function formatExpiry(iso: string | null, timeZone: string | undefined): string {
  if (!iso) return 'does not expire';
  if (iso.endsWith('T23:59:59.999Z')) {
    return `end of ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))} (UTC)`;
  }
  return formatInstant(iso, timeZone);
}
