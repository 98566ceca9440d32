import type { Consent } from '../../../../src/schemas/teams.js';

/** What each consent lets the lead see, in the words the invitation uses. */
export const consentOptions: readonly { value: Consent; label: string }[] = [
  { value: 'levels', label: 'Skills and levels only' },
  { value: 'goals', label: 'Also my destinations and cycles' },
  { value: 'everything', label: 'Also my evidence (artifacts, portfolio, endorsements)' },
];

export const consentLabel = (consent: Consent | null): string =>
  consentOptions.find((option) => option.value === consent)?.label ?? 'Not accepted yet';
