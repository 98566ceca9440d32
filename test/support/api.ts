import { expect } from 'vitest';
import { type Api, ApiError, createClient } from '../../src/client/api.js';
import type { Engine } from '../../src/db/database.js';
import { loadConfig } from '../../src/server/config.js';
import { type Runtime, startRuntime } from '../../src/server/runtime.js';
import { TestClock, databaseUrlFor } from './engines.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * A caller of the API: keeps its session cookie and CSRF token like the browser does.
 * `call` is the typed client the web app uses; `request` and its shorthands send anything,
 * for tests of what the client would never send (bad input, missing headers).
 */
export class Caller {
  cookie: string | null = null;
  csrfToken = '';
  bearer: string | null = null;
  constructor(
    private readonly runtime: Runtime,
    readonly address = '127.0.0.1',
  ) {}

  /** The shared typed client, answered through `app.inject` instead of the network. */
  readonly call: Api = createClient({
    fetch: async (url, { method, headers, body }) => {
      const response = await this.inject(method, url, body, headers);
      const text = response.body;
      const bytes = response.rawPayload;
      return {
        status: response.statusCode,
        ok: response.statusCode < 400,
        headers: { get: (name) => headerText(response.headers[name.toLowerCase()]) },
        text: async () => text,
        arrayBuffer: async () => new Uint8Array(bytes).buffer,
      };
    },
    csrfToken: () => this.csrfToken,
  });

  async request<T = any>(
    method: string,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Answer<T>> {
    // A string or bytes go as they are (malformed JSON, other content types, a file); anything else as JSON.
    const isObject = body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array);
    const payload = isObject ? JSON.stringify(body) : body;
    const response = await this.inject(method, url, payload, {
      ...(isObject && { 'content-type': 'application/json' }),
      ...extraHeaders,
    });
    const parsed = response.body ? safeJson(response.body) : null;
    return { status: response.statusCode, body: parsed as T, headers: response.headers };
  }

  private async inject(
    method: string,
    url: string,
    payload: string | Uint8Array | undefined,
    extraHeaders: Record<string, string>,
  ) {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(extraHeaders)) headers[name.toLowerCase()] = value;
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] ??= this.csrfToken;
    const response = await this.runtime.app.inject({
      method: method as 'GET',
      url,
      headers,
      remoteAddress: this.address,
      ...(payload === undefined ? {} : { payload: typeof payload === 'string' ? payload : Buffer.from(payload) }),
    });
    const setCookie = response.cookies.find((c) => c.name === 'gm_session');
    if (setCookie) this.cookie = setCookie.value ? `gm_session=${setCookie.value}` : null;
    const parsed = response.body ? safeJson(response.body) : null;
    if (
      parsed &&
      typeof parsed === 'object' &&
      'csrfToken' in parsed &&
      typeof parsed.csrfToken === 'string' &&
      parsed.csrfToken
    ) {
      this.csrfToken = parsed.csrfToken;
    }
    return response;
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body?: unknown) => this.request<T>('POST', url, body ?? {});
  patch = <T = any>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
  put = <T = any>(url: string, body: unknown) => this.request<T>('PUT', url, body);
  delete = <T = any>(url: string, body?: unknown) => this.request<T>('DELETE', url, body);
}

/** Awaits a typed call that must fail, and returns the client's error to look at. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) return expect.fail(`expected an ApiError, got ${String(error)}`);
  return error;
}

function headerText(value: string | string[] | number | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const password = 'a long and unusual passphrase';

export interface ApiHarness {
  runtime: Runtime;
  clock: TestClock;
  databaseUrl: string | null;
  caller(address?: string): Caller;
  /** The administrator, set up through the API. */
  admin(): Promise<Caller>;
  /** Another person, joined through an open sign-up. */
  member(name: string): Promise<Caller>;
  close(): Promise<void>;
}

export async function startApi(
  engine: Engine,
  options: {
    signup?: 'invite' | 'open';
    databaseUrl?: string | null;
    clock?: TestClock;
    baseUrl?: string;
    /** More environment variables, e.g. WEBHOOK_ALLOW_PRIVATE. */
    env?: Record<string, string>;
    smtpUrl?: string;
  } = {},
): Promise<ApiHarness> {
  const databaseUrl = options.databaseUrl !== undefined ? options.databaseUrl : await databaseUrlFor(engine);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'growthmap-api-')),
    SIGNUP: options.signup ?? 'open',
    LOG_LEVEL: 'silent',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(options.baseUrl ? { BASE_URL: options.baseUrl } : {}),
    ...options.env,
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
  });
  const clock = options.clock ?? new TestClock();
  const runtime = await startRuntime(config, { clock, webDir: null });
  const harness: ApiHarness = {
    runtime,
    clock,
    databaseUrl,
    caller: (address) => new Caller(runtime, address),
    async admin() {
      const caller = new Caller(runtime);
      await caller.call('POST /api/v1/setup', { body: { email: 'admin@example.test', name: 'Admin', password } });
      return caller;
    },
    async member(name) {
      const caller = new Caller(runtime);
      const email = `${name.toLowerCase()}@example.test`;
      await caller.call('POST /api/v1/users', { body: { email, name, password } });
      return caller;
    },
    close: () => runtime.close(),
  };
  return harness;
}
