import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver } from '../../test/support/webhookReceiver.js';
import { AppError } from './errors.js';
import { isPublicAddress, postToWebhook } from './webhook.js';

describe('the webhook guard', () => {
  it.each([
    ['93.184.216.34', true],
    ['2606:2800:220:1:248:1893:25c8:1946', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:93.184.216.34', true],
    ['not an address', false],
  ])('judges %s public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it('gives up after the timeout with 502 and a message', async () => {
    const receiver = await startReceiver(0);
    close = receiver.close;
    const error = await postToWebhook(receiver.url, '{"text":"x"}', { allowPrivate: true, timeoutMs: 200 }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/did not answer within 0.2 seconds/);
  });

  it('refuses user names in the URL and hosts that do not resolve with 400', async () => {
    const withUser = await postToWebhook('https://me:secret@chat.example.test/h', '{}', { allowPrivate: false }).catch((e) => e);
    expect(withUser.status).toBe(400);
    const unknown = await postToWebhook('https://no-such-host.invalid/h', '{}', { allowPrivate: false }).catch((e) => e);
    expect(unknown.status).toBe(400);
    expect(unknown.message).toMatch(/could not be found/);
  });
});
