import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, type ApiHarness, type Caller, password, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';
import { type ProviderAccount, type TestProvider, signInAtProvider, startOidcProvider } from '../support/oidcProvider.js';

// Never contacted: the app answers through inject, and the provider only sends the browser there.
const baseUrl = 'http://127.0.0.1:3999';
const redirectUri = `${baseUrl}/api/v1/oidc/callback`;

const person = (login: string, email: string, emailVerified: ProviderAccount['emailVerified'] = true): ProviderAccount => ({
  login,
  email,
  emailVerified,
  name: `${login[0]?.toUpperCase()}${login.slice(1)} at Test ID`,
});

function cookieSet(answer: Answer, name: string): string | null {
  const header = answer.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  return lines.find((line) => line.startsWith(`${name}=`)) ?? null;
}

const cookieValue = (line: string | null) => line?.split(';')[0]?.split('=')[1] ?? '';

/** Starts a sign-in, answers the provider's address, and the pending login's cookie. */
async function start(caller: Caller) {
  const answer = await caller.get('/api/v1/oidc/start');
  expect(answer.status).toBe(303);
  return { location: String(answer.headers.location), loginCookie: cookieValue(cookieSet(answer, 'gm_oidc')), answer };
}

/** The provider's answer brought back to the callback, as the browser brings it (with the login cookie). */
function callback(caller: Caller, url: URL, loginCookie: string | null) {
  return caller.request(
    'GET',
    `${url.pathname}${url.search}`,
    undefined,
    loginCookie ? { cookie: `gm_oidc=${loginCookie}` } : {},
  );
}

/** The whole journey: start, sign in at the provider as `login`, come back. */
async function singleSignOn(caller: Caller, login: string) {
  const { location, loginCookie } = await start(caller);
  return callback(caller, await signInAtProvider(location, login, redirectUri), loginCookie);
}

