import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { AppError, invalid } from './errors.js';

/**
 * The one request the server makes to an address a user typed, so it is guarded against being
 * turned on the server's own network (SSRF): https only, every resolved address public, the
 * connection made to the address that was checked (no second resolution a DNS answer could
 * change), a short timeout and no redirects. `allowPrivate` (WEBHOOK_ALLOW_PRIVATE) lets private
 * addresses and plain http through, for a team channel inside the company network and for tests.
 */
export interface WebhookOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
}

export const webhookTimeoutMs = 5000;

interface Target {
  address: string;
  family: 4 | 6;
}

const refused = (message: string) => invalid({ winsWebhookUrl: message }, message);
const failed = (message: string) => new AppError('upstream_failed', message);

/**
 * Only ordinary public unicast: private, loopback, link-local, unique-local, unspecified, CGNAT,
 * multicast, documentation and translation ranges are refused; an IPv4-mapped IPv6 address is
 * judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

function parse(url: string, allowPrivate: boolean): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refused('The team channel’s webhook URL is not a valid address: copy it again from the channel’s settings.');
  }
  const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(parsed.protocol)) {
    throw refused('The team channel’s webhook URL must start with https://: a plain http post could be read on the way.');
  }
  if (parsed.username || parsed.password) throw refused('Leave the user name and password out of the webhook URL.');
  return parsed;
}

async function resolve(hostname: string): Promise<Target[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) return [{ address: host, family: ipaddr.parse(host).kind() === 'ipv4' ? 4 : 6 }];
  try {
    const found = await dns.lookup(host, { all: true, verbatim: true });
    return found.flatMap((a) => (a.family === 4 || a.family === 6 ? [{ address: a.address, family: a.family }] : []));
  } catch {
    throw refused(`The webhook’s host “${host}” could not be found: check the URL in Settings.`);
  }
}

/** Every address the name resolves to must be public: one private answer is enough to refuse. */
async function checkedTargets(url: URL, allowPrivate: boolean): Promise<[Target, ...Target[]]> {
  const addresses = await resolve(url.hostname);
  const [first, ...rest] = addresses;
  if (!first) throw refused(`The webhook’s host “${url.hostname}” has no address: check the URL in Settings.`);
  if (!allowPrivate && addresses.some((a) => !isPublicAddress(a.address))) {
    throw refused(
      'The webhook URL points at a private or local network address, which this server does not post to. ' +
        'Use the public webhook address of your team channel, or ask the administrator about WEBHOOK_ALLOW_PRIVATE.',
    );
  }
  return [first, ...rest];
}

/**
 * Hands the connection only the addresses already checked, whatever name it asks for: all of them when
 * it tries each in turn (Node's family auto-selection), else the first of the family it asks for.
 */
const pinnedLookup =
  (targets: readonly [Target, ...Target[]]): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) {
      callback(null, [...targets]);
      return;
    }
    const target = targets.find((t) => !options.family || t.family === options.family) ?? targets[0];
    callback(null, target.address, target.family);
  };

function send(url: URL, targets: readonly [Target, ...Target[]], body: string, timeoutMs: number): Promise<number> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolvePost, rejectPost) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        // A fresh connection each time: a pooled socket would skip the check made for this post.
        agent: false,
        lookup: pinnedLookup(targets),
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'GrowthMap',
        },
      },
      (response) => {
        response.resume();
        resolvePost(response.statusCode ?? 0);
      },
    );
    request.on('error', rejectPost);
    request.end(body);
  });
}

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'AbortError') return `it did not answer within ${timeoutMs / 1000} seconds`;
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'a network error';
  return `it could not be reached (${code})`;
}

/** Posts `body` (JSON) to the webhook, or throws: 400 for a refused URL, 502 when the post fails. */
export async function postToWebhook(url: string, body: string, options: WebhookOptions): Promise<void> {
  const parsed = parse(url, options.allowPrivate);
  const targets = await checkedTargets(parsed, options.allowPrivate);
  const timeoutMs = options.timeoutMs ?? webhookTimeoutMs;
  let status: number;
  try {
    status = await send(parsed, targets, body, timeoutMs);
  } catch (error) {
    throw failed(
      `Nothing was posted to the team channel: ${reasonOf(error, timeoutMs)}. Try again later or check the URL in Settings.`,
    );
  }
  if (status >= 300 && status < 400) {
    throw failed(
      `The team channel answered with a redirect (HTTP ${status}), which is not followed: ` +
        'use the webhook URL the channel gives you, not one that forwards.',
    );
  }
  if (status < 200 || status >= 300) {
    throw failed(`The team channel refused the post (HTTP ${status}): check the webhook URL in Settings.`);
  }
}
