import * as invitations from '../db/repositories/invitations.js';
import * as passwordResets from '../db/repositories/passwordResets.js';
import * as sessions from '../db/repositories/sessions.js';
import * as tokens from '../db/repositories/tokens.js';
import * as users from '../db/repositories/users.js';
import { DAY, addMilliseconds } from '../domain/time.js';
import type { Role, User } from '../schemas/accounts.js';
import { setPassword } from './accounts.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { conflict, forbidden, notFound } from './errors.js';
import { hashSecret, newSecret } from './secrets.js';
import { updateOrConflict } from './versioned.js';

const INVITATION_LIFETIME = 7 * DAY;
const RESET_LIFETIME = 1 * DAY;

function assertAdmin(actor: Actor): void {
  if (actor.user.role !== 'admin') throw forbidden('Only an administrator can do that.');
}

export async function createInvitation(deps: ServiceDeps, actor: Actor) {
  assertAdmin(actor);
  const token = newSecret();
  const id = newId();
  const expiresAt = addMilliseconds(deps.clock.now(), INVITATION_LIFETIME).toISOString();
  await invitations.insertInvitation(deps.db, {
    id,
    hash: hashSecret(token),
    createdBy: actor.user.id,
    now: nowIso(deps),
    expiresAt,
  });
  return { id, url: `${deps.baseUrl}/join/${token}`, expiresAt };
}

export async function listInvitations(deps: ServiceDeps, actor: Actor) {
  assertAdmin(actor);
  return invitations.listOpenInvitations(deps.db, nowIso(deps));
}

export async function revokeInvitation(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  assertAdmin(actor);
  if (!(await invitations.revokeInvitation(deps.db, id, nowIso(deps)))) throw notFound('That open invitation');
}

export async function invitationIsOpen(deps: ServiceDeps, token: string): Promise<boolean> {
  return invitations.invitationIsOpen(deps.db, hashSecret(token), nowIso(deps));
}

export async function listUsers(deps: ServiceDeps, actor: Actor): Promise<User[]> {
  assertAdmin(actor);
  return users.listUsers(deps.db);
}

/** Role and enabled state; the last enabled administrator always stays one. */
export async function updateUser(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  patch: { version: number; role?: Role; disabled?: boolean },
): Promise<User> {
  assertAdmin(actor);
  return withTransaction(deps.db, async (trx) => {
    const found = async () => {
      const user = await users.findUserById(trx, id);
      if (!user) throw notFound('That user');
      return user;
    };
    const target = await found();
    const losesAdmin = target.role === 'admin' && !target.disabled && (patch.role === 'member' || patch.disabled === true);
    if (losesAdmin && (await users.countEnabledAdmins(trx)) <= 1) {
      throw conflict('This is the last administrator. Make someone else an administrator first.');
    }
    await updateOrConflict(() => users.updateUser(trx, id, patch.version, patch, nowIso(deps)), found);
    // Disabling ends every way in: sessions and access tokens are deleted, not suspended, so
    // re-enabling the account does not revive a token someone may have copied meanwhile.
    if (patch.disabled) {
      await sessions.deleteUserSessions(trx, id);
      await tokens.deleteTokens(trx, id);
    }
    return found();
  });
}

/** A one-time link the administrator hands over, so no mail server is needed. */
export async function issuePasswordReset(deps: ServiceDeps, actor: Actor, userId: string) {
  assertAdmin(actor);
  if (!(await users.findUserById(deps.db, userId))) throw notFound('That user');
  const token = newSecret();
  const expiresAt = addMilliseconds(deps.clock.now(), RESET_LIFETIME).toISOString();
  await passwordResets.insertPasswordReset(deps.db, {
    id: newId(),
    hash: hashSecret(token),
    userId,
    now: nowIso(deps),
    expiresAt,
  });
  return { url: `${deps.baseUrl}/reset/${token}`, expiresAt };
}

export async function passwordResetIsOpen(deps: ServiceDeps, token: string): Promise<boolean> {
  return passwordResets.passwordResetIsOpen(deps.db, hashSecret(token), nowIso(deps));
}

export async function resetPassword(deps: ServiceDeps, token: string, password: string): Promise<User> {
  return withTransaction(deps.db, async (trx) => {
    const inner = { ...deps, db: trx };
    const userId = await passwordResets.claimPasswordReset(trx, hashSecret(token), nowIso(deps));
    const user = userId ? await users.findUserById(trx, userId) : null;
    if (!user) throw notFound('That reset link');
    // A refused password throws, which rolls back the claim: the link still works.
    await setPassword(inner, user, password);
    return user;
  });
}