describe.each(engines)('single sign-on with OpenID Connect on %s', (engine) => {
  let provider: TestProvider;
  let open: ApiHarness;
  let invite: ApiHarness;

  beforeAll(async () => {
    provider = await startOidcProvider({
      redirectUri,
      accounts: [
        person('ada', 'ada@example.test'),
        person('eve', 'bob@example.test', false),
        person('newcomer', 'Newcomer@Example.test'),
        person('admin', 'admin@example.test'),
        person('stranger', 'stranger@example.test'),
      ],
    });
    open = await startApi(engine, { signup: 'open', baseUrl, env: provider.env });
    invite = await startApi(engine, { signup: 'invite', baseUrl, env: provider.env });
    await open.admin();
    await open.member('Ada');
    await open.member('Bob');
    await invite.admin();
  });

  afterAll(async () => {
    await open?.close();
    await invite?.close();
    await provider?.stop();
  });

  it('tells the sign-in page that single sign-on is there, and its name', async () => {
    expect(await open.caller().call('GET /api/v1/setup')).toEqual({
      needsSetup: false,
      signup: 'open',
      singleSignOn: { label: 'Test ID' },
    });
  });

  it('sends the browser to the provider with PKCE, state and nonce, tied to it by a short HttpOnly Lax cookie', async () => {
    const { location, answer } = await start(open.caller());
    const url = new URL(location);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: provider.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    for (const name of ['code_challenge', 'state', 'nonce']) expect(url.searchParams.get(name)).toMatch(/^[\w-]{43}$/);
    const cookie = cookieSet(answer, 'gm_oidc') ?? '';
    expect(cookie).toMatch(/; Max-Age=600; Path=\/api\/v1\/oidc; HttpOnly; SameSite=Lax$/);
    expect(cookieValue(cookie)).not.toContain(url.searchParams.get('state'));
  });

  it('signs in an existing password user whose verified email matches, with the normal session and CSRF token', async () => {
    const browser = open.caller();
    const { location, loginCookie } = await start(browser);
    const back = await signInAtProvider(location, 'ada', redirectUri);
    const answer = await callback(browser, back, loginCookie);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/map');
    expect(cookieSet(answer, 'gm_session')).toMatch(/HttpOnly; SameSite=Lax/);
    expect(cookieSet(answer, 'gm_oidc')).toMatch(/^gm_oidc=;/);
    const me = await browser.call('GET /api/v1/me');
    expect(me.user).toMatchObject({ email: 'ada@example.test', name: 'Ada' });
    // The normal session: a change with its CSRF token works.
    await browser.call('PATCH /api/v1/map', { body: { title: 'Ada through single sign-on', version: 1 } });

    // The provider's answer works once: the pending login was taken.
    const replay = await callback(open.caller(), back, loginCookie);
    expect(replay.headers.location).toBe('/sign-in?sso=expired');
    expect(cookieSet(replay, 'gm_session')).toBeNull();
  });

  it('finds the linked account again after the email changes at the provider', async () => {
    provider.account(person('ada', 'ada.lovelace@example.test'));
    try {
      const browser = open.caller();
      expect((await singleSignOn(browser, 'ada')).headers.location).toBe('/map');
      expect((await browser.call('GET /api/v1/me')).user.email).toBe('ada@example.test');
    } finally {
      provider.account(person('ada', 'ada@example.test'));
    }
  });

  it('refuses an answer whose state is not the one this browser was sent with', async () => {
    const browser = open.caller();
    const { location, loginCookie } = await start(browser);
    const back = await signInAtProvider(location, 'ada', redirectUri);
    back.searchParams.set('state', 'x'.repeat(43));
    const answer = await callback(browser, back, loginCookie);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/sign-in?sso=state');
    expect(cookieSet(answer, 'gm_session')).toBeNull();
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses an answer brought by a browser that did not start the sign-in', async () => {
    const { location } = await start(open.caller());
    const back = await signInAtProvider(location, 'ada', redirectUri);
    const other = open.caller();
    expect((await callback(other, back, null)).headers.location).toBe('/sign-in?sso=expired');
    expect((await other.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses an email the provider has not verified, even when an account has it', async () => {
    const browser = open.caller();
    const answer = await singleSignOn(browser, 'eve');
    expect(answer.headers.location).toBe('/sign-in?sso=unverified');
    expect(cookieSet(answer, 'gm_session')).toBeNull();
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('takes email_verified sent as the string "true", as some providers send it, and refuses "false"', async () => {
    provider.account(person('cognito', 'cognito@example.test', 'true'));
    provider.account(person('doubtful', 'doubtful@example.test', 'false'));
    const browser = open.caller();
    expect((await singleSignOn(browser, 'cognito')).headers.location).toBe('/map');
    expect((await browser.call('GET /api/v1/me')).user.email).toBe('cognito@example.test');
    const refused = open.caller();
    expect((await singleSignOn(refused, 'doubtful')).headers.location).toBe('/sign-in?sso=unverified');
    expect((await refused.get('/api/v1/me')).status).toBe(401);
  });

  it('says when the person cancelled at the provider', async () => {
    const browser = open.caller();
    const { location, loginCookie } = await start(browser);
    const state = new URL(location).searchParams.get('state') ?? '';
    const back = new URL(`${redirectUri}?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`);
    expect((await callback(browser, back, loginCookie)).headers.location).toBe('/sign-in?sso=denied');
  });

  it('creates the account when sign-up is open, named as the provider names the person, without a password', async () => {
    const browser = open.caller();
    expect((await singleSignOn(browser, 'newcomer')).headers.location).toBe('/map');
    const { user } = await browser.call('GET /api/v1/me');
    expect(user).toMatchObject({ email: 'newcomer@example.test', name: 'Newcomer at Test ID', role: 'member' });
    expect((await browser.call('GET /api/v1/map')).title).toBe('Growth Map for Newcomer at Test ID');
    // No password was set: the password form cannot sign in to it.
    const withPassword = await open.caller().post('/api/v1/session', { email: 'newcomer@example.test', password });
    expect(withPassword.status).toBe(401);
  });

  it('makes one account when the same new person comes back in two tabs at once', async () => {
    provider.account(person('twin', 'twin@example.test'));
    const tabs = [open.caller(), open.caller()];
    const answers = await Promise.all(
      tabs.map(async (tab) => {
        const { location, loginCookie } = await start(tab);
        return { tab, back: await signInAtProvider(location, 'twin', redirectUri), loginCookie };
      }),
    );
    const landed = await Promise.all(answers.map(({ tab, back, loginCookie }) => callback(tab, back, loginCookie)));
    expect(landed.map((answer) => answer.headers.location)).toEqual(['/map', '/map']);
    const ids = await Promise.all(tabs.map(async (tab) => (await tab.call('GET /api/v1/me')).user.id));
    expect(ids[0]).toBe(ids[1]);
  });

  it('refuses a stranger when joining needs an invitation, and still signs in someone who has an account', async () => {
    const stranger = invite.caller();
    const refused = await singleSignOn(stranger, 'stranger');
    expect(refused.headers.location).toBe('/sign-in?sso=no-account');
    expect((await stranger.get('/api/v1/me')).status).toBe(401);
    const users = await (await signedInAdmin(invite)).call('GET /api/v1/users');
    expect(users.map((u) => u.email)).toEqual(['admin@example.test']);
    const admin = invite.caller();
    expect((await singleSignOn(admin, 'admin')).headers.location).toBe('/map');
    expect((await admin.call('GET /api/v1/me')).user.role).toBe('admin');
  });

  it('refuses a disabled account', async () => {
    const admin = await signedInAdmin(open);
    const bob = (await admin.call('GET /api/v1/users')).find((u) => u.email === 'bob@example.test');
    provider.account(person('bob', 'bob@example.test'));
    await admin.call('PATCH /api/v1/users/{id}', {
      params: { id: bob?.id ?? '' },
      body: { disabled: true, version: bob?.version ?? 0 },
    });
    expect((await singleSignOn(open.caller(), 'bob')).headers.location).toBe('/sign-in?sso=disabled');
  });

  it('forgets the link when the account is deleted: the same provider account then starts afresh', async () => {
    provider.account(person('carol', 'carol@example.test'));
    const carol = await open.member('Carol');
    expect((await singleSignOn(open.caller(), 'carol')).headers.location).toBe('/map');
    const links = () =>
      open.runtime.database.db.selectFrom('user_identities').selectAll().where('subject', '=', 'carol').execute();
    expect(await links()).toHaveLength(1);
    await carol.call('DELETE /api/v1/me', { body: { confirm: 'carol@example.test', password } });
    expect(await links()).toEqual([]);
    const again = open.caller();
    expect((await singleSignOn(again, 'carol')).headers.location).toBe('/map');
    expect((await again.call('GET /api/v1/me')).user.name).toBe('Carol at Test ID');
  });

  it('makes the account without a password: password sign-in fails as a wrong password does, and the session says so', async () => {
    provider.account(person('dana', 'dana@example.test'));
    const dana = open.caller();
    expect((await singleSignOn(dana, 'dana')).headers.location).toBe('/map');
    expect((await dana.call('GET /api/v1/me')).hasPassword).toBe(false);
    const stored = await open.runtime.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'dana@example.test')
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toBe('');

    const tries = [
      { email: 'dana@example.test', password },
      // The hash an unknown email is checked against, so the work is the same: it opens nothing either.
      { email: 'dana@example.test', password: 'not-a-real-password-for-timing' },
      { email: 'nobody@example.test', password },
      { email: 'ada@example.test', password: 'not the password of ada' },
    ];
    const answers = [];
    for (const body of tries) answers.push(await open.caller().post('/api/v1/session', body));
    expect(new Set(answers.map((answer) => JSON.stringify([answer.status, answer.body])))).toHaveLength(1);
    expect(answers[0]?.status).toBe(401);

    // A password account keeps its password, and signing in says it has one.
    const ada = open.caller();
    expect((await ada.call('POST /api/v1/session', { body: { email: 'ada@example.test', password } })).hasPassword).toBe(true);
    expect((await ada.call('GET /api/v1/me')).hasPassword).toBe(true);
  });

  it('sets the first password without the current one, in the browser only; from then on the current one is needed', async () => {
    provider.account(person('erin', 'erin@example.test'));
    const erin = open.caller();
    await singleSignOn(erin, 'erin');
    // As the page does on arrival: the session's CSRF token.
    await erin.call('GET /api/v1/me');
    const first = 'erin chooses a long passphrase';

    // An access token of the account cannot turn itself into its password.
    const { token } = await erin.call('POST /api/v1/tokens', { body: { name: 'script' } });
    const script = open.caller();
    script.bearer = token;
    expect((await script.put('/api/v1/me/password', { newPassword: first })).status).toBe(403);
    // There is no current password, so none given is right.
    const guessed = await erin.put('/api/v1/me/password', { currentPassword: password, newPassword: first });
    expect(guessed.status).toBe(400);
    expect(guessed.body.error.fields).toEqual({ currentPassword: 'This is not your current password.' });

    const otherBrowser = open.caller();
    await singleSignOn(otherBrowser, 'erin');
    expect((await erin.put('/api/v1/me/password', { newPassword: first })).status).toBe(204);
    expect((await erin.call('GET /api/v1/me')).hasPassword).toBe(true);
    // Like a change: the other sessions end, this one stays.
    expect((await otherBrowser.get('/api/v1/me')).status).toBe(401);
    const signedIn = await open.caller().call('POST /api/v1/session', { body: { email: 'erin@example.test', password: first } });
    expect(signedIn).toMatchObject({ user: { email: 'erin@example.test' }, hasPassword: true });

    const again = await erin.put('/api/v1/me/password', { newPassword: 'erin tries to skip the old one' });
    expect(again.status).toBe(400);
    expect(again.body.error.fields).toEqual({ currentPassword: 'Enter your current password.' });
    await erin.call('PUT /api/v1/me/password', { body: { currentPassword: first, newPassword: 'erin picks yet another one' } });
  });

  it('deletes an account without a password on the typed email alone, in the browser only', async () => {
    provider.account(person('finn', 'finn@example.test'));
    const finn = open.caller();
    await singleSignOn(finn, 'finn');
    await finn.call('GET /api/v1/me');
    const { token } = await finn.call('POST /api/v1/tokens', { body: { name: 'script' } });
    const script = open.caller();
    script.bearer = token;
    expect((await script.delete('/api/v1/me', { confirm: 'finn@example.test' })).status).toBe(403);
    expect((await finn.delete('/api/v1/me', { confirm: 'someone@example.test' })).status).toBe(400);
    const guessed = await finn.delete('/api/v1/me', { confirm: 'finn@example.test', password });
    expect(guessed.body.error.fields).toEqual({ password: 'This is not your password.' });

    expect((await finn.delete('/api/v1/me', { confirm: 'finn@example.test' })).status).toBe(204);
    expect((await finn.get('/api/v1/me')).status).toBe(401);
    const gone = await open.runtime.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'finn@example.test')
      .execute();
    expect(gone).toEqual([]);
  });

  it('still asks a password account for its password to change it or to delete the account', async () => {
    const gus = await open.member('Gus');
    const change = await gus.put('/api/v1/me/password', { newPassword: 'gus wants a new passphrase' });
    expect(change.body.error.fields).toEqual({ currentPassword: 'Enter your current password.' });
    const remove = await gus.delete('/api/v1/me', { confirm: 'gus@example.test' });
    expect(remove.body.error.fields).toEqual({ password: 'Enter your password.' });
    expect((await gus.get('/api/v1/me')).status).toBe(200);
  });

  it('limits the sign-ins one address starts, like password sign-in', async () => {
    const visitor = open.caller('10.7.0.1');
    for (let i = 0; i < 50; i++) expect((await visitor.get('/api/v1/oidc/start')).status).toBe(303);
    const refused = await visitor.get('/api/v1/oidc/start');
    expect(refused.status).toBe(303);
    expect(refused.headers.location).toBe('/sign-in?sso=rate-limited');
  });
});

describe('single sign-on while it is not configured', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api?.close());

  it('has no button and answers 404', async () => {
    const visitor = api.caller();
    expect((await visitor.call('GET /api/v1/setup')).singleSignOn).toBeNull();
    expect((await visitor.get('/api/v1/oidc/start')).status).toBe(404);
    expect((await visitor.get('/api/v1/oidc/callback?code=x&state=y')).status).toBe(404);
  });
});

describe('single sign-on while the provider is down', () => {
  let api: ApiHarness;
  let provider: TestProvider;
  beforeAll(async () => {
    // A provider that was there and is gone: its port is closed.
    provider = await startOidcProvider({ redirectUri, accounts: [person('ada', 'ada@example.test')] });
    await provider.stop();
    api = await startApi('sqlite', { baseUrl, env: provider.env });
  });
  afterAll(() => api?.close());

  it('starts anyway, and a sign-in comes back to the sign-in page saying it did not work', async () => {
    const visitor = api.caller();
    expect((await visitor.call('GET /api/v1/setup')).singleSignOn).toEqual({ label: 'Test ID' });
    const answer = await visitor.get('/api/v1/oidc/start');
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/sign-in?sso=failed');
    expect(cookieSet(answer, 'gm_oidc')).toBeNull();
  });
});

async function signedInAdmin(api: ApiHarness): Promise<Caller> {
  const admin = api.caller();
  await admin.call('POST /api/v1/session', { body: { email: 'admin@example.test', password } });
  return admin;
}
