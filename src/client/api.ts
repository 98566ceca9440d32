import type { ErrorBody } from '../schemas/errors.js';
import { fillPath, type RouteInput, type RouteOutput } from '../schemas/route.js';
import type { ApiRouteKey, ApiRoutes } from '../schemas/routes.js';

/**
 * The one typed client of the API, for the browser, the tests and scripts alike. Routes are
 * named by their table key (`"PATCH /api/v1/cycles/{id}"`) and typed from the table; it
 * imports types only, so no schema or Zod ships to the browser. No DOM or Node module here:
 * the platform passes its `fetch`.
 */

/** What the server said went wrong, with per-field messages when it was the input. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly current?: unknown,
    /** From `Retry-After` when rate-limited: when the server will listen again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.code === 'conflict';
export const fieldErrors = (error: unknown): Record<string, string> => (error instanceof ApiError ? error.fields : {});

export interface FetchRequest {
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}
export interface FetchResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /** A stored file that is not text is read as bytes. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}
/** The subset of `fetch` the client uses, so a test can answer through `app.inject`. */
export type Fetch = (url: string, request: FetchRequest) => Promise<FetchResponse>;

export interface ClientOptions {
  fetch: Fetch;
  /** Prefix of every path, e.g. `http://127.0.0.1:3000`; empty for the same origin. */
  baseUrl?: string;
  /** Sent with every request that changes something (cookie callers). */
  csrfToken?: () => string;
}

export type CallInput<K extends ApiRouteKey> = RouteInput<ApiRoutes[K]> & {
  /** For a POST: the key of this submission; a retry of the same submission passes the same one. */
  idempotencyKey?: string;
};
export type CallOutput<K extends ApiRouteKey> = RouteOutput<ApiRoutes[K]>;
/** The input may be left out when the route takes nothing. */
type InputArgs<K extends ApiRouteKey> = object extends CallInput<K> ? [input?: CallInput<K>] : [input: CallInput<K>];

export type Api = <K extends ApiRouteKey>(route: K, ...input: InputArgs<K>) => Promise<CallOutput<K>>;

interface AnyInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  idempotencyKey?: string;
}

function queryString(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * JSON, except a string or bytes: only a route that consumes text or bytes takes one (see
 * RouteDefinition.consumes), and they go as they are.
 */
export function encodeBody(body: unknown): { contentType: string; payload: string | Uint8Array<ArrayBuffer> } | null {
  if (body === undefined) return null;
  if (typeof body === 'string') return { contentType: 'text/plain; charset=utf-8', payload: body };
  if (body instanceof Uint8Array) return { contentType: 'application/octet-stream', payload: new Uint8Array(body) };
  return { contentType: 'application/json', payload: JSON.stringify(body) };
}

/** A stored file that is neither JSON nor text (a PDF, an image) comes back as bytes. */
const isBinary = (contentType: string | null) =>
  contentType !== null && !contentType.includes('json') && !contentType.startsWith('text/');

function retryAfter(response: FetchResponse): number | null {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

function errorOf(response: FetchResponse, data: unknown): ApiError {
  const { status } = response;
  const error = typeof data === 'object' && data !== null && 'error' in data ? data.error : undefined;
  // Trusted like any answer: every error the server sends has this shape.
  const body: Partial<ErrorBody['error']> = typeof error === 'object' && error !== null ? error : {};
  return new ApiError(
    status,
    typeof body.code === 'string' ? body.code : 'internal',
    typeof body.message === 'string' ? body.message : `The server answered ${status}.`,
    body.fields ?? {},
    body.current,
    retryAfter(response),
  );
}

/** The record as it is now, from a 409 of this route; trusted like any answer of the route. */
export function currentOf<K extends ApiRouteKey>(route: K, error: unknown): CallOutput<K> | undefined;
export function currentOf(_route: string, error: unknown): unknown {
  return isConflict(error) ? error.current : undefined;
}

/** A route's address for a plain link (a download the browser saves itself). */
export function urlOf<K extends ApiRouteKey>(route: K, ...input: InputArgs<K>): string;
export function urlOf(route: string, { params, query }: AnyInput = {}): string {
  return `${fillPath(route.slice(route.indexOf(' ') + 1), params)}${queryString(query)}`;
}

export function createClient(options: ClientOptions): Api {
  async function api<K extends ApiRouteKey>(route: K, ...input: InputArgs<K>): Promise<CallOutput<K>>;
  async function api(route: string, input: AnyInput = {}): Promise<unknown> {
    const space = route.indexOf(' ');
    const method = route.slice(0, space);
    const url = `${options.baseUrl ?? ''}${fillPath(route.slice(space + 1), input.params)}${queryString(input.query)}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    const body = encodeBody(input.body);
    if (body) headers['Content-Type'] = body.contentType;
    const csrf = options.csrfToken?.();
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
    if (method === 'POST') headers['Idempotency-Key'] = input.idempotencyKey ?? crypto.randomUUID();
    let response: FetchResponse;
    try {
      response = await options.fetch(url, {
        method,
        headers,
        ...(body && { body: body.payload }),
      });
    } catch {
      throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
    }
    const type = response.headers.get('content-type');
    if (response.ok && isBinary(type) && response.arrayBuffer) return new Uint8Array(await response.arrayBuffer());
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    // The server checked every answer against the route's response schema before sending it.
    const data: unknown = !text ? null : isJson ? parseJson(text) : text;
    if (!response.ok) throw errorOf(response, data);
    return data;
  }
  return api;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
