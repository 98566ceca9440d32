import * as accessLog from '../db/repositories/accessLog.js';
import { type LiveRequest, findLiveRequest } from '../db/repositories/endorsements.js';
import { findUserIdByCalendarToken } from '../db/repositories/preferences.js';
import { activeMembersOfLedTeam, teamGrants } from '../db/repositories/teamMemberships.js';
import { mentorshipGrants } from '../db/repositories/mentorships.js';
import * as users from '../db/repositories/users.js';
import { type Action, type Grant, type Target, type Via, decideAccess, sectionOf } from '../domain/access.js';
import { dateIn } from '../domain/time.js';
import type { User } from '../schemas/accounts.js';
import { type Actor, type ServiceDeps, newId, nowIso } from './context.js';
import { notFound } from './errors.js';
import { hashSecret } from './secrets.js';

/**
 * Where grants come from: each source answers what each of the owners gave the viewer, in one
 * query whatever their number. Read on every request and never kept, so a narrowed or revoked
 * grant counts from the next request on. The teams feature adds its source (team memberships
 * with consent) to this list.
 */
export type GrantSource = (deps: ServiceDeps, ownerIds: readonly string[], viewerId: string) => Promise<Map<string, Grant[]>>;

export const grantSources: GrantSource[] = [
  (deps, ownerIds, viewerId) => mentorshipGrants(deps.db, ownerIds, viewerId),
  (deps, ownerIds, viewerId) => teamGrants(deps.db, viewerId, ownerIds),
];

/** Every grant each owner gave the viewer, from every source, read now. */
export async function grantsOf(deps: ServiceDeps, ownerIds: readonly string[], viewerId: string): Promise<Map<string, Grant[]>> {
  const bySource = await Promise.all(grantSources.map((source) => source(deps, ownerIds, viewerId)));
  return new Map(ownerIds.map((ownerId) => [ownerId, bySource.flatMap((grants) => grants.get(ownerId) ?? [])]));
}

/**
 * How a scope was given: by the owner, by a grant the policy weighed, or by a secret link with no
 * account behind it (an endorsement request's, a subscribed calendar feed's).
 */
export type ScopeVia = Via | 'endorsement-link' | 'calendar-feed';

/**
 * Whose records a repository reads, and for whom: made only here, by the policy, so a
 * repository given one knows the read was allowed. Writes take `via: 'owner'` scopes, and the
 * exceptions `workshopAttendees` (the sessions a workshop's lead records for its attendees) and
 * `forEndorsementLink` (the one endorsement a request's link gives) make.
 */
export class OwnerScope {
  /** Makes the type nominal: an object of the same shape is not a scope. */
  private readonly madeByPolicy = true;

  private constructor(
    readonly ownerId: string,
    /** Who reads; null for a link's bearer, who has no account. */
    readonly viewerId: string | null,
    readonly via: ScopeVia,
    /** The owner's time zone: "today" in what a viewer reads is the owner's today. */
    readonly ownerTimeZone: string,
  ) {}

  get isOwn(): boolean {
    return this.madeByPolicy && this.via === 'owner';
  }

  /** The caller's own records. */
  static own(actor: Actor): OwnerScope {
    return new OwnerScope(actor.user.id, actor.user.id, 'owner', actor.user.timeZone);
  }

  /**
   * The owner's own records for their weekly digest: no one is signed in, the scheduler reads what
   * the owner's home screen shows them, because they turned the digest on, and mails it to their
   * own address.
   */
  static forDigest(owner: User): OwnerScope {
    return new OwnerScope(owner.id, owner.id, 'owner', owner.timeZone);
  }

  /**
   * The request an endorsement link opens, and the scope its bearer acts in: only once the link's
   * hash matches a request that is neither withdrawn nor expired (null otherwise). The link is the
   * bearer's only authority, and it reaches what the request names of the owner's records (those
   * skills' names, that artifact's summary) and the one endorsement it is answered with.
   */
  static async forEndorsementLink(deps: ServiceDeps, token: string): Promise<{ scope: OwnerScope; request: LiveRequest } | null> {
    const request = await findLiveRequest(deps.db, hashSecret(token), nowIso(deps));
    if (!request) return null;
    return { scope: new OwnerScope(request.userId, null, 'endorsement-link', request.ownerTimeZone), request };
  }

  /**
   * The owner a subscribed calendar feed's address belongs to, and the scope a calendar app reads
   * their plan in: only once the address's hash matches the one the owner last made, and the owner
   * can still sign in (null otherwise). It reaches the cycles and preferences the feed is made of.
   */
  static async forCalendarFeed(deps: ServiceDeps, token: string): Promise<{ scope: OwnerScope; owner: User } | null> {
    const ownerId = await findUserIdByCalendarToken(deps.db, hashSecret(token));
    const owner = ownerId ? await users.findUserById(deps.db, ownerId) : null;
    if (!owner || owner.disabled) return null;
    return { scope: new OwnerScope(owner.id, null, 'calendar-feed', owner.timeZone), owner };
  }

