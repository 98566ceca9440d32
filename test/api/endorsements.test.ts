import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DAY } from '../../src/domain/time.js';
import { type ApiHarness, type Caller, password, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';
import { TestSmtpServer } from '../support/smtp.js';

const tokenOf = (url: string) => url.split('/endorse/')[1] ?? '';

let addressCounter = 0;
/** Each endorser comes from an address of their own, so one test's allowance is not another's. */
const nextAddress = () => `10.9.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

describe.each(engines)('peer endorsements on %s', (engine) => {
  let smtp: TestSmtpServer;
  let api: ApiHarness;
  let ada: Caller;
  let bob: Caller;
  let skillId: string;
  let otherSkillId: string;
  let artifactId: string;

  beforeAll(async () => {
    smtp = await new TestSmtpServer().start();
    api = await startApi(engine, { signup: 'open', smtpUrl: smtp.url });
    ada = await api.admin();
    bob = await api.member('Bob');
    const destination = await ada.call('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by Q3', category: 'technical-specialization' },
    });
    const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    skillId = skill.id;
    const other = await ada.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Incident command', currentLevel: 'novice', targetLevel: 'practitioner' },
    });
    otherSkillId = other.id;
    artifactId = (
      await ada.call('POST /api/v1/artifacts', { body: { title: 'Tracing design doc', url: 'https://docs.example.test/t' } })
    ).id;
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.messages.length = 0;
    smtp.refuse = false;
  });

  const ask = (body: Record<string, unknown> = {}) =>
    ada.call('POST /api/v1/endorsement-requests', { body: { name: 'Grace', skillIds: [skillId], ...body } });

  it('runs the whole flow: ask by mail, answer once without an account, approve, and the sheet shows it', async () => {
    const created = await ask({ email: 'grace@example.test', message: 'You saw the tracing rollout.', artifactId });
    expect(created.mailed).toBe(true);
    expect(created.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/endorse\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(created.expiresAt) - api.clock.now().getTime()).toBe(14 * DAY);

    const [mail] = smtp.to('grace@example.test');
    expect(mail?.subject).toBe('Admin asks for your endorsement');
    expect(mail?.text).toContain(created.url);
    expect(mail?.text).toContain('You saw the tracing rollout.');
    expect(mail?.text).toContain('16 March 2026');
    expect(mail?.html).toContain(`href="${created.url}"`);

    const requests = await ada.call('GET /api/v1/endorsement-requests');
    expect(requests[0]).toMatchObject({ id: created.id, name: 'Grace', status: 'open', skillIds: [skillId], artifactId });
    expect(JSON.stringify(requests)).not.toContain(tokenOf(created.url));

    const grace = api.caller(nextAddress());
    const token = tokenOf(created.url);
    const described = await grace.get(`/api/v1/endorse/${token}`);
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({
      ownerName: 'Admin',
      endorserName: 'Grace',
      message: 'You saw the tracing rollout.',
      skills: [{ id: skillId, name: 'Tracing' }],
      artifact: { title: 'Tracing design doc', kind: 'other', url: 'https://docs.example.test/t' },
    });
    expect(described.body.levels.map((l: { meaning: string }) => l.meaning)).toEqual([
      'can perform with guidance',
      'can execute independently',
      'can design and teach others',
    ]);

    const body = {
      quote: 'Ada made tracing boring, in the best way.',
      relationship: 'Teammate',
      observations: [{ skillId, level: 'practitioner' }],
      showName: true,
    };
    expect((await grace.post(`/api/v1/endorse/${token}`, body)).status).toBe(201);
    const again = await grace.post(`/api/v1/endorse/${token}`, body);
    expect(again.status).toBe(410);
    expect(again.body.error).toEqual({ code: 'gone', message: 'You have already answered this request. Thank you.' });
    expect((await grace.get(`/api/v1/endorse/${token}`)).status).toBe(410);

    expect((await ada.call('GET /api/v1/endorsement-requests'))[0]?.status).toBe('answered');
    const [received] = await ada.call('GET /api/v1/endorsements');
    expect(received).toMatchObject({
      requestId: created.id,
      endorserName: 'Grace',
      quote: body.quote,
      relationship: 'Teammate',
      observations: [{ skillId, level: 'practitioner', skillName: 'Tracing' }],
      showName: true,
      status: 'pending',
      version: 1,
    });
    expect((await ada.call('GET /api/v1/endorsements/sheet')).groups).toEqual([]);

    const id = received?.id ?? '';
    const approved = await ada.call('PATCH /api/v1/endorsements/{id}', {
      params: { id },
      body: { status: 'approved', version: 1 },
    });
    expect(approved).toMatchObject({ status: 'approved', version: 2 });
    const stale = await refusal(
      ada.call('PATCH /api/v1/endorsements/{id}', { params: { id }, body: { status: 'hidden', version: 1 } }),
    );
    expect(stale.status).toBe(409);
    expect(stale.current).toMatchObject({ status: 'approved', version: 2 });
    expect(await ada.call('GET /api/v1/endorsements/sheet')).toEqual({
      groups: [
        {
          skillId,
          skillName: 'Tracing',
          quotes: [{ quote: body.quote, name: 'Grace', relationship: 'Teammate', level: 'practitioner' }],
        },
      ],
    });

    // A level change can cite it; another person's endorsement cannot be cited.
    const change = await ada.call('POST /api/v1/skills/{id}/level-changes', {
      params: { id: skillId },
      body: { to: 'practitioner', note: 'Grace saw it', evidence: [{ kind: 'endorsement', id }] },
    });
    expect(change.evidence).toEqual([{ kind: 'endorsement', id }]);
    const bobs = await bob.call('POST /api/v1/destinations', {
      body: { title: 'Speak at a meetup', category: 'personal-reputation' },
    });
    const bobSkill = await bob.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: bobs.id },
      body: { name: 'Speaking', currentLevel: 'novice', targetLevel: 'practitioner' },
    });
    const borrowed = await refusal(
      bob.call('POST /api/v1/skills/{id}/level-changes', {
        params: { id: bobSkill.id },
        body: { to: 'practitioner', note: 'Not mine', evidence: [{ kind: 'endorsement', id }] },
      }),
    );
    expect(borrowed.status).toBe(400);
    expect(borrowed.fields).toEqual({ 'evidence.0.id': 'Point to one of your own endorsements.' });

    // The owner may show approved endorsements in a shared portfolio; the snapshot keeps them.
    const withQuotes = await ada.call('POST /api/v1/portfolio/shares', { body: { includeEndorsements: true } });
    const withoutQuotes = await ada.call('POST /api/v1/portfolio/shares', { body: { includeEndorsements: false } });
    const sharedPath = (url: string) => `/api/v1/shared/portfolio/${url.split('/shared/portfolio/')[1] ?? ''}`;
    const reader = api.caller(nextAddress());
    expect((await reader.get(sharedPath(withQuotes.url))).body.endorsements).toEqual([
      { quote: body.quote, name: 'Grace', relationship: 'Teammate', skills: ['Tracing'] },
    ]);
    expect((await reader.get(sharedPath(withoutQuotes.url))).body.endorsements).toEqual([]);
    const page = await reader.get(new URL(withQuotes.url).pathname);
    expect(page.body).toContain('Ada made tracing boring, in the best way.');

    const exported = await ada.call('GET /api/v1/me/export');
    expect(exported.records.endorsements.map((e) => e.id)).toContain(id);
    expect(exported.records.endorsement_requests.map((r) => r.id)).toContain(created.id);
    expect(JSON.stringify(exported)).not.toContain(token);

    const hidden = await ada.call('PATCH /api/v1/endorsements/{id}', { params: { id }, body: { status: 'hidden', version: 2 } });
    expect(hidden.status).toBe('hidden');
    expect((await ada.call('GET /api/v1/endorsements/sheet')).groups).toEqual([]);
    expect(await bob.delete(`/api/v1/endorsements/${id}`)).toMatchObject({ status: 404 });
    await ada.call('DELETE /api/v1/endorsements/{id}', { params: { id } });
    expect(await ada.call('GET /api/v1/endorsements')).toEqual([]);
  });

  it('keeps the request when the mail fails, and says it was not mailed', async () => {
    smtp.refuse = true;
    const created = await ask({ email: 'later@example.test' });
    expect(created.mailed).toBe(false);
    expect((await api.caller(nextAddress()).get(`/api/v1/endorse/${tokenOf(created.url)}`)).status).toBe(200);
    const noEmail = await ask();
    expect(noEmail.mailed).toBe(false);
  });

  it('lets exactly one of ten parallel submits land', async () => {
    const { url } = await ask();
    const endorser = api.caller(nextAddress());
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => endorser.post(`/api/v1/endorse/${tokenOf(url)}`, { quote: `Answer ${i}` })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(410)]);
    const landed = (await ada.call('GET /api/v1/endorsements')).filter((e) => e.quote.startsWith('Answer '));
    expect(landed).toHaveLength(1);
  });

  it('answers unknown, expired and withdrawn links alike, as JSON and as the page', async () => {
    const withdrawn = await ask();
    await ada.call('DELETE /api/v1/endorsement-requests/{id}', { params: { id: withdrawn.id } });
    expect((await ada.call('GET /api/v1/endorsement-requests')).find((r) => r.id === withdrawn.id)?.status).toBe('withdrawn');
    const expiring = await ask();
    const visitor = api.caller(nextAddress());
    expect((await visitor.get(`/endorse/${tokenOf(expiring.url)}`)).status).toBe(200);
    api.clock.advance(14 * DAY);
    try {
      expect((await ada.call('GET /api/v1/endorsement-requests')).find((r) => r.id === expiring.id)?.status).toBe('expired');
      const tokens = [tokenOf(withdrawn.url), tokenOf(expiring.url), 'x'.repeat(43)];
      const json = await Promise.all(tokens.map((t) => visitor.get(`/api/v1/endorse/${t}`)));
      const posted = await Promise.all(tokens.map((t) => visitor.post(`/api/v1/endorse/${t}`, { quote: 'Hello' })));
      const pages = await Promise.all(tokens.map((t) => visitor.get(`/endorse/${t}`)));
      for (const answer of [...json, ...posted]) {
        expect(answer.status).toBe(404);
        expect(answer.body).toEqual(json[0]?.body);
      }
      for (const page of pages) {
        expect(page.status).toBe(404);
        expect(page.body).toBe(pages[0]?.body);
        expect(page.body).toContain('This link does not work');
      }
    } finally {
      api.clock.advance(-14 * DAY);
    }
  });

  it('refuses a visitor who spent their allowance, reads and writes apart', async () => {
    const { url } = await ask();
    const token = tokenOf(url);
    const visitor = api.caller(nextAddress());
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await visitor.post(`/api/v1/endorse/${token}`, { quote: 'Once more' })).status);
    expect(statuses).toEqual([201, ...Array(9).fill(410)]);
    const spent = await visitor.post(`/api/v1/endorse/${token}`, { quote: 'Now valid' });
    expect(spent.status).toBe(429);
    expect(Number(spent.headers['retry-after'])).toBeGreaterThan(0);
    expect((await visitor.get(`/api/v1/endorse/${token}`)).status).toBe(410);
    for (let i = 1; i < 120; i++) await visitor.get(`/api/v1/endorse/${token}`);
    const page = await visitor.get(`/endorse/${token}`);
    expect(page.status).toBe(429);
    expect(page.body).toContain('Too many requests');
    // Another address has its own allowance.
    expect((await api.caller(nextAddress()).get(`/api/v1/endorse/${token}`)).status).toBe(410);
  });

  it('names each field that needs attention', async () => {
    const asked = await refusal(
      ada.call('POST /api/v1/endorsement-requests', {
        body: {
          name: 'Grace',
          skillIds: [skillId, '00000000-0000-7000-8000-000000000000'],
          artifactId: '00000000-0000-7000-8000-000000000001',
        },
      }),
    );
    expect(asked.status).toBe(400);
    expect(asked.fields).toEqual({
      'skillIds.1': 'Pick one of the skills on your map.',
      artifactId: 'Pick one of your artifacts.',
    });
    const bobsAsk = await refusal(bob.call('POST /api/v1/endorsement-requests', { body: { name: 'Grace', artifactId } }));
    expect(bobsAsk.fields).toEqual({ artifactId: 'Pick one of your artifacts.' });
    const noName = await ada.post('/api/v1/endorsement-requests', { name: ' ', email: 'not an email' });
    expect(Object.keys(noName.body.error.fields).sort()).toEqual(['email', 'name']);

    const { url } = await ask();
    const endorser = api.caller(nextAddress());
    const tooLong = await endorser.post(`/api/v1/endorse/${tokenOf(url)}`, { quote: 'x'.repeat(601) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields).toHaveProperty('quote');
    const notAsked = await endorser.post(`/api/v1/endorse/${tokenOf(url)}`, {
      quote: 'Fine',
      observations: [{ skillId: otherSkillId, level: 'expert' }],
    });
    expect(notAsked.status).toBe(400);
    expect(notAsked.body.error.fields).toEqual({ 'observations.0.skillId': 'Choose one of the skills this request names.' });
  });

  it('serves the endorser a page that works without JavaScript, keeps entries on errors, and thanks once', async () => {
    const { url } = await ask({ message: '<script>alert(1)</script>' });
    const token = tokenOf(url);
    const endorser = api.caller(nextAddress());
    const page = await endorser.get(`/endorse/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain('Practitioner: can execute independently');
    expect(page.body).toContain(`<form method="post" action="/endorse/${token}"`);

    const relationship = 'Ran the game day with her';
    const withError = await endorser.request(
      'POST',
      `/endorse/${token}`,
      form({ quote: '', relationship, [`level-${skillId}`]: 'expert' }),
      formHeaders,
    );
    expect(withError.status).toBe(400);
    expect(withError.body).toContain('<title>Error: Endorse Admin');
    expect(withError.body).toContain('id="quote-error"');
    expect(withError.body).toContain('href="#quote"');
    expect(withError.body).toContain(`value="${relationship}"`);
    expect(withError.body).toMatch(new RegExp(`name="level-${skillId}" value="expert"[^>]*checked`));

    const sent = await endorser.request(
      'POST',
      `/endorse/${token}`,
      form({ quote: 'Calm under pressure.', relationship, [`level-${skillId}`]: 'none', showName: 'yes' }),
      formHeaders,
    );
    expect(sent.status).toBe(200);
    expect(sent.body).toContain('Thank you');
    const again = await endorser.request('POST', `/endorse/${token}`, form({ quote: 'Again' }), formHeaders);
    expect(again.status).toBe(410);
    expect(again.body).toContain('You have already answered this request. Thank you.');
    const stored = (await ada.call('GET /api/v1/endorsements')).find((e) => e.quote === 'Calm under pressure.');
    expect(stored).toMatchObject({ relationship, observations: [], showName: true });
  });

  it('leaves nothing behind when the owner deletes their account', async () => {
    const carol = await api.member('Carol');
    const { url } = await carol.call('POST /api/v1/endorsement-requests', { body: { name: 'Dan' } });
    const answered = await carol.call('POST /api/v1/endorsement-requests', { body: { name: 'Eve' } });
    await api
      .caller(nextAddress())
      .call('POST /api/v1/endorse/{token}', { params: { token: tokenOf(answered.url) }, body: { quote: 'Good' } });
    const me = await carol.call('GET /api/v1/me');
    await carol.call('DELETE /api/v1/me', { body: { confirm: me.user.email, password } });
    const db = api.runtime.database.db;
    expect(await db.selectFrom('endorsement_requests').select('id').where('user_id', '=', me.user.id).execute()).toEqual([]);
    expect(await db.selectFrom('endorsements').select('id').where('user_id', '=', me.user.id).execute()).toEqual([]);
    expect((await api.caller(nextAddress()).get(`/endorse/${tokenOf(url)}`)).status).toBe(404);
  });
});

describe('an endorsement request while the mail server hangs', () => {
  it('answers within seconds, keeps the request, and says it was not mailed', async () => {
    // Accepts the connection and never greets: the digest would wait for minutes, a request must not.
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const api = await startApi('sqlite', { signup: 'open', smtpUrl: `smtp://127.0.0.1:${port}` });
    try {
      const ada = await api.admin();
      const started = Date.now();
      const created = await ada.call('POST /api/v1/endorsement-requests', {
        body: { name: 'Grace', email: 'grace@example.test' },
      });
      expect(created.mailed).toBe(false);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect((await ada.call('GET /api/v1/endorsement-requests')).map((r) => r.id)).toEqual([created.id]);
    } finally {
      await api.close();
      silent.close();
    }
  }, 30_000);
});
