/**
 * Who may read or change whose map data: one decision for every route. Pure: the grants are
 * loaded by the caller (src/services/access.ts) on every request, so a change or a revocation
 * counts from the next request on.
 */

/** The parts of a map an engineer shares, each on or off (wire values). */
export const sections = ['map', 'cycles', 'evidence', 'feedback', 'self-checks'] as const;
export type Section = (typeof sections)[number];

/**
 * What a read or write touches: a section, or `levels`, the narrow part of `map` (skills and
 * their current levels only) that a team member's `levels` consent shares.
 */
export type Target = Section | 'levels';

/** `comment` and `rate` are the mentor's own records about the owner's (comments, ratings). */
export const actions = ['read', 'write', 'comment', 'rate'] as const;
export type Action = (typeof actions)[number];

export const consents = ['levels', 'goals', 'everything'] as const;
export type Consent = (typeof consents)[number];

/** What the owner gave this caller: a mentorship's sections, or a team membership's consent. */
export type Grant =
  | { via: 'mentorship'; id: string; sections: readonly Section[] }
  | { via: 'team'; id: string; consent: Consent };

export interface Caller {
  userId: string;
  role: 'admin' | 'member';
}

export type Via = 'owner' | Grant['via'];

export type Decision = { allowed: true; via: Via; grantId: string | null } | { allowed: false };

export interface AccessRequest {
  caller: Caller;
  ownerId: string;
  target: Target;
  action: Action;
  /** The grants the owner gave this caller (and only those). */
  grants: readonly Grant[];
}

/** Each consent widens the one before it: levels, then goals (destinations and cycles), then evidence. */
const consentReach: Record<Consent, readonly Target[]> = {
  levels: ['levels'],
  goals: ['levels', 'map', 'cycles'],
  everything: ['levels', 'map', 'cycles', 'evidence'],
};

/** A mentor who holds `map` holds its narrow part too. */
const mentorReaches = (granted: readonly Section[], target: Target): boolean =>
  target === 'levels' ? granted.includes('map') : granted.includes(target);

/** What a mentor may do on a section they hold: read it and write their own comments and ratings, never the owner's records. */
const mentorActions: readonly Action[] = ['read', 'comment', 'rate'];

function allowedBy(grant: Grant, target: Target, action: Action): boolean {
  if (grant.via === 'mentorship') return mentorActions.includes(action) && mentorReaches(grant.sections, target);
  // A team lead reads what the member consented to, and nothing else: no comments, no ratings.
  return action === 'read' && consentReach[grant.consent].includes(target);
}

/**
 * Whether the caller may do this, and why. The owner may do everything with their own records;
 * anyone else only what a grant allows. The administrator role adds nothing here: administering
 * the instance does not include reading other people's maps.
 */
export function decideAccess(request: AccessRequest): Decision {
  if (request.caller.userId === request.ownerId) return { allowed: true, via: 'owner', grantId: null };
  // Mentorship first: when both a mentorship and a team allow a read, the log names the mentorship.
  const ordered = [...request.grants].sort((a, b) => (a.via === b.via ? 0 : a.via === 'mentorship' ? -1 : 1));
  const grant = ordered.find((g) => allowedBy(g, request.target, request.action));
  return grant ? { allowed: true, via: grant.via, grantId: grant.id } : { allowed: false };
}

/** The section a target is logged under in the access log. */
export const sectionOf = (target: Target): Section => (target === 'levels' ? 'map' : target);
