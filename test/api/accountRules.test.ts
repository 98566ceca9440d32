import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { routes } from '../../src/schemas/routes.js';
import { type ApiHarness, type Caller, password, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

describe.each(engines)('account rules on %s', (engine) => {
  let api: ApiHarness;
  let admin: Caller;
  beforeEach(async () => {
    api = await startApi(engine);
    admin = await api.admin();
  });
  afterEach(() => api.close());

  async function member(name: string) {
    const caller = await api.member(name);
    const me = (await caller.get('/api/v1/me')).body.user;
    return { caller, me };
  }

  it('revokes the access tokens of a disabled user for good: re-enabling does not revive them', async () => {
    const { caller, me } = await member('Bo');
    const token = (await caller.post('/api/v1/tokens', { name: 'script' })).body.token as string;
    const script = api.caller();
    script.bearer = token;
    expect((await script.get('/api/v1/map')).status).toBe(200);

    const disabled = await admin.patch(`/api/v1/users/${me.id}`, { version: me.version, disabled: true });
    expect(disabled.status).toBe(200);
    expect((await script.get('/api/v1/map')).status).toBe(401);
    await admin.patch(`/api/v1/users/${me.id}`, { version: disabled.body.version, disabled: false });
    expect((await script.get('/api/v1/map')).status).toBe(401);
  });

  it('answers a disabled account with the right password exactly like a wrong password', async () => {
    const { me } = await member('Cy');
    await admin.patch(`/api/v1/users/${me.id}`, { version: me.version, disabled: true });
    const disabled = await api.caller().post('/api/v1/session', { email: 'cy@example.test', password });
    const wrong = await api.caller().post('/api/v1/session', { email: 'admin@example.test', password: 'not the password' });
    expect(disabled.status).toBe(401);
    expect(disabled.body).toEqual(wrong.body);
  });

  describe('Idempotency-Key on creates', () => {
    const goal = { title: 'Give two internal talks per quarter', category: 'personal-reputation' };
    const withKey = (caller: Caller, url: string, body: unknown, key: string) =>
      caller.request('POST', url, body, { 'idempotency-key': key });
    const destinationCount = async (caller: Caller) => (await caller.get('/api/v1/map')).body.destinations.length;

    it('answers a repeated create with the first result and creates once', async () => {
      const first = await withKey(admin, '/api/v1/destinations', goal, 'submission-1');
      const again = await withKey(admin, '/api/v1/destinations', goal, 'submission-1');
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await destinationCount(admin)).toBe(1);
      // A new key is a new submission.
      expect((await withKey(admin, '/api/v1/destinations', goal, 'submission-2')).body.id).not.toBe(first.body.id);
      expect(await destinationCount(admin)).toBe(2);
    });

    it('replays a create whose first answer went out compressed', async () => {
      const long = { ...goal, description: 'Rehearse each talk with the team first. '.repeat(30) };
      const first = await admin.request('POST', '/api/v1/destinations', long, {
        'idempotency-key': 'compressed-1',
        'accept-encoding': 'gzip',
      });
      expect(first.status).toBe(201);
      expect(first.headers['content-encoding']).toBe('gzip');
      const again = await withKey(admin, '/api/v1/destinations', long, 'compressed-1');
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body.description).toBe(long.description.trim());
      expect(await destinationCount(admin)).toBe(1);
    });

    it('creates once when the same key arrives twice at the same moment', async () => {
      const answers = await Promise.all([1, 2, 3].map(() => withKey(admin, '/api/v1/destinations', goal, 'double-click')));
      expect(answers.filter((a) => a.status === 201).length).toBeGreaterThanOrEqual(1);
      expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
      expect(await destinationCount(admin)).toBe(1);
    });

    it('keeps keys apart by user, by path and by day, and releases a key whose request was refused', async () => {
      const destination = (await withKey(admin, '/api/v1/destinations', goal, 'k')).body;
      const skill = await withKey(
        admin,
        `/api/v1/destinations/${destination.id}/skills`,
        { name: 'Talks', currentLevel: 'novice', targetLevel: 'expert' },
        'k',
      );
      expect(skill.status).toBe(201);
      const other = await api.member('Dee');
      expect((await withKey(other, '/api/v1/destinations', goal, 'k')).status).toBe(201);
      expect(await destinationCount(other)).toBe(1);

      api.clock.advance(24 * 60 * 60_000 + 1);
      expect((await withKey(admin, '/api/v1/destinations', goal, 'k')).body.id).not.toBe(destination.id);

      const refused = await withKey(admin, '/api/v1/destinations', { ...goal, title: '' }, 'fix-and-retry');
      expect(refused.status).toBe(400);
      expect((await withKey(admin, '/api/v1/destinations', goal, 'fix-and-retry')).status).toBe(201);
      expect(await destinationCount(admin)).toBe(3);
    });

    it('never keeps an answer that carries a secret: a token create ignores the key', async () => {
      const first = await withKey(admin, '/api/v1/tokens', { name: 'cli' }, 'token-key');
      const second = await withKey(admin, '/api/v1/tokens', { name: 'cli' }, 'token-key');
      expect(second.body.token).not.toBe(first.body.token);
      const kept = await api.runtime.database.db.selectFrom('idempotency_keys').select('body').execute();
      expect(JSON.stringify(kept)).not.toContain(first.body.token);
    });

    it('never replays a route flagged answersSecret in the route table: each call makes a new secret', async () => {
      expect(routes.calendar.renewFeed.answersSecret).toBe(true);
      expect(routes.admin.createInvitation.answersSecret).toBe(true);
      for (const url of ['/api/v1/calendar-feed', '/api/v1/invitations']) {
        const first = await withKey(admin, url, {}, `secret-${url}`);
        const second = await withKey(admin, url, {}, `secret-${url}`);
        expect([first.status, second.status]).toEqual([201, 201]);
        expect(second.headers['idempotent-replayed']).toBeUndefined();
        expect(second.body.url).not.toBe(first.body.url);
      }
      expect(await api.runtime.database.db.selectFrom('idempotency_keys').select('route').execute()).toEqual([]);
    });

    it('refuses a key that is not visible ASCII', async () => {
      const answer = await withKey(admin, '/api/v1/destinations', goal, 'ké y');
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields['Idempotency-Key']).toBeTruthy();
    });
  });

  it('leaves no trace of a deleted account: no references, no counters, no bytes in the SQLite file', async () => {
    const marker = 'qzxv7marker';
    const email = `${marker}@example.test`;
    const invitation = (await admin.post('/api/v1/invitations')).body.url.split('/').pop();
    const person = api.caller();
    const joined = await person.post('/api/v1/users', { email, name: `Name ${marker}`, password, invitation });
    expect(joined.status).toBe(201);
    const userId = joined.body.user.id;
    for (let i = 0; i < 30; i++) {
      await person.post('/api/v1/destinations', {
        title: `Become ${marker} ${i}`,
        category: 'craft-and-process',
        description: marker.repeat(40),
      });
    }
    await api.caller().post('/api/v1/session', { email, password: 'a wrong password' });

    expect((await person.delete('/api/v1/me', { confirm: email, password })).status).toBe(204);

    const db = api.runtime.database.db;
    expect(await db.selectFrom('invitations').select('id').where('used_by', '=', userId).execute()).toEqual([]);
    expect(await db.selectFrom('sign_in_attempts').select('key').where('key', 'like', `%${marker}%`).execute()).toEqual([]);
    if (engine === 'sqlite') {
      const { rows } = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db);
      const file = rows[0]!.file;
      for (const path of [file, `${file}-wal`]) {
        if (existsSync(path)) expect(readFileSync(path).includes(marker), path).toBe(false);
      }
    }
  });
});
