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

/** A caller of the API: keeps its session cookie and CSRF token like the browser does. */
export class Caller {
  cookie: string | null = null;
  csrfToken = '';
  bearer: string | null = null;
  constructor(
    private readonly runtime: Runtime,
    readonly address = '127.0.0.1',
  ) {}

  async request<T = any>(
    method: string,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] ??= this.csrfToken;
    const response = await this.runtime.app.inject({
      method: method as 'GET',
      url,
      headers,
      remoteAddress: this.address,
      ...(body === undefined ? {} : { payload: body as object }),
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
    return { status: response.statusCode, body: parsed as T, headers: response.headers };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body?: unknown) => this.request<T>('POST', url, body ?? {});
  patch = <T = any>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
  put = <T = any>(url: string, body: unknown) => this.request<T>('PUT', url, body);
  delete = <T = any>(url: string, body?: unknown) => this.request<T>('DELETE', url, body);
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
  options: { signup?: 'invite' | 'open'; databaseUrl?: string | null; clock?: TestClock; baseUrl?: string } = {},
): Promise<ApiHarness> {
  const databaseUrl = options.databaseUrl !== undefined ? options.databaseUrl : await databaseUrlFor(engine);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'growthmap-api-')),
    SIGNUP: options.signup ?? 'open',
    LOG_LEVEL: 'silent',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(options.baseUrl ? { BASE_URL: options.baseUrl } : {}),
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
      const answer = await caller.post('/api/v1/setup', { email: 'admin@example.test', name: 'Admin', password });
      if (answer.status !== 201) throw new Error(`setup answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      return caller;
    },
    async member(name) {
      const caller = new Caller(runtime);
      const email = `${name.toLowerCase()}@example.test`;
      const answer = await caller.post('/api/v1/users', { email, name, password });
      if (answer.status !== 201) throw new Error(`sign-up answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      return caller;
    },
    close: () => runtime.close(),
  };
  return harness;
}
