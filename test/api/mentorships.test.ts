import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPEAT_WINDOW_MS } from '../../src/db/repositories/accessLog.js';
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

  describe('reads with ?owner=', () => {
    let mentorshipId: string;
    let version: number;
    const ids: Record<string, string> = {};

    /** Every read a mentor may make, by the section it needs. */
    const reads = (owner: string) => ({
      map: [
        `/api/v1/map?owner=${owner}`,
        `/api/v1/destinations/${ids.destination}?owner=${owner}`,
        `/api/v1/skills/${ids.skill}/level-changes?owner=${owner}`,
      ],
      cycles: [
        `/api/v1/cycles?owner=${owner}`,
        `/api/v1/cycles/${ids.cycle}?owner=${owner}`,
        `/api/v1/cycles/${ids.cycle}/entries?owner=${owner}`,
      ],
      evidence: [
        `/api/v1/artifacts?owner=${owner}`,
        `/api/v1/artifacts/${ids.artifact}?owner=${owner}`,
        `/api/v1/portfolio?owner=${owner}`,
        `/api/v1/endorsements?owner=${owner}`,
      ],
      feedback: [
        `/api/v1/feedback-sessions?owner=${owner}`,
        `/api/v1/feedback-sessions/${ids.feedback}?owner=${owner}`,
        `/api/v1/action-items?owner=${owner}`,
      ],
      'self-checks': [`/api/v1/self-checks?owner=${owner}`, `/api/v1/self-checks/${ids.selfCheck}?owner=${owner}`],
    });

    beforeAll(async () => {
      const destination = await ada.call('POST /api/v1/destinations', {
        body: { title: 'Lead the tracing rollout by Q3 2027', category: 'technical-specialization' },
      });
      const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
        params: { id: destination.id },
        body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
      });
      const cycle = await ada.call('POST /api/v1/cycles', {
        body: { destinationIds: [destination.id], goal: 'Instrument one service', lengthWeeks: 6 },
      });
      await ada.call('POST /api/v1/cycles/{id}/entries', { params: { id: cycle.id }, body: { week: 1, text: 'Read the spec' } });
      const artifact = await ada.call('POST /api/v1/artifacts', { body: { title: 'Tracing design doc', kind: 'design-doc' } });
      const feedback = await ada.call('POST /api/v1/feedback-sessions', {
        body: { kind: 'one-on-one', partner: 'Bob', actionItems: [{ text: 'Write it up', owner: 'me' }] },
      });
      const framework = await ada.call('GET /api/v1/framework');
      const item = framework.selfCheck.find((i) => i.stage === 'scale');
      const check = await ada.call('POST /api/v1/self-checks', {
        body: { stage: 'scale', answers: item ? { [item.id]: 'partly' } : {} },
      });
      Object.assign(ids, {
        destination: destination.id,
        skill: skill.id,
        cycle: cycle.id,
        artifact: artifact.id,
        feedback: feedback.id,
        selfCheck: check.id,
      });
      const created = await ada.call('POST /api/v1/mentorships', {
        body: { email: 'bob@example.test', sections: ['map', 'cycles'] },
      });
      mentorshipId = created.id;
      version = (await bob.call('POST /api/v1/mentorships/{id}/accept', { params: { id: created.id } })).version;
    });

    it('lets the mentor read exactly the granted sections, as the owner sees them, and nothing without a grant', async () => {
      const unknownOwner = '00000000-0000-7000-8000-000000000000';
      const refusedBody = (await bob.get(`/api/v1/map?owner=${unknownOwner}`)).body;
      expect(refusedBody.error.code).toBe('not_found');
      const granted = new Set(['map', 'cycles']);
      for (const [section, urls] of Object.entries(reads(adaId))) {
        for (const url of urls) {
          const asMentor = await bob.get(url);
          if (granted.has(section)) {
            expect.soft(asMentor.status, url).toBe(200);
            const asOwner = await ada.get(url.replace(/[?&]owner=[^&]+/, ''));
            expect.soft(asMentor.body, url).toEqual(asOwner.body);
          } else {
            expect.soft(asMentor.status, url).toBe(404);
            expect.soft(asMentor.body, url).toEqual(refusedBody);
          }
          // A stranger learns nothing either: the same answer as for someone who does not exist.
          const asStranger = await eve.get(url);
          expect.soft(asStranger.status, url).toBe(404);
          expect.soft(asStranger.body, url).toEqual(refusedBody);
        }
      }
      // Without ?owner= the mentor reads their own records, as always.
      expect((await bob.call('GET /api/v1/map')).title).toBe('Growth Map for Bob');
    });

    it('never lets the mentor change the owner’s records', async () => {
      const patch = await bob.patch(`/api/v1/destinations/${ids.destination}?owner=${adaId}`, { version: 1, title: 'Mine now' });
      expect(patch.status).toBe(404);
      const map = await ada.call('GET /api/v1/map');
      expect(map.destinations[0]?.title).toBe('Lead the tracing rollout by Q3 2027');
    });

    it('logs one row per allowed look, newest first, with the viewer’s name; a reload within ten minutes and a refused read log nothing', async () => {
      const before = await ada.call('GET /api/v1/access-log', { query: { limit: '200' } });
      // Past the earlier tests' reads: this is a new look.
      api.clock.advance(REPEAT_WINDOW_MS + 60_000);
      await bob.call('GET /api/v1/map', { query: { owner: adaId } });
      api.clock.advance(60_000);
      await bob.call('GET /api/v1/cycles', { query: { owner: adaId } });
      api.clock.advance(60_000);
      await bob.call('GET /api/v1/map', { query: { owner: adaId } });
      await bob.get(`/api/v1/artifacts?owner=${adaId}`);
      await ada.call('GET /api/v1/map');
      const log = await ada.call('GET /api/v1/access-log', { query: { limit: '200' } });
      expect(log.length - before.length).toBe(2);
      expect(log.slice(0, 2).map((row) => row.section)).toEqual(['cycles', 'map']);
      expect(log[0]?.viewer).toEqual({ userId: bobId, name: 'Bob' });
      const page = await ada.call('GET /api/v1/access-log', { query: { limit: '1', before: log[0]?.at } });
      expect(page).toEqual([log[1]]);
      expect(await bob.call('GET /api/v1/access-log')).toEqual([]);
    });

    it('counts a narrowed grant and a revocation from the very next request', async () => {
      expect((await bob.get(`/api/v1/cycles?owner=${adaId}`)).status).toBe(200);
      const narrowed = await ada.call('PATCH /api/v1/mentorships/{id}', {
        params: { id: mentorshipId },
        body: { version, sections: ['map'] },
      });
      expect((await bob.get(`/api/v1/cycles?owner=${adaId}`)).status).toBe(404);
      expect((await bob.get(`/api/v1/map?owner=${adaId}`)).status).toBe(200);
      // The kept map answer is not handed to someone the policy now refuses.
      await ada.call('PATCH /api/v1/mentorships/{id}', {
        params: { id: mentorshipId },
        body: { version: narrowed.version, sections: [] },
      });
      expect((await bob.get(`/api/v1/map?owner=${adaId}`)).status).toBe(404);
      await ada.call('DELETE /api/v1/mentorships/{id}', { params: { id: mentorshipId } });
      expect((await bob.get(`/api/v1/map?owner=${adaId}`)).status).toBe(404);
      expect(await bob.call('GET /api/v1/mentorships')).toEqual([]);
    });

    it('keeps mentorships and the access log, which name other accounts, out of the export', async () => {
      const exported = await ada.call('GET /api/v1/me/export');
      expect(Object.keys(exported.records)).not.toContain('mentorships');
      expect(Object.keys(exported.records)).not.toContain('access_log');
      expect((await ada.call('GET /api/v1/access-log'))[0]?.viewer.name).toBe('Bob');
    });
  });

  it('removes a deleted account’s mentorships on both sides, its access-log rows, and offers to its email', async () => {
    // Zed joins through Ada's offer; Eve's offer to the same email is never accepted.
    const offered = await ada.call('POST /api/v1/mentorships', { body: { email: 'zed@example.test', sections: ['map'] } });
    const unanswered = await eve.call('POST /api/v1/mentorships', { body: { email: 'zed@example.test', sections: ['map'] } });
    const joined = api.caller();
    await joined.call('POST /api/v1/users', {
      body: { email: 'zed@example.test', name: 'Zed', password, invitation: offered.invitationUrl?.split('/join/')[1] ?? '' },
    });
    await joined.call('POST /api/v1/mentorships/{id}/accept', { params: { id: offered.id } });
    await joined.call('GET /api/v1/map', { query: { owner: adaId } });
    const zedsOwn = await joined.call('POST /api/v1/mentorships', { body: { email: 'eve@example.test', sections: ['cycles'] } });
    expect((await eve.call('GET /api/v1/mentorships')).map((m) => m.id)).toContain(zedsOwn.id);
    const logBefore = await ada.call('GET /api/v1/access-log', { query: { limit: '200' } });
    expect(logBefore.some((row) => row.viewer.name === 'Zed')).toBe(true);

    await joined.call('DELETE /api/v1/me', { body: { confirm: 'zed@example.test', password } });
    expect((await ada.call('GET /api/v1/mentorships')).some((m) => m.id === offered.id)).toBe(false);
    const evesAfter = (await eve.call('GET /api/v1/mentorships')).map((m) => m.id);
    expect(evesAfter).not.toContain(zedsOwn.id);
    expect(evesAfter).not.toContain(unanswered.id);
    const logAfter = await ada.call('GET /api/v1/access-log', { query: { limit: '200' } });
    expect(logAfter.some((row) => row.viewer.name === 'Zed')).toBe(false);
  });
});
