import type * as Client from 'openid-client';
import { isUniqueViolation } from '../db/errors.js';
import * as maps from '../db/repositories/map.js';
import * as oidc from '../db/repositories/oidc.js';
import * as users from '../db/repositories/users.js';
import { MINUTE, addMilliseconds } from '../domain/time.js';
import { type User, email as emailSchema, setupBody, timeZone } from '../schemas/accounts.js';
import type { SsoFailure } from '../schemas/oidc.js';
import { type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { AppError, notFound } from './errors.js';
import { type OpenIdProvider, openIdClient } from './openIdProvider.js';
import { type Allowance, takePublicAllowance } from './publicLimits.js';
import { hashSecret, newSecret } from './secrets.js';

/** How long a browser may take at the provider. */
export const LOGIN_LENGTH = 10 * MINUTE;
/** Per address and per step, the same as sign-in's allowance per address. */
const allowance: Allowance = { limit: 50, windowMs: 15 * MINUTE };

/** A single sign-on that ends on the sign-in page, with the reason shown there. */
export class SsoRefused extends Error {
  constructor(
    readonly reason: SsoFailure,
    cause?: unknown,
  ) {
    super(`single sign-on refused: ${reason}`, { cause });
  }
}

function providerOf(deps: ServiceDeps): OpenIdProvider {
  if (!deps.oidc) throw notFound('Single sign-on');
  return deps.oidc;
}

/**
 * A pending login for this browser: the cookie's secret (only its hash is stored, with the PKCE
 * verifier, state and nonce) and the provider's address to send the browser to.
 */
export async function beginSingleSignOn(deps: ServiceDeps, address: string): Promise<{ cookie: string; location: string }> {
  const provider = providerOf(deps);
  await spend(deps, 'oidc-start', address);
  const configuration = await reach(provider);
  const client = await openIdClient();
  const [state, nonce, codeVerifier, cookie] = [
    client.randomState(),
    client.randomNonce(),
    client.randomPKCECodeVerifier(),
    newSecret(),
  ];
  const now = deps.clock.now();
  await oidc.pruneLogins(deps.db, now.toISOString());
  await oidc.insertLogin(deps.db, {
    idHash: hashSecret(cookie),
    state,
    nonce,
    codeVerifier,
    now: now.toISOString(),
    expiresAt: addMilliseconds(now, LOGIN_LENGTH).toISOString(),
  });
  const location = client.buildAuthorizationUrl(configuration, {
    redirect_uri: provider.redirectUri,
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { cookie, location: location.href };
}

export interface ProviderAnswer {
  /** The pending login's cookie, if the browser sent it. */
  cookie: string | undefined;
  /** The callback's query as the provider sent it. */
  query: Record<string, string | undefined>;
  address: string;
}

/**
 * OpenID Connect says `email_verified` is a boolean; some providers (Amazon Cognito's userinfo)
 * send the string "true". Anything else is unverified.
 */
const isVerified = (claim: unknown): boolean => claim === true || claim === 'true';

/** Checks the provider's answer and finds (or, when sign-up is open, creates) the account it names. */
export async function finishSingleSignOn(deps: ServiceDeps, answer: ProviderAnswer): Promise<User> {
  const provider = providerOf(deps);
  await spend(deps, 'oidc-callback', answer.address);
  // Taken before anything else, so each pending login is answered once, right or wrong.
  const login = answer.cookie ? await oidc.takeLogin(deps.db, hashSecret(answer.cookie)) : null;
  if (!login || login.expiresAt <= nowIso(deps)) throw new SsoRefused('expired');
  if (answer.query.state !== login.state) throw new SsoRefused('state');
  if (answer.query.error) throw new SsoRefused('denied');
  const person = await verifiedPerson(provider, await reach(provider), answer.query, login);
  return accountFor(deps, person);
}

interface Person {
  issuer: string;
  subject: string;
  email: string;
  name: string | null;
  timeZone: string | null;
}

async function verifiedPerson(
  provider: OpenIdProvider,
  configuration: Client.Configuration,
  query: Record<string, string | undefined>,
  login: oidc.PendingLogin,
): Promise<Person> {
  const client = await openIdClient();
  const currentUrl = new URL(provider.redirectUri);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) currentUrl.searchParams.set(name, value);
  try {
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('the token answer has no ID token');
    // Many providers leave the email out of the ID token and answer it from userinfo only.
    const claims =
      'email' in idToken && 'email_verified' in idToken
        ? idToken
        : { ...idToken, ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)) };
    const email = emailSchema.safeParse(claims.email);
    if (!isVerified(claims.email_verified) || !email.success) throw new SsoRefused('unverified');
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      email: email.data,
      name: typeof claims.name === 'string' ? claims.name : null,
      timeZone: timeZone.safeParse(claims.zoneinfo).data ?? null,
    };
  } catch (error) {
    if (error instanceof SsoRefused) throw error;
    throw new SsoRefused('failed', error);
  }
}

/** The account linked to the provider's subject, else the one with the verified email; linked from now on. */
async function accountFor(deps: ServiceDeps, person: Person): Promise<User> {
  const found =
    (await oidc.findLinkedUser(deps.db, person.issuer, person.subject)) ??
    (await users.findCredentials(deps.db, { email: person.email }))?.user;
  if (found?.disabled) throw new SsoRefused('disabled');
  const link = (userId: string) =>
    oidc.linkIdentity(deps.db, { issuer: person.issuer, subject: person.subject, userId, now: nowIso(deps) });
  if (found) {
    await link(found.id);
    return found;
  }
  // Joining freely needs open sign-up, and someone must have set the instance up as its administrator.
  if (deps.signup !== 'open' || (await users.countUsers(deps.db)) === 0) throw new SsoRefused('no-account');
  try {
    return await createAccount(deps, person);
  } catch (error) {
    // The same person's sign-in in another tab made the account a moment ago: use that one.
    const made = isUniqueViolation(error) ? (await users.findCredentials(deps.db, { email: person.email }))?.user : null;
    if (!made) throw error;
    await link(made.id);
    return made;
  }
}

async function createAccount(deps: ServiceDeps, person: Person): Promise<User> {
  return withTransaction(deps.db, async (trx) => {
    const now = nowIso(deps);
    const user = await users.insertUser(trx, {
      id: newId(),
      email: person.email,
      name: nameOf(person),
      // None: the person signs in through the provider, and may set a password on the account screen.
      passwordHash: null,
      role: 'member',
      timeZone: person.timeZone ?? 'UTC',
      now,
    });
    await maps.insertMap(trx, { id: newId(), userId: user.id, title: `Growth Map for ${user.name}`, now });
    await oidc.linkIdentity(trx, { issuer: person.issuer, subject: person.subject, userId: user.id, now });
    return user;
  });
}

/** The provider's name for the person when the sign-up form would take it, else the email's local part. */
function nameOf(person: Person): string {
  const name = setupBody.shape.name.safeParse(person.name?.slice(0, 100));
  return name.data ?? (person.email.split('@')[0] || person.email);
}

async function spend(deps: ServiceDeps, step: string, address: string): Promise<void> {
  try {
    await takePublicAllowance(deps, step, address, allowance);
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') throw new SsoRefused('rate-limited');
    throw error;
  }
}

async function reach(provider: OpenIdProvider): Promise<Client.Configuration> {
  try {
    return await provider.configuration();
  } catch (error) {
    throw new SsoRefused('failed', error);
  }
}
