import { describe, expect, it } from 'vitest';
import { ApiError, createClient, currentOf, encodeBody, type FetchRequest, urlOf } from './api.js';

interface Sent extends FetchRequest {
  url: string;
}

/** A client over a fake fetch that records what was sent and answers `status` with `body`. */
function clientAnswering(status: number, body: string, contentType = 'application/json; charset=utf-8', headers = {}) {
  const sent: Sent[] = [];
  const answerHeaders: Record<string, string> = { 'content-type': contentType, ...headers };
  const api = createClient({
    baseUrl: 'http://growth.example',
    csrfToken: () => 'csrf-1',
    fetch: async (url, request) => {
      sent.push({ url, ...request });
      return {
        status,
        ok: status < 400,
        headers: { get: (name) => answerHeaders[name.toLowerCase()] ?? null },
        text: async () => body,
      };
    },
  });
  return { api, sent };
}

describe('the typed client', () => {
  it('fills the path, sends the body as JSON and the CSRF header on a change', async () => {
    const { api, sent } = clientAnswering(200, '{"id":"c 1","version":2}');
    const saved = await api('PATCH /api/v1/cycles/{id}', { params: { id: 'c 1' }, body: { version: 1, goal: 'Ship' } });
    expect(saved).toEqual({ id: 'c 1', version: 2 });
    expect(sent[0]).toMatchObject({
      url: 'http://growth.example/api/v1/cycles/c%201',
      method: 'PATCH',
      body: '{"version":1,"goal":"Ship"}',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'csrf-1' },
    });
    expect(sent[0]?.headers['Idempotency-Key']).toBeUndefined();
  });

  it('sends no CSRF header on a read, and the query as search parameters', async () => {
    const { api, sent } = clientAnswering(200, '{}');
    await api('GET /api/v1/self-checks/compare', { query: { before: 'a', after: 'b&c' } });
    expect(sent[0]?.url).toBe('http://growth.example/api/v1/self-checks/compare?before=a&after=b%26c');
    expect(sent[0]?.headers['X-CSRF-Token']).toBeUndefined();
  });

  it('gives every POST a fresh Idempotency-Key unless the caller names one', async () => {
    const { api, sent } = clientAnswering(201, '{"url":"x"}');
    await api('POST /api/v1/calendar-feed');
    await api('POST /api/v1/calendar-feed');
    await api('POST /api/v1/calendar-feed', { idempotencyKey: 'retry-of-3' });
    const keys = sent.map((s) => s.headers['Idempotency-Key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe('retry-of-3');
  });

  it('answers null for 204 and the text of a calendar', async () => {
    expect(await clientAnswering(204, '').api('DELETE /api/v1/calendar-feed')).toBeNull();
    const ics = await clientAnswering(200, 'BEGIN:VCALENDAR', 'text/calendar; charset=utf-8').api('GET /api/v1/calendar.ics');
    expect(ics).toBe('BEGIN:VCALENDAR');
  });

  it('throws the error body as an ApiError with its fields, current record and Retry-After', async () => {
    const body = JSON.stringify({ error: { code: 'conflict', message: 'Changed elsewhere.', current: { version: 3 } } });
    const conflict = await clientAnswering(409, body)
      .api('PATCH /api/v1/map', { body: { version: 1 } })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ApiError);
    expect(conflict).toMatchObject({ status: 409, code: 'conflict', message: 'Changed elsewhere.', current: { version: 3 } });
    expect(currentOf('PATCH /api/v1/map', conflict)?.version).toBe(3);
    expect(currentOf('PATCH /api/v1/map', new Error('not a conflict'))).toBeUndefined();
    const limited = await clientAnswering(429, '{"error":{"code":"rate_limited","message":"Wait."}}', undefined, {
      'retry-after': '30',
    })
      .api('POST /api/v1/session', { body: { email: 'a@example.test', password: 'x' } })
      .catch((e: unknown) => e);
    expect(limited).toMatchObject({ status: 429, retryAfterSeconds: 30 });
    const html = await clientAnswering(502, '<html>', 'text/html')
      .api('GET /api/v1/map')
      .catch((e: unknown) => e);
    expect(html).toMatchObject({ status: 502, code: 'internal', message: 'The server answered 502.' });
  });

  it('encodes a string body as text (a route that consumes text), anything else as JSON', () => {
    expect(encodeBody('skill,category\n')).toEqual({ contentType: 'text/plain; charset=utf-8', payload: 'skill,category\n' });
    expect(encodeBody({ ids: [] })).toEqual({ contentType: 'application/json', payload: '{"ids":[]}' });
    expect(encodeBody(Uint8Array.of(0x25, 0x50))).toEqual({
      contentType: 'application/octet-stream',
      payload: Uint8Array.of(0x25, 0x50),
    });
    expect(encodeBody(undefined)).toBeNull();
  });

  it('turns a failed fetch into a network ApiError', async () => {
    const api = createClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(api('GET /api/v1/map')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('makes plain links for downloads', () => {
    expect(urlOf('GET /api/v1/me/export')).toBe('/api/v1/me/export');
    expect(urlOf('GET /api/v1/calendar/{file}', { params: { file: 'cal_x.ics' } })).toBe('/api/v1/calendar/cal_x.ics');
  });
});
