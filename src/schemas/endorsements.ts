import { z } from 'zod';
import { artifactKind } from './artifacts.js';
import { id, instant, level, optionalText, plainString, text, version } from './common.js';
import { endorsementLimits } from './limits.js';

const email = z.email({ error: 'Use an email address like name@example.com.' }).max(320);

const skillIdsInput = z
  .array(id)
  .max(10, 'Name at most 10 skills.')
  .refine((ids) => new Set(ids).size === ids.length, 'Name each skill once.');

/** What the owner asks for: someone to vouch for some skills or one piece of work. */
export const endorsementRequestCreate = z.object({
  name: text(endorsementLimits.name, 'Name'),
  email: email.nullish(),
  relationship: optionalText(endorsementLimits.relationship),
  skillIds: skillIdsInput.default([]),
  artifactId: id.nullish(),
  message: optionalText(endorsementLimits.message),
});
export type EndorsementRequestCreate = z.infer<typeof endorsementRequestCreate>;

/** The link is shown once, here; only its hash is kept. `mailed` says whether it also went by email. */
export const endorsementRequestCreated = z.object({ id, url: z.string(), expiresAt: instant, mailed: z.boolean() });
export type EndorsementRequestCreated = z.infer<typeof endorsementRequestCreated>;

export const endorsementRequestStatus = z.enum(['open', 'answered', 'expired', 'withdrawn']);
export type EndorsementRequestStatus = z.infer<typeof endorsementRequestStatus>;

export const endorsementRequest = z.object({
  id,
  name: z.string(),
  email: z.string().nullable(),
  relationship: z.string().nullable(),
  skillIds: z.array(id),
  artifactId: id.nullable(),
  message: z.string().nullable(),
  status: endorsementRequestStatus,
  createdAt: instant,
  expiresAt: instant,
});
export type EndorsementRequest = z.infer<typeof endorsementRequest>;

export const endorseParams = z.object({ token: plainString().min(1).max(200) });

const levelWords = z.object({ level, label: z.string(), meaning: z.string() });

/** What the endorser sees: who asks, about what, and the level words to judge by. Nothing else of the account. */
export const endorsementInvitation = z.object({
  ownerName: z.string(),
  endorserName: z.string(),
  message: z.string().nullable(),
  skills: z.array(z.object({ id, name: z.string() })),
  artifact: z.object({ title: z.string(), kind: artifactKind, url: z.string().nullable() }).nullable(),
  levels: z.array(levelWords),
  expiresAt: instant,
});
export type EndorsementInvitation = z.infer<typeof endorsementInvitation>;

export const observation = z.object({ skillId: id, level });
export type Observation = z.infer<typeof observation>;

export const endorsementSubmit = z.object({
  quote: text(endorsementLimits.quote, 'Your endorsement'),
  relationship: optionalText(endorsementLimits.relationship),
  observations: z
    .array(observation)
    .max(10, 'Name at most 10 skills.')
    .refine((list) => new Set(list.map((o) => o.skillId)).size === list.length, 'Name each skill once.')
    .default([]),
  showName: z.boolean().default(false),
});
export type EndorsementSubmit = z.infer<typeof endorsementSubmit>;

export const endorsementSubmitted = z.object({ thanks: z.string() });

export const endorsementStatus = z.enum(['pending', 'approved', 'hidden']);
export type EndorsementStatus = z.infer<typeof endorsementStatus>;

export const endorsement = z.object({
  id,
  requestId: id,
  /** The name the owner asked; shown to others only when `showName`. */
  endorserName: z.string(),
  relationship: z.string().nullable(),
  quote: z.string(),
  observations: z.array(observation.extend({ skillName: z.string().nullable() })),
  showName: z.boolean(),
  status: endorsementStatus,
  request: z.object({ message: z.string().nullable(), artifactId: id.nullable(), createdAt: instant }),
  version: z.number().int(),
  createdAt: instant,
});
export type Endorsement = z.infer<typeof endorsement>;

export const endorsementPatch = z.object({ version, status: z.enum(['approved', 'hidden']) });
export type EndorsementPatch = z.infer<typeof endorsementPatch>;

/** An approved endorsement as others may see it: the name only when the endorser allowed it. */
export const sharedEndorsement = z.object({
  quote: z.string(),
  name: z.string().nullable(),
  relationship: z.string().nullable(),
  skills: z.array(z.string()),
});
export type SharedEndorsement = z.infer<typeof sharedEndorsement>;

/** Approved quotes grouped by skill; `skillId` null is the "general" group of quotes naming no skill. */
export const endorsementSheet = z.object({
  groups: z.array(
    z.object({
      skillId: id.nullable(),
      skillName: z.string(),
      quotes: z.array(
        z.object({
          quote: z.string(),
          name: z.string().nullable(),
          relationship: z.string().nullable(),
          level: level.nullable(),
        }),
      ),
    }),
  ),
});
export type EndorsementSheet = z.infer<typeof endorsementSheet>;
