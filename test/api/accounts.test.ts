import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, Caller, password, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

describe.each(engines)('accounts over HTTP on %s', (engine) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await startApi(engine, { signup: 'invite' });
  });
  afterEach(() => api.close());

  it('sets up the administrator once, with an HttpOnly SameSite=Lax session cookie, then answers 409', async () => {
    expect((await api.caller().get('/api/v1/setup')).body).toEqual({ needsSetup: true, signup: 'invite', singleSignOn: null });
    const caller = api.caller();
    const answer = await caller.post('/api/v1/setup', { email: 'Ada@Example.test', name: 'Ada', password });
    expect(answer.status).toBe(201);
    expect(answer.body.user).toMatchObject({ email: 'ada@example.test', role: 'admin' });
    expect(answer.body.csrfToken).toEqual(expect.any(String));
    const cookie = String(answer.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const again = await api.caller().post('/api/v1/setup', { email: 'b@example.test', name: 'B', password });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('stores sessions and tokens only as hashes', async () => {
    const admin = await api.admin();
    const token = (await admin.post('/api/v1/tokens', { name: 'cli' })).body.token as string;
    const sessionSecret = admin.cookie?.split('=')[1] ?? '';
    const sessions = await api.runtime.database.db.selectFrom('sessions').selectAll().execute();
    const tokens = await api.runtime.database.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(sessions)).not.toContain(sessionSecret);
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect(sessionSecret.length).toBeGreaterThan(30);
  });

  it('requires the X-CSRF-Token header on cookie requests that change something, but not with a token', async () => {
    const admin = await api.admin();
    const map = (await admin.get('/api/v1/map')).body;
    const withoutHeader = await admin.request(
      'PATCH',
      '/api/v1/map',
      { version: map.version, title: 'X' },
      { 'x-csrf-token': 'wrong' },
    );
    expect(withoutHeader.status).toBe(403);
    expect((await admin.patch('/api/v1/map', { version: map.version, title: 'Mine' })).status).toBe(200);

    const token = (await admin.post('/api/v1/tokens', { name: 'script' })).body.token;
    const script = api.caller();
    script.bearer = token;
    const viaToken = await script.patch('/api/v1/map', { version: map.version + 1, title: 'From a script' });
    expect(viaToken.status).toBe(200);
    expect((await script.get('/api/v1/me')).body.user.email).toBe('admin@example.test');
  });

  it('signs in with a new session each time and signs out', async () => {
    await api.admin();
    const caller = api.caller();
    const first = await caller.post('/api/v1/session', { email: 'admin@example.test', password });
    expect(first.status).toBe(200);
    const firstCookie = caller.cookie;
    await caller.post('/api/v1/session', { email: 'admin@example.test', password });
    expect(caller.cookie).not.toBe(firstCookie);
    const stale = new Caller(api.runtime);
    stale.cookie = firstCookie;
    expect((await stale.get('/api/v1/me')).status).toBe(401);
    expect((await caller.delete('/api/v1/session')).status).toBe(204);
    expect((await caller.get('/api/v1/me')).status).toBe(401);
  });

  it('answers the 11th failure for one email with 429 and Retry-After', async () => {
    await api.admin();
    const caller = api.caller('198.51.100.1');
    for (let i = 0; i < 10; i++) {
      expect((await caller.post('/api/v1/session', { email: 'admin@example.test', password: 'not it at all' })).status).toBe(401);
    }
    const limited = await caller.post('/api/v1/session', { email: 'admin@example.test', password });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets an invited person join once; the link is single-use and expires in 7 days', async () => {
    const admin = await api.admin();
    const invitation = (await admin.post('/api/v1/invitations')).body;
    expect(invitation.url).toMatch(/\/join\/[\w-]+$/);
    const token = invitation.url.split('/').pop();
    expect((await api.caller().get(`/api/v1/join/${token}`)).body).toEqual({ valid: true });
    const joined = await api
      .caller()
      .post('/api/v1/users', { email: 'bo@example.test', name: 'Bo', password, invitation: token });
    expect(joined.status).toBe(201);
    expect(joined.body.user.role).toBe('member');
    const reused = await api
      .caller()
      .post('/api/v1/users', { email: 'cy@example.test', name: 'Cy', password, invitation: token });
    expect(reused.status).toBe(400);
    expect(reused.body.error.fields.invitation).toBeDefined();

    const later = (await admin.post('/api/v1/invitations')).body.url.split('/').pop();
    api.clock.advance(7 * 86_400_000 + 1000);
    const expired = await api
      .caller()
      .post('/api/v1/users', { email: 'dee@example.test', name: 'Dee', password, invitation: later });
    expect(expired.status).toBe(400);
  });

  it('lets an administrator revoke an open invitation', async () => {
    const admin = await api.admin();
    const invitation = (await admin.post('/api/v1/invitations')).body;
    expect((await admin.get('/api/v1/invitations')).body).toHaveLength(1);
    expect((await admin.delete(`/api/v1/invitations/${invitation.id}`)).status).toBe(204);
    expect((await admin.get('/api/v1/invitations')).body).toEqual([]);
    const token = invitation.url.split('/').pop();
    expect((await api.caller().get(`/api/v1/join/${token}`)).body).toEqual({ valid: false });
  });

  it('disables and re-enables a user, ending their sessions, and never removes the last administrator', async () => {
    const admin = await api.admin();
    const token = (await admin.post('/api/v1/invitations')).body.url.split('/').pop();
    const bo = api.caller();
    await bo.post('/api/v1/users', { email: 'bo@example.test', name: 'Bo', password, invitation: token });
    const users = (await admin.get('/api/v1/users')).body as { id: string; email: string; version: number }[];
    const boUser = users.find((u) => u.email === 'bo@example.test')!;
    const adminUser = users.find((u) => u.email === 'admin@example.test')!;

    const disabled = await admin.patch(`/api/v1/users/${boUser.id}`, { version: boUser.version, disabled: true });
    expect(disabled.body.disabled).toBe(true);
    expect((await bo.get('/api/v1/map')).status).toBe(401);
    expect((await api.caller().post('/api/v1/session', { email: 'bo@example.test', password })).status).toBe(401);
    await admin.patch(`/api/v1/users/${boUser.id}`, { version: disabled.body.version, disabled: false });
    expect((await api.caller().post('/api/v1/session', { email: 'bo@example.test', password })).status).toBe(200);

    const lastAdmin = await admin.patch(`/api/v1/users/${adminUser.id}`, { version: adminUser.version, role: 'member' });
    expect(lastAdmin.status).toBe(409);
    const selfDisable = await admin.patch(`/api/v1/users/${adminUser.id}`, { version: adminUser.version, disabled: true });
    expect(selfDisable.status).toBe(409);
  });

  it('issues a one-time password-reset link that sets a new password and ends old sessions', async () => {
    const admin = await api.admin();
    const users = (await admin.get('/api/v1/users')).body;
    const reset = (await admin.post(`/api/v1/users/${users[0].id}/password-reset`)).body;
    const token = reset.url.split('/').pop();
    const used = await api.caller().post(`/api/v1/password-resets/${token}`, { password: 'a brand new passphrase' });
    expect(used.status).toBe(200);
    expect((await admin.get('/api/v1/map')).status).toBe(401);
    expect((await api.caller().post(`/api/v1/password-resets/${token}`, { password: 'yet another passphrase' })).status).toBe(
      404,
    );
    expect(
      (await api.caller().post('/api/v1/session', { email: 'admin@example.test', password: 'a brand new passphrase' })).status,
    ).toBe(200);
  });

  it('creates, lists, uses and revokes personal access tokens; the secret is shown once', async () => {
    const admin = await api.admin();
    const created = await admin.post('/api/v1/tokens', { name: 'laptop', expiresAt: '2026-12-31' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^gm_/);
    const script = api.caller();
    script.bearer = created.body.token;
    expect((await script.get('/api/v1/map')).status).toBe(200);
    const listed = (await admin.get('/api/v1/tokens')).body;
    expect(listed[0]).toMatchObject({ name: 'laptop', lastUsedAt: expect.any(String) });
    expect(JSON.stringify(listed)).not.toContain(created.body.token);
    expect((await admin.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    expect((await script.get('/api/v1/map')).status).toBe(401);

    const expiring = (await admin.post('/api/v1/tokens', { name: 'short', expiresAt: '2026-03-03' })).body.token;
    script.bearer = expiring;
    expect((await script.get('/api/v1/map')).status).toBe(200);
    api.clock.advance(3 * 86_400_000);
    expect((await script.get('/api/v1/map')).status).toBe(401);
  });

  it('exports everything as JSON and deletes the account after the email is typed', async () => {
    await api.admin();
    const member = api.caller();
    const admin = api.caller();
    await admin.post('/api/v1/session', { email: 'admin@example.test', password });
    const token = (await admin.post('/api/v1/invitations')).body.url.split('/').pop();
    await member.post('/api/v1/users', { email: 'bo@example.test', name: 'Bo', password, invitation: token });
    await member.post('/api/v1/destinations', { title: 'Give two internal talks per quarter', category: 'personal-reputation' });
    const exported = await member.get('/api/v1/me/export');
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    expect(exported.body).toMatchObject({ format: 'growth-map-export', formatVersion: 2, user: { email: 'bo@example.test' } });
    expect(exported.body.records.destinations).toHaveLength(1);
    expect(exported.body.records).toMatchObject({ cycles: [], progress_entries: [], quarterly_reviews: [], self_checks: [] });
    const wrong = await member.delete('/api/v1/me', { confirm: 'someone else', password });
    expect(wrong.status).toBe(400);
    expect((await member.delete('/api/v1/me', { confirm: 'bo@example.test', password })).status).toBe(204);
    expect((await api.caller().post('/api/v1/session', { email: 'bo@example.test', password })).status).toBe(401);
  });
});

describe('sign-up while SIGNUP=open', () => {
  it('lets anyone join without an invitation', async () => {
    const api = await startApi('sqlite', { signup: 'open' });
    try {
      await api.admin();
      const joined = await api.caller().post('/api/v1/users', { email: 'eve@example.test', name: 'Eve', password });
      expect(joined.status).toBe(201);
    } finally {
      await api.close();
    }
  });

  it('marks the cookie Secure and asks for HTTPS only when BASE_URL is https', async () => {
    const api = await startApi('sqlite', { baseUrl: 'https://growth.example.test' });
    try {
      const answer = await api.caller().post('/api/v1/setup', { email: 'a@example.test', name: 'A', password });
      expect(String(answer.headers['set-cookie'])).toMatch(/Secure/);
      expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await api.close();
    }
  });
});
