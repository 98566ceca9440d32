import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/engines.js';
import { accountRecords } from '../../schemas/accountRecords.js';
import { foreignKeys } from '../instanceBackup.js';
import { accountTableNames } from './accountRecords.js';

/** Tables that name a person without being their records: credentials, operations, instance content. */
const notAccountRecords = [
  'users',
  'sessions',
  'api_tokens',
  'invitations',
  'password_resets',
  'idempotency_keys',
  'digest_deliveries',
  'content_uploads',
  'ladders',
  // Sign-in links to an OpenID provider are credentials, like access tokens: a restored account
  // signs in through its provider anew, and links the account it finds then.
  'user_identities',
  'oidc_logins',
  // Shared with other people: a team is its lead's and its members' together (memberships name
  // both accounts, workshops the attendees), so it cannot come back alone on another instance.
  // Leaving a team takes a member's data out of it at once; deleting the account removes it.
  'teams',
  'team_memberships',
  'workshops',
  // Between two accounts: a mentorship names the mentor, an access-log row the viewer, a comment
  // or a rating its author. They are
  // read on their screens; a restored account on another instance has neither person.
  'mentorships',
  'access_log',
  'comments',
  'comment_reads',
  'mentor_ratings',
  'mentee_views',
];

describe('the account export', () => {
  it('holds every table that leads to a user, so a per-user table added later cannot be forgotten', async () => {
    const database = await openTestDatabase('sqlite');
    try {
      const references = await foreignKeys(database);
      const leadsToUser = (table: string, seen = new Set<string>()): boolean =>
        table === 'users' ||
        (!seen.has(table) && (references.get(table) ?? []).some((parent) => leadsToUser(parent, new Set([...seen, table]))));
      const personal = [...references.keys()].filter((table) => leadsToUser(table));
      const exported = new Set<string>(accountTableNames);
      const forgotten = personal.filter((table) => !exported.has(table) && !notAccountRecords.includes(table));
      // A table listed here needs an entry in accountTables (db/repositories/accountRecords.ts) and its shape in
      // schemas/accountRecords.ts, or a place in notAccountRecords above with a reason.
      expect(forgotten).toEqual([]);
      expect(Object.keys(accountRecords.shape)).toEqual(accountTableNames);
    } finally {
      await database.dispose();
    }
  });
});
