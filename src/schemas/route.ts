import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The statuses a route answers when it worked; everything else is an error body. 303 sends the
 * browser on (single sign-on goes through another site): the handler returns the address.
 */
export type SuccessStatus = 200 | 201 | 204 | 303;

/**
 * One route of the API, described once: the server registers it, the client calls it, the
 * tests walk it and OpenAPI documents it. Paths use OpenAPI's `{name}` placeholders.
 */
export interface RouteDefinition {
  method: Method;
  path: `/api/${string}`;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /**
   * The body is not JSON. `text/plain`: `body` is a string schema, and the client sends a string
   * as it is. `text/*`: the same under any Content-Type (a file's `text/yaml` or `text/markdown`), read as UTF-8.
   * `application/octet-stream`: raw bytes under any Content-Type (`body` is a bytes
   * schema, a Buffer on the server); the client sends a Uint8Array as it is.
   */
  consumes?: 'text/plain' | 'text/*' | 'application/octet-stream';
  /** This route's own body limit in bytes, when it takes more than the app's (an upload). */
  bodyLimit?: number;
  /** Exactly one success status; errors are the shared error body and documented for every route. */
  response: Partial<Record<SuccessStatus, z.ZodType>>;
  /** Answered without signing in, and exempt from CSRF. */
  public?: true;
  /**
   * The answer shows a secret once (a token, a link). Such a route ignores `Idempotency-Key`:
   * keeping the answer to replay it would store the secret in plain text and hand it out twice.
   */
  answersSecret?: true;
  /**
   * The answer is not JSON. `text/calendar`, `text/markdown`, `text/csv`: the handler returns the text and the
   * client hands it back as a string. `application/octet-stream`: a stored file; the handler sets its type and
   * returns the bytes; the client hands back a text file's text and any other file's bytes.
   * `application/pdf`: the handler returns the bytes; the client hands them back. `text/html`: a whole page, as text.
   */
  produces?: 'text/calendar' | 'text/markdown' | 'text/csv' | 'text/html' | 'application/pdf' | 'application/octet-stream';
  /** Sent as a download (`Content-Disposition: attachment`); still JSON. */
  download?: true;
  /**
   * The answer is always smaller than the compression threshold (a probe's few bytes): the route
   * skips the compression hooks, which would only find that out on every request.
   */
  neverCompressed?: true;
  /** Left out of the OpenAPI document (the document itself). */
  hidden?: true;
  tags: string[];
  summary: string;
  description?: string;
}

/** Keeps the literal method and path, so `"PATCH /api/v1/map"` can name the route in types. */
export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;

export type RouteKey<R extends RouteDefinition> = `${R['method']} ${R['path']}`;

export const routeKey = (route: RouteDefinition): string => `${route.method} ${route.path}`;

type SchemaOf<R extends RouteDefinition, K extends 'params' | 'query' | 'body'> = R[K] extends z.ZodType ? R[K] : never;

/** What a caller sends: the schemas' input types (before defaults and transforms). */
export type RouteInput<R extends RouteDefinition> = ([SchemaOf<R, 'params'>] extends [never]
  ? { params?: undefined }
  : { params: z.input<SchemaOf<R, 'params'>> }) &
  ([SchemaOf<R, 'query'>] extends [never]
    ? { query?: undefined }
    : // A query whose every field is optional (`?owner=`, filters) may be left out.
      object extends z.input<SchemaOf<R, 'query'>>
      ? { query?: z.input<SchemaOf<R, 'query'>> }
      : { query: z.input<SchemaOf<R, 'query'>> }) &
  ([SchemaOf<R, 'body'>] extends [never] ? { body?: undefined } : { body: z.input<SchemaOf<R, 'body'>> });

export type SuccessStatusOf<R extends RouteDefinition> = Extract<keyof R['response'], SuccessStatus>;

type ResponseSchema<R extends RouteDefinition> = R['response'][SuccessStatusOf<R>] extends infer S extends z.ZodType ? S : never;

/** What the route answers when it worked, as the client receives it. */
export type RouteOutput<R extends RouteDefinition> = R['produces'] extends 'application/octet-stream'
  ? Uint8Array | string
  : R['produces'] extends 'application/pdf'
    ? Uint8Array
    : R['produces'] extends string
      ? string
      : SuccessStatusOf<R> extends 204 | 303
        ? null
        : z.output<ResponseSchema<R>>;

/** What a handler may return: the response schema's input (the serializer parses it). */
export type HandlerResult<R extends RouteDefinition> = R['produces'] extends 'application/octet-stream' | 'application/pdf'
  ? Uint8Array
  : R['produces'] extends string
    ? string
    : SuccessStatusOf<R> extends 204
      ? null
      : SuccessStatusOf<R> extends 303
        ? RedirectTo
        : z.input<ResponseSchema<R>>;

/** Where a 303 route sends the browser: a path of this app or the address of another site. */
export interface RedirectTo {
  location: string;
}

export const successStatusOf = (route: RouteDefinition): SuccessStatus => {
  const statuses = Object.keys(route.response).map(Number);
  const status = statuses.find((s): s is SuccessStatus => s === 200 || s === 201 || s === 204 || s === 303);
  if (status === undefined || statuses.length !== 1) throw new Error(`${routeKey(route)} needs exactly one success status`);
  return status;
};

/** `/api/v1/cycles/{id}` with `{id: "x y"}` → `/api/v1/cycles/x%20y`. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`${path} needs the parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
