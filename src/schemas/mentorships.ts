import { z } from 'zod';
import { sections as sectionValues } from '../domain/access.js';
import { email } from './accounts.js';
import { id, instant, version } from './common.js';

/** A part of the map an engineer shares with a mentor (issue 10, section 2). */
export const section = z.enum(sectionValues);

export const sectionList = z
  .array(section)
  .max(sectionValues.length)
  .refine((list) => new Set(list).size === list.length, 'Name each section once.');

export const mentorshipCreate = z.object({ email, sections: sectionList });
export type MentorshipCreate = z.infer<typeof mentorshipCreate>;

export const mentorshipPatch = z.object({ sections: sectionList, version });
export type MentorshipPatch = z.infer<typeof mentorshipPatch>;

export const mentorshipStatus = z.enum(['invited', 'active']);
export const mentorshipSide = z.enum(['engineer', 'mentor']);

export const person = z.object({ userId: id, name: z.string() });
export type Person = z.infer<typeof person>;

/**
 * One mentorship as either side sees it. `person` is the other side: the mentor (for the
 * engineer; null until their account is known) or the engineer (for the mentor).
 */
export const mentorship = z.object({
  id,
  side: mentorshipSide,
  status: mentorshipStatus,
  person: person.nullable(),
  email: z.string(),
  sections: z.array(section),
  version: z.number().int(),
  createdAt: instant,
  acceptedAt: instant.nullable(),
});
export type Mentorship = z.infer<typeof mentorship>;

/**
 * The new mentorship. `invitationUrl` is the link to join the instance when the email has no
 * account yet (shown once; mailed too when mail is set up, then `mailed`), null otherwise.
 */
export const mentorshipCreated = mentorship.extend({ invitationUrl: z.string().nullable(), mailed: z.boolean() });
export type MentorshipCreated = z.infer<typeof mentorshipCreated>;

/** `?owner=` on a read route: read someone else's records, as far as a grant allows. */
export const ownerQuery = z.object({ owner: id.optional() });

export const accessLogQuery = z.object({
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'Use a whole number from 1 to 200.')
    .transform(Number)
    .pipe(z.number().int().min(1, 'Use a whole number from 1 to 200.').max(200, 'Use a whole number from 1 to 200.'))
    .optional(),
  before: instant.optional(),
});
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

export const accessLogEntry = z.object({ viewer: person, section, at: instant });
export type AccessLogEntry = z.infer<typeof accessLogEntry>;
