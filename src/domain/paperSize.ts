import { getTimezone } from 'countries-and-timezones';

/** The two sheets people print on. */
export type PaperSize = 'A4' | 'LETTER';

/**
 * Where US Letter is the usual paper (Unicode CLDR's measurement data, `paperSize`): the United
 * States, Canada, Mexico, Central America, Chile, Colombia, Venezuela, the Philippines and Puerto Rico.
 * Everywhere else prints on A4.
 */
const LETTER_COUNTRIES: ReadonlySet<string> = new Set([
  'BZ',
  'CA',
  'CL',
  'CO',
  'CR',
  'GT',
  'MX',
  'NI',
  'PA',
  'PH',
  'PR',
  'SV',
  'US',
  'VE',
]);

/**
 * The user's paper, from the one place the account says where they are: its time zone. A zone's
 * first country is the one it is named for (`America/Toronto` is Canada's, though the Bahamas share
 * it); a zone of no country (`UTC`) prints on A4, the world's default.
 */
export function paperSizeFor(timeZone: string): PaperSize {
  const country = getTimezone(timeZone)?.countries[0];
  return country !== undefined && LETTER_COUNTRIES.has(country) ? 'LETTER' : 'A4';
}