  /** Someone else's records, as far as the policy allows: the same 404 as an unknown record otherwise. */
  static async granted(deps: ServiceDeps, actor: Actor, ownerId: string, targets: readonly Target[], action: Action) {
    const grants = (await grantsOf(deps, [ownerId], actor.user.id)).get(ownerId) ?? [];
    const caller = { userId: actor.user.id, role: actor.user.role };
    const decisions = targets.map((target) => decideAccess({ caller, ownerId, target, action, grants }));
    const first = decisions[0];
    if (!first?.allowed || decisions.some((d) => !d.allowed)) throw notFound();
    const owner = await users.findUserById(deps.db, ownerId);
    if (!owner) throw notFound();
    return new OwnerScope(ownerId, actor.user.id, first.via, owner.timeZone);
  }

  /**
   * The scopes a workshop's lead writes its `workshop` sessions through, one per attendee among
   * `userIds` who is an active member of the team the caller leads (the rule recordWorkshop keeps);
   * anyone else gets none. The one write on another's account a team allows: the session names the
   * team as partner and carries nothing the attendee wrote.
   */
  static async workshopAttendees(
    deps: ServiceDeps,
    actor: Actor,
    teamId: string,
    userIds: readonly string[],
  ): Promise<OwnerScope[]> {
    const members = await activeMembersOfLedTeam(deps.db, actor.user.id, teamId, userIds);
    return members.map((m) => new OwnerScope(m.userId, actor.user.id, m.userId === actor.user.id ? 'owner' : 'team', m.timeZone));
  }

  /**
   * Scopes over several owners at once (the mentor's dashboard), each with the targets the policy
   * allows from the grants it reads itself, as `granted` does for one owner: one query per grant
   * source and one for the owners' time zones, whatever their number. An owner allowed none of
   * the targets, or gone, gets no scope.
   */
  static async grantedEach<T extends Target>(
    deps: ServiceDeps,
    actor: Actor,
    ownerIds: readonly string[],
    targets: readonly T[],
    action: Action,
  ): Promise<{ scope: OwnerScope; targets: T[] }[]> {
    const caller = { userId: actor.user.id, role: actor.user.role };
    const [grantsByOwner, timeZones] = await Promise.all([
      grantsOf(deps, ownerIds, actor.user.id),
      users.timeZonesOf(deps.db, ownerIds),
    ]);
    return ownerIds.flatMap((ownerId) => {
      const grants = grantsByOwner.get(ownerId) ?? [];
      const timeZone = timeZones.get(ownerId);
      const allowed = targets.flatMap((target) => {
        const decision = decideAccess({ caller, ownerId, target, action, grants });
        return decision.allowed ? [{ target, via: decision.via }] : [];
      });
      const [first] = allowed;
      if (!first || timeZone === undefined) return [];
      return [{ scope: new OwnerScope(ownerId, actor.user.id, first.via, timeZone), targets: allowed.map((a) => a.target) }];
    });
  }
}

export const ownScope = (actor: Actor): OwnerScope => OwnerScope.own(actor);

/** The owner's today, in their time zone, whoever reads. */
export const todayOf = (deps: ServiceDeps, scope: OwnerScope): string => dateIn(scope.ownerTimeZone, deps.clock.now());

/**
 * The scope of one request with `?owner=`: the caller's own records without it (or with their own
 * id); otherwise what the owner granted for these targets, all of them, or 404. An allowed read of
 * someone else's records writes one access-log row, under the first target's section.
 */
export async function scopeFor(
  deps: ServiceDeps,
  actor: Actor,
  owner: string | undefined,
  targets: Target | readonly Target[],
  action: Action = 'read',
): Promise<OwnerScope> {
  if (owner === undefined || owner === actor.user.id) return ownScope(actor);
  const list = typeof targets === 'string' ? [targets] : targets;
  const scope = await OwnerScope.granted(deps, actor, owner, list, action);
  const [first] = list;
  if (action === 'read' && first) {
    await accessLog.insertAccessLog(deps.db, {
      id: newId(),
      ownerId: owner,
      viewerId: actor.user.id,
      section: sectionOf(first),
      via: scope.via,
      at: nowIso(deps),
    });
  }
  return scope;
}

/** Whose records a read is about: an actor reads their own; a scope reads what the policy allowed. */
export type Reader = Actor | OwnerScope;

export const scopeOf = (reader: Reader): OwnerScope => (reader instanceof OwnerScope ? reader : ownScope(reader));
