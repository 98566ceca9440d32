import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, password, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';
import { TestSmtpServer } from '../support/smtp.js';

describe.each(engines)('mentorships over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let smtp: TestSmtpServer;
  let ada: Caller;
  let bob: Caller;
  let eve: Caller;
  let adaId: string;
  let bobId: string;

  beforeAll(async () => {
    smtp = await new TestSmtpServer().start();
    // Sign-up needs an invitation: a mentor without an account still joins through the mentorship.
    api = await startApi(engine, { signup: 'invite', smtpUrl: smtp.url });
    ada = await api.admin();
    adaId = (await ada.call('GET /api/v1/me')).user.id;
    const join = async (name: string) => {
      const { url } = await ada.call('POST /api/v1/invitations');
      const caller = api.caller();
      const invitation = url.split('/join/')[1] ?? '';
      await caller.call('POST /api/v1/users', {
        body: { email: `${name.toLowerCase()}@example.test`, name, password, invitation },
      });
      return caller;
    };
    bob = await join('Bob');
    eve = await join('Eve');
    bobId = (await bob.call('GET /api/v1/me')).user.id;
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('invites an existing user, who sees it as the mentor and accepts; both sides say which side they are on', async () => {
    const created = await ada.call('POST /api/v1/mentorships', {
      body: { email: 'Bob@Example.test', sections: ['map', 'cycles'] },
    });
    expect(created).toMatchObject({
      side: 'engineer',
      status: 'invited',
      email: 'bob@example.test',
      person: { userId: bobId, name: 'Bob' },
      sections: ['map', 'cycles'],
      invitationUrl: null,
      mailed: true,
      version: 1,
    });
    expect(smtp.to('bob@example.test').at(-1)?.text).toContain('Admin asks you to be their mentor');
    const [offered] = await bob.call('GET /api/v1/mentorships');
    expect(offered).toMatchObject({
      id: created.id,
      side: 'mentor',
      status: 'invited',
      person: { userId: adaId, name: 'Admin' },
    });
    // Only the invitee accepts; the engineer and a stranger get the unknown-id answer.
    for (const other of [ada, eve]) {
      const refused = await refusal(other.call('POST /api/v1/mentorships/{id}/accept', { params: { id: created.id } }));
      expect(refused.status).toBe(404);
    }
    const accepted = await bob.call('POST /api/v1/mentorships/{id}/accept', { params: { id: created.id } });
    expect(accepted).toMatchObject({ status: 'active', side: 'mentor' });
    const [mine] = await ada.call('GET /api/v1/mentorships');
    expect(mine).toMatchObject({ side: 'engineer', status: 'active', version: 2 });
    expect(await eve.call('GET /api/v1/mentorships')).toEqual([]);
    await ada.call('DELETE /api/v1/mentorships/{id}', { params: { id: created.id } });
  });

  it('invites a new person, who joins through the mailed link though sign-up needs an invitation, and accepts', async () => {
    const created = await ada.call('POST /api/v1/mentorships', { body: { email: 'grace@example.test', sections: ['evidence'] } });
    expect(created.person).toBeNull();
    expect(created.mailed).toBe(true);
    const url = created.invitationUrl ?? '';
    expect(url).toMatch(/\/join\//);
    expect(smtp.to('grace@example.test').at(-1)?.text).toContain(url);
    const grace = api.caller();
    await grace.call('POST /api/v1/users', {
      body: { email: 'grace@example.test', name: 'Grace', password, invitation: url.split('/join/')[1] ?? '' },
    });
    const [offered] = await grace.call('GET /api/v1/mentorships');
    expect(offered).toMatchObject({ id: created.id, side: 'mentor', status: 'invited' });
    await grace.call('POST /api/v1/mentorships/{id}/accept', { params: { id: created.id } });
    const [mine] = await ada.call('GET /api/v1/mentorships');
    expect(mine).toMatchObject({ status: 'active', person: { name: 'Grace' } });
    // The mentor ends it from their side.
    await grace.call('DELETE /api/v1/mentorships/{id}', { params: { id: created.id } });
    expect(await ada.call('GET /api/v1/mentorships')).toEqual([]);
  });

  it('refuses inviting oneself or the same person twice, naming the field', async () => {
    const self = await refusal(ada.call('POST /api/v1/mentorships', { body: { email: 'admin@example.test', sections: [] } }));
    expect(self.fields).toHaveProperty('email');
    const first = await ada.call('POST /api/v1/mentorships', { body: { email: 'eve@example.test', sections: ['map'] } });
    const twice = await refusal(ada.call('POST /api/v1/mentorships', { body: { email: 'eve@example.test', sections: ['map'] } }));
    expect(twice.status).toBe(400);
    expect(twice.fields).toHaveProperty('email');
    await ada.call('DELETE /api/v1/mentorships/{id}', { params: { id: first.id } });
  });

  it('lets only the engineer change sections, with 409 on a stale version; nobody else learns it exists', async () => {
    const created = await ada.call('POST /api/v1/mentorships', { body: { email: 'bob@example.test', sections: ['map'] } });
    const changed = await ada.call('PATCH /api/v1/mentorships/{id}', {
      params: { id: created.id },
      body: { version: 1, sections: ['map', 'feedback'] },
    });
    expect(changed).toMatchObject({ sections: ['map', 'feedback'], version: 2 });
    const stale = await refusal(
      ada.call('PATCH /api/v1/mentorships/{id}', { params: { id: created.id }, body: { version: 1, sections: [] } }),
    );
    expect(stale.status).toBe(409);
    const unknown = await eve.request('PATCH', '/api/v1/mentorships/00000000-0000-7000-8000-000000000000', {
      version: 2,
      sections: [],
    });
    for (const other of [bob, eve]) {
      const answer = await other.request('PATCH', `/api/v1/mentorships/${created.id}`, { version: 2, sections: [] });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(unknown.body);
    }
    const gone = await eve.request('DELETE', `/api/v1/mentorships/${created.id}`);
    expect(gone.status).toBe(404);
    await ada.call('DELETE /api/v1/mentorships/{id}', { params: { id: created.id } });
  });
});
