import { isUniqueViolation } from '../db/errors.js';
import * as accessLog from '../db/repositories/accessLog.js';
import * as invitations from '../db/repositories/invitations.js';
import * as mentorships from '../db/repositories/mentorships.js';
import * as users from '../db/repositories/users.js';
import { DAY, addMilliseconds } from '../domain/time.js';
import type {
  AccessLogEntry,
  AccessLogQuery,
  Mentorship,
  MentorshipCreate,
  MentorshipCreated,
  MentorshipPatch,
} from '../schemas/mentorships.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { invalid, notFound } from './errors.js';
import { mentorshipInvitationMail } from './mentorshipMail.js';
import { hashSecret, newSecret } from './secrets.js';
import { updateOrConflict } from './versioned.js';

/** As long as an administrator's invitation: a week to join. */
const INVITATION_LIFETIME = 7 * DAY;

const partyOf = (actor: Actor): mentorships.Party => ({ userId: actor.user.id, email: actor.user.email.toLowerCase() });

/** A mentorship the actor is on either side of; anyone else's is not found, exactly like an unknown id. */
async function visibleMentorship(deps: ServiceDeps, actor: Actor, id: string): Promise<Mentorship> {
  const found = await mentorships.findMentorship(deps.db, partyOf(actor), id);
  if (!found) throw notFound('That mentorship');
  return found;
}

async function engineersMentorship(deps: ServiceDeps, actor: Actor, id: string): Promise<Mentorship> {
  const found = await visibleMentorship(deps, actor, id);
  // The mentor sees it, but only the engineer decides what is shared: to the mentor it does not exist for changing.
  if (found.side !== 'engineer') throw notFound('That mentorship');
  return found;
}

export function listMentorships(deps: ServiceDeps, actor: Actor): Promise<Mentorship[]> {
  return mentorships.listMentorships(deps.db, partyOf(actor));
}

/**
 * An existing account is asked to accept; an email without one gets a link to join the instance
 * (an ordinary invitation, so it works when sign-up is `invite`), and the mentorship waits for
 * whoever joins with that email.
 */
export async function createMentorship(deps: ServiceDeps, actor: Actor, body: MentorshipCreate): Promise<MentorshipCreated> {
  const email = body.email.toLowerCase();
  if (email === actor.user.email.toLowerCase()) throw invalid({ email: 'Invite someone other than yourself.' });
  const existing = await users.findCredentials(deps.db, { email });
  const id = newId();
  const now = nowIso(deps);
  const token = existing ? null : newSecret();
  try {
    await withTransaction(deps.db, async (trx) => {
      const invitationId = token ? newId() : null;
      if (token && invitationId) {
        const expiresAt = addMilliseconds(deps.clock.now(), INVITATION_LIFETIME).toISOString();
        await invitations.insertInvitation(trx, {
          id: invitationId,
          hash: hashSecret(token),
          createdBy: actor.user.id,
          now,
          expiresAt,
        });
      }
      await mentorships.insertMentorship(trx, {
        id,
        engineerId: actor.user.id,
        mentorId: existing?.user.id ?? null,
        email,
        sections: body.sections,
        invitationId,
        now,
      });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? invalid({ email: 'You already invited this person.' }) : error;
  }
  const url = token ? `${deps.baseUrl}/join/${token}` : `${deps.baseUrl}/mentors`;
  const mailed = await mailInvitation(deps, actor, { to: email, url, joins: token !== null, sections: body.sections });
  return { ...(await visibleMentorship(deps, actor, id)), invitationUrl: token ? url : null, mailed };
}

async function mailInvitation(
  deps: ServiceDeps,
  actor: Actor,
  mail: { to: string; url: string; joins: boolean; sections: readonly string[] },
): Promise<boolean> {
  if (!deps.mailer) return false;
  try {
    await deps.mailer.send(mentorshipInvitationMail({ ...mail, engineer: actor.user }));
    return true;
  } catch {
    return false;
  }
}

export async function patchMentorship(deps: ServiceDeps, actor: Actor, id: string, patch: MentorshipPatch): Promise<Mentorship> {
  await engineersMentorship(deps, actor, id);
  await updateOrConflict(
    () => mentorships.updateSections(deps.db, id, patch.version, patch.sections, nowIso(deps)),
    () => engineersMentorship(deps, actor, id),
  );
  return engineersMentorship(deps, actor, id);
}

/** Either side ends it (an invitee declines the same way); grants are read per request, so it counts at once. */
export async function deleteMentorship(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await visibleMentorship(deps, actor, id);
  await mentorships.deleteMentorship(deps.db, id);
}

export async function acceptMentorship(deps: ServiceDeps, actor: Actor, id: string): Promise<Mentorship> {
  const found = await visibleMentorship(deps, actor, id);
  if (found.side !== 'mentor') throw notFound('That mentorship');
  if (found.status === 'active') return found;
  if (!(await mentorships.acceptMentorship(deps.db, partyOf(actor), id, nowIso(deps)))) throw notFound('That mentorship');
  return visibleMentorship(deps, actor, id);
}

export function listAccessLog(deps: ServiceDeps, actor: Actor, query: AccessLogQuery): Promise<AccessLogEntry[]> {
  return accessLog.listAccessLog(deps.db, actor.user.id, { limit: query.limit ?? 50, before: query.before });
}

/** The user's mentorships (both sides) and their whole access log, for "download everything". */
export async function exportMentorships(deps: ServiceDeps, actor: Actor) {
  const [all, log] = await Promise.all([
    listMentorships(deps, actor),
    accessLog.listAccessLog(deps.db, actor.user.id, { limit: null }),
  ]);
  return { mentorships: all, accessLog: log };
}
