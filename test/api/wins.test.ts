import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, refusal, startApi } from '../support/api.js';
import { TestClock, engines } from '../support/engines.js';
import { startReceiver } from '../support/webhookReceiver.js';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

async function setWebhook(caller: Caller, url: string | null) {
  const { version } = await caller.call('GET /api/v1/preferences');
  return caller.call('PATCH /api/v1/preferences', { body: { version, winsWebhookUrl: url } });
}

describe.each(engines)('wins over HTTP on %s', (engine) => {
  let receiver: Receiver;
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(() => receiver.close());

  describe('as the administrator left it (private addresses refused)', () => {
    let api: ApiHarness;
    let ada: Caller;
    beforeEach(async () => {
      api = await startApi(engine, { clock: new TestClock('2027-03-04T08:00:00.000Z') });
      ada = await api.admin();
    });
    afterEach(() => api.close());

    it('lists completed destinations and level ups, newest first, each with a snippet', async () => {
      const destination = await ada.call('POST /api/v1/destinations', {
        body: { title: 'Lead the observability rollout', category: 'technical-specialization', measure: 'MTTR under 15 minutes' },
      });
      const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
        params: { id: destination.id },
        body: { name: 'Distributed tracing', currentLevel: 'novice', targetLevel: 'expert' },
      });
      expect(await ada.call('GET /api/v1/wins')).toEqual([]);
      const move = await ada.call('POST /api/v1/skills/{id}/level-changes', {
        params: { id: skill.id },
        body: { to: 'practitioner', note: 'Led the rollout' },
      });
      await ada.call('PATCH /api/v1/destinations/{id}', {
        params: { id: destination.id },
        body: { version: destination.version, status: 'completed' },
      });
      expect(await ada.call('GET /api/v1/wins')).toEqual([
        {
          kind: 'destination-completed',
          id: destination.id,
          date: '2027-03-04',
          title: 'Lead the observability rollout',
          snippet: '**Destination reached:** Lead the observability rollout — MTTR under 15 minutes',
        },
        {
          kind: 'level-up',
          id: move.id,
          date: '2027-03-04',
          title: 'Practitioner in Distributed tracing',
          snippet: '**Level up:** Practitioner in Distributed tracing (from Novice): can execute independently.',
        },
      ]);
    });

    it('asks for a webhook URL before posting anything', async () => {
      const error = await refusal(ada.call('POST /api/v1/wins/post', { body: { text: 'Shipped' } }));
      expect(error.status).toBe(400);
      expect(error.message).toBe('Set your team channel’s webhook URL in Settings first.');
    });

    it.each([
      'https://127.0.0.1/hooks/a',
      'https://10.0.0.1/hooks/a',
      'https://192.168.1.10/hooks/a',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hooks/a',
      'https://[::ffff:127.0.0.1]/hooks/a',
      'https://[fd00::1]/hooks/a',
      'https://0.0.0.0/hooks/a',
      'https://localhost/hooks/a',
    ])('refuses %s with a message the user can act on, and sends nothing', async (url) => {
      await setWebhook(ada, url);
      const error = await refusal(ada.call('POST /api/v1/wins/post', { body: { text: 'Shipped' } }));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/private or local network address/);
      expect(receiver.received).toEqual([]);
    });

    it('keeps the webhook URL as a preference: http(s) only, and null removes it', async () => {
      const { version } = await ada.call('GET /api/v1/preferences');
      const refused = await refusal(
        ada.call('PATCH /api/v1/preferences', { body: { version, winsWebhookUrl: 'ftp://chat.example.test/hook' } }),
      );
      expect(refused.status).toBe(400);
      expect(refused.fields?.winsWebhookUrl).toBe('Use the https:// webhook URL your team channel gave you.');
      expect((await setWebhook(ada, 'https://chat.example.test/hooks/T0/B0/x')).winsWebhookUrl).toBe(
        'https://chat.example.test/hooks/T0/B0/x',
      );
      expect((await setWebhook(ada, null)).winsWebhookUrl).toBeNull();
      expect(receiver.received).toEqual([]);
    });

    it('refuses plain http without the flag, before any connection', async () => {
      await setWebhook(ada, `${receiver.url}/hooks/a`);
      const error = await refusal(ada.call('POST /api/v1/wins/post', { body: { text: 'Shipped' } }));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/must start with https:\/\//);
      expect(receiver.received).toEqual([]);
    });
  });

  describe('with WEBHOOK_ALLOW_PRIVATE=true', () => {
    let api: ApiHarness;
    let ada: Caller;
    beforeEach(async () => {
      api = await startApi(engine, { env: { WEBHOOK_ALLOW_PRIVATE: 'true' } });
      ada = await api.admin();
    });
    afterEach(() => api.close());

    it('posts exactly {"text": …} to the channel, only when asked, and answers what it sent', async () => {
      await setWebhook(ada, `${receiver.url}/hooks/a`);
      await ada.call('GET /api/v1/wins');
      expect(receiver.received).toEqual([]);

      const text = '**Level up:** Practitioner in "Distributed tracing"';
      const answer = await ada.call('POST /api/v1/wins/post', { body: { text } });
      expect(answer).toEqual({ sent: JSON.stringify({ text }) });
      expect(receiver.received).toEqual([{ method: 'POST', contentType: 'application/json', body: JSON.stringify({ text }) }]);
      expect(JSON.parse(receiver.received[0]?.body ?? '')).toEqual({ text });
    });

    it('resolves a name once and connects to the address it checked', async () => {
      await setWebhook(ada, receiver.url.replace('127.0.0.1', 'localhost'));
      await ada.call('POST /api/v1/wins/post', { body: { text: 'By name' } });
      expect(receiver.received.map((r) => r.body)).toEqual(['{"text":"By name"}']);
    });

    it('does not follow a redirect: 502 with a message, and one request only', async () => {
      receiver.status = 302;
      await setWebhook(ada, `${receiver.url}/hooks/a`);
      const error = await refusal(ada.call('POST /api/v1/wins/post', { body: { text: 'Shipped' } }));
      expect(error.status).toBe(502);
      expect(error.message).toMatch(/redirect \(HTTP 302\), which is not followed/);
      expect(receiver.received).toHaveLength(1);
    });

    it('answers 502 when the channel refuses the post or cannot be reached', async () => {
      receiver.status = 404;
      await setWebhook(ada, `${receiver.url}/hooks/a`);
      const refused = await refusal(ada.call('POST /api/v1/wins/post', { body: { text: 'Shipped' } }));
      expect(refused.status).toBe(502);
      expect(refused.message).toMatch(/refused the post \(HTTP 404\)/);

      await receiver.close();
      const unreachable = await refusal(ada.call('POST /api/v1/wins/post', { body: { text: 'Shipped' } }));
      expect(unreachable.status).toBe(502);
      expect(unreachable.message).toMatch(/could not be reached \(ECONNREFUSED\)/);
      receiver = await startReceiver();
    });
  });
});
