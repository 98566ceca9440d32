import * as maps from '../db/repositories/map.js';
import * as invitations from '../db/repositories/invitations.js';
import * as mentorships from '../db/repositories/mentorships.js';
import * as sessions from '../db/repositories/sessions.js';
import * as users from '../db/repositories/users.js';
import type { AccountPatch, SetupBody, SignInBody, SignUpBody, User } from '../schemas/accounts.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { AppError, conflict, forbidden, invalid, notFound } from './errors.js';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { hashSecret } from './secrets.js';
import { forgetSignInAttempts, reserveSignInAttempt } from './signInLimits.js';
import { updateOrConflict } from './versioned.js';

export async function needsSetup(deps: ServiceDeps): Promise<boolean> {
  return (await users.countUsers(deps.db)) === 0;
}

/** The first account is the administrator; after that, setup is closed. */
export async function setup(deps: ServiceDeps, body: SetupBody): Promise<User> {
  return withTransaction(deps.db, async (trx) => {
    if ((await users.countUsers(trx)) > 0) throw conflict('Growth Map is already set up. Sign in instead.');
    return createAccount({ ...deps, db: trx }, body, 'admin');
  });
}

/** Joining needs an open invitation unless SIGNUP=open. */
export async function signUp(deps: ServiceDeps, body: SignUpBody): Promise<User> {
  if (await needsSetup(deps)) throw conflict('Growth Map is not set up yet. Create the first account on the setup page.');
  return withTransaction(deps.db, async (trx) => {
    const inner = { ...deps, db: trx };
    if (body.invitation) {
      if (!(await invitations.invitationIsOpen(trx, hashSecret(body.invitation), nowIso(deps)))) {
        throw invalid({ invitation: 'This invitation link is used, revoked or expired. Ask for a new one.' });
      }
    } else if (deps.signup !== 'open') {
      throw forbidden('Joining needs an invitation link from an administrator.');
    }
    const user = await createAccount(inner, body, 'member');
    if (body.invitation && !(await invitations.claimInvitation(trx, hashSecret(body.invitation), user.id, nowIso(deps)))) {
      throw invalid({ invitation: 'This invitation link was just used. Ask for a new one.' });
    }
    return user;
  });
}

async function createAccount(deps: ServiceDeps, body: SetupBody, role: 'admin' | 'member'): Promise<User> {
  const problem = await passwordProblem(body.password, body);
  if (problem) throw invalid({ password: problem });
  if (await users.emailTaken(deps.db, body.email)) {
    throw invalid({ email: 'An account with this email already exists. Sign in instead.' });
  }
  const now = nowIso(deps);
  const user = await users.insertUser(deps.db, {
    id: newId(),
    email: body.email,
    name: body.name,
    passwordHash: await hashPassword(body.password),
    role,
    timeZone: body.timeZone ?? 'UTC',
    now,
  });
  await maps.insertMap(deps.db, { id: newId(), userId: user.id, title: `Growth Map for ${user.name}`, now });
  return user;
}

/** The same answer for an unknown email and a wrong password, after the same work. */
export async function signIn(deps: ServiceDeps, body: SignInBody, address: string): Promise<User> {
  const attempt = await reserveSignInAttempt(deps, body.email, address);
  const found = await users.findCredentials(deps.db, { email: body.email });
  const ok = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), body.password);
  // A disabled account answers exactly like a wrong password, so the answer never confirms that
  // the password was right; the attempt counts against the allowance the same way.
  if (!found || !ok || found.user.disabled) {
    throw new AppError('unauthenticated', 'That email and password do not match an account.');
  }
  await attempt.succeeded();
  return found.user;
}

async function ownAccount(deps: ServiceDeps, actor: Actor): Promise<User> {
  const user = await users.findUserById(deps.db, actor.user.id);
  if (!user) throw notFound('Your account');
  return user;
}

export async function updateAccount(deps: ServiceDeps, actor: Actor, patch: AccountPatch): Promise<User> {
  if (patch.email && (await users.emailTaken(deps.db, patch.email, actor.user.id))) {
    throw invalid({ email: 'Another account uses this email.' });
  }
  const { version, ...changes } = patch;
  await updateOrConflict(
    () => users.updateUser(deps.db, actor.user.id, version, changes, nowIso(deps)),
    () => ownAccount(deps, actor),
  );
  return ownAccount(deps, actor);
}

/** Every other session ends when the password changes. */
export async function changePassword(
  deps: ServiceDeps,
  actor: Actor,
  body: { currentPassword: string; newPassword: string },
  currentSessionHash: string | null,
): Promise<void> {
  const found = await users.findCredentials(deps.db, { id: actor.user.id });
  if (!found || !(await verifyPassword(found.passwordHash, body.currentPassword))) {
    throw invalid({ currentPassword: 'This is not your current password.' });
  }
  await setPassword(deps, found.user, body.newPassword, currentSessionHash ?? undefined);
}

export async function setPassword(deps: ServiceDeps, user: User, password: string, keepSessionHash?: string) {
  const problem = await passwordProblem(password, user);
  if (problem) throw invalid({ newPassword: problem, password: problem });
  await users.setPasswordHash(deps.db, user.id, await hashPassword(password), nowIso(deps));
  await sessions.deleteUserSessions(deps.db, user.id, keepSessionHash);
}

/** Deletes the account and, through the foreign keys, everything in it. */
export async function deleteAccount(deps: ServiceDeps, actor: Actor, body: { confirm: string; password: string }): Promise<void> {
  if (body.confirm.trim().toLowerCase() !== actor.user.email.toLowerCase()) {
    throw invalid({ confirm: 'Type your email address exactly to confirm.' });
  }
  const found = await users.findCredentials(deps.db, { id: actor.user.id });
  if (!found || !(await verifyPassword(found.passwordHash, body.password))) {
    throw invalid({ password: 'This is not your password.' });
  }
  if (actor.user.role === 'admin' && !actor.user.disabled && (await users.countEnabledAdmins(deps.db)) <= 1) {
    throw conflict('You are the last administrator. Make someone else an administrator first.');
  }
  // Rows that name the person without belonging to them go too: nothing of theirs is left.
  await withTransaction(deps.db, async (trx) => {
    await invitations.forgetInvitee(trx, actor.user.id);
    await mentorships.forgetInvitee(trx, actor.user.email);
    await forgetSignInAttempts({ ...deps, db: trx }, actor.user.email);
    await users.deleteUser(trx, actor.user.id);
  });
  await users.scrubDeletedBytes(deps.db);
}
