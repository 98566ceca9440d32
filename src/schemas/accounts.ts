import { z } from 'zod';
import { dateInput, id, instant, plainString, text, version } from './common.js';

export const role = z.enum(['admin', 'member']);
export type Role = z.infer<typeof role>;

export const email = plainString()
  .trim()
  .toLowerCase()
  .max(254, 'Email must be at most 254 characters.')
  .pipe(z.email({ error: 'Enter a valid email address.' }));

/** Length only; the common-password list is checked by the accounts service. */
export const password = z.string().min(12, 'Use at least 12 characters.').max(256, 'Use at most 256 characters.');

export const timeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone.');

export const user = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role,
  timeZone: z.string(),
  disabled: z.boolean(),
  createdAt: instant,
  version: z.number().int(),
});
export type User = z.infer<typeof user>;

export const signedIn = z.object({
  user,
  csrfToken: z.string(),
  /** False for an account made through single sign-on until its person sets a password. */
  hasPassword: z.boolean(),
});
export type SignedIn = z.infer<typeof signedIn>;

export const setupBody = z.object({
  email,
  name: text(100, 'Name'),
  password,
  timeZone: timeZone.optional(),
});
export type SetupBody = z.infer<typeof setupBody>;

export const signInBody = z.object({
  email,
  password: z.string().min(1, 'Password is required.').max(256),
});
export type SignInBody = z.infer<typeof signInBody>;

export const signUpBody = setupBody.extend({
  invitation: plainString().max(200).optional(),
});
export type SignUpBody = z.infer<typeof signUpBody>;

export const setupStatus = z.object({
  needsSetup: z.boolean(),
  signup: z.enum(['invite', 'open']),
  /** Single sign-on with OpenID Connect, and the words of its button; null when not configured. */
  singleSignOn: z.object({ label: z.string() }).nullable(),
});

export const accountPatch = z.object({
  version,
  name: text(100, 'Name').optional(),
  email: email.optional(),
  timeZone: timeZone.optional(),
});
export type AccountPatch = z.infer<typeof accountPatch>;

/** Without `currentPassword` only while the account has no password: that sets the first one. */
export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(256).optional(),
  newPassword: password,
});
export type PasswordChangeBody = z.infer<typeof passwordChangeBody>;

/** Without `password` only when the account has none: the typed email and the session confirm it. */
export const accountDeleteBody = z.object({
  confirm: plainString().max(256),
  password: z.string().min(1, 'Enter your password.').max(256).optional(),
});
export type AccountDeleteBody = z.infer<typeof accountDeleteBody>;

export const invitation = z.object({
  id,
  url: z.string(),
  expiresAt: instant,
});
export const invitationSummary = z.object({
  id,
  createdAt: instant,
  expiresAt: instant,
  createdBy: z.string(),
});

export const tokenCreateBody = z.object({
  name: text(100, 'Name'),
  expiresAt: dateInput.or(instant).nullish(),
});
export const tokenCreated = z.object({ id, name: z.string(), token: z.string(), expiresAt: instant.nullable() });
export const tokenSummary = z.object({
  id,
  name: z.string(),
  createdAt: instant,
  lastUsedAt: instant.nullable(),
  expiresAt: instant.nullable(),
});
export type TokenSummary = z.infer<typeof tokenSummary>;

export const adminUserPatch = z.object({
  version,
  role: role.optional(),
  disabled: z.boolean().optional(),
});

export const passwordResetLink = z.object({ url: z.string(), expiresAt: instant });
export const passwordResetBody = z.object({ password });
export const tokenParams = z.object({ token: plainString().min(1).max(200) });
