import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import * as accounts from './accounts.js';
import { rejection } from '../../test/support/rejection.js';
import { getMap } from './map.js';
import { resumeSession, startSession } from './sessions.js';

const password = 'a long and unusual passphrase';

describe.each(engines)('accounts on %s', (engine) => {
  let h: ServiceHarness;
  beforeEach(async () => {
    h = await serviceHarness(engine, { signup: 'invite' });
  });
  afterEach(() => h.dispose());

  it('makes the first account the administrator, with a map titled after them, and then closes setup', async () => {
    expect(await accounts.needsSetup(h.deps)).toBe(true);
    const admin = await accounts.setup(h.deps, { email: 'ada@example.test', name: 'Ada', password });
    expect(admin.role).toBe('admin');
    expect((await getMap(h.deps, { user: admin })).title).toBe('Growth Map for Ada');
    const again = await rejection(accounts.setup(h.deps, { email: 'bob@example.test', name: 'Bob', password }));
    expect(again.code).toBe('conflict');
  });

  it('refuses a common password with a message on the password field', async () => {
    const error = await rejection(accounts.setup(h.deps, { email: 'ada@example.test', name: 'Ada', password: 'qwerty123456' }));
    expect(error.code).toBe('validation_failed');
    expect(error.details.fields?.password).toMatch(/common/);
  });

  it('needs an invitation to join while SIGNUP is invite', async () => {
    await accounts.setup(h.deps, { email: 'ada@example.test', name: 'Ada', password });
    const error = await rejection(accounts.signUp(h.deps, { email: 'bob@example.test', name: 'Bob', password }));
    expect(error.code).toBe('forbidden');
  });

  it('signs in with the right password only, giving the same answer for an unknown email', async () => {
    await accounts.setup(h.deps, { email: 'ada@example.test', name: 'Ada', password });
    const user = await accounts.signIn(h.deps, { email: 'ada@example.test', password }, '10.0.0.1');
    expect(user.email).toBe('ada@example.test');
    const wrong = await rejection(accounts.signIn(h.deps, { email: 'ada@example.test', password: 'nope' }, '10.0.0.1'));
    const unknown = await rejection(accounts.signIn(h.deps, { email: 'who@example.test', password }, '10.0.0.1'));
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.code).toBe('unauthenticated');
  });

  it('refuses the 11th failed sign-in for one email within 15 minutes, then lets it try again later', async () => {
    await accounts.setup(h.deps, { email: 'ada@example.test', name: 'Ada', password });
    for (let i = 0; i < 10; i++) {
      const error = await rejection(accounts.signIn(h.deps, { email: 'ada@example.test', password: 'wrong' }, `10.0.0.${i}`));
      expect(error.code).toBe('unauthenticated');
    }
    const limited = await rejection(accounts.signIn(h.deps, { email: 'ada@example.test', password }, '10.0.0.99'));
    expect(limited.code).toBe('rate_limited');
    expect(limited.details.retryAfterSeconds).toBeGreaterThan(0);
    h.clock.advance(15 * 60_000 + 1000);
    expect((await accounts.signIn(h.deps, { email: 'ada@example.test', password }, '10.0.0.99')).email).toBe('ada@example.test');
  });

  it('refuses the 51st failure from one address whatever the email', async () => {
    await accounts.setup(h.deps, { email: 'ada@example.test', name: 'Ada', password });
    for (let i = 0; i < 50; i++) {
      await rejection(accounts.signIn(h.deps, { email: `guess${i}@example.test`, password: 'wrong' }, '192.0.2.7'));
    }
    const limited = await rejection(accounts.signIn(h.deps, { email: 'ada@example.test', password }, '192.0.2.7'));
    expect(limited.code).toBe('rate_limited');
    expect((await accounts.signIn(h.deps, { email: 'ada@example.test', password }, '192.0.2.8')).name).toBe('Ada');
  });

  it('ends every other session when the password changes', async () => {
    const { user } = await h.user('Ada');
    const kept = await startSession(h.deps, user.id);
    const other = await startSession(h.deps, user.id);
    const keptSession = await resumeSession(h.deps, kept);
    await accounts.changePassword(
      h.deps,
      { user },
      { currentPassword: password, newPassword: 'another long passphrase' },
      keptSession?.idHash ?? null,
    );
    expect(await resumeSession(h.deps, kept)).not.toBeNull();
    expect(await resumeSession(h.deps, other)).toBeNull();
  });

  it('gives a stale account edit a conflict holding the account as it is now', async () => {
    const actor = await h.user('Ada');
    await accounts.updateAccount(h.deps, actor, { version: 1, name: 'Ada L.' });
    const error = await rejection(accounts.updateAccount(h.deps, actor, { version: 1, timeZone: 'UTC' }));
    expect(error.code).toBe('conflict');
    expect(error.details.current).toMatchObject({ name: 'Ada L.', version: 2 });
  });

  it('deletes the account and its map only after the email is typed and the password given', async () => {
    await h.user('Ada');
    const bob = await accounts.signUp({ ...h.deps, signup: 'open' }, { email: 'bob@example.test', name: 'Bob', password });
    const mistyped = await rejection(accounts.deleteAccount(h.deps, { user: bob }, { confirm: 'bob@', password }, null));
    expect(mistyped.details.fields?.confirm).toBeDefined();
    await accounts.deleteAccount(h.deps, { user: bob }, { confirm: 'bob@example.test', password }, null);
    const maps = await h.deps.db.selectFrom('growth_maps').select('user_id').execute();
    expect(maps.map((m) => m.user_id)).not.toContain(bob.id);
  });

  it('keeps a session sliding for 30 days from the last use', async () => {
    const { user } = await h.user('Ada');
    const secret = await startSession(h.deps, user.id);
    h.clock.advance(29 * 86_400_000);
    expect(await resumeSession(h.deps, secret)).not.toBeNull();
    h.clock.advance(29 * 86_400_000);
    expect(await resumeSession(h.deps, secret)).not.toBeNull();
    h.clock.advance(31 * 86_400_000);
    expect(await resumeSession(h.deps, secret)).toBeNull();
  });
});
