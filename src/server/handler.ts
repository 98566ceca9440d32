import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { HandlerResult, RouteDefinition } from '../schemas/route.js';
import type { EncodedJson } from './encodedJson.js';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The request of a table route, typed by its schemas after validation. */
export type RequestOf<R extends RouteDefinition> = FastifyRequest<{
  Params: Parsed<R['params']>;
  Querystring: Parsed<R['query']>;
  Body: Parsed<R['body']>;
}>;

/**
 * Answers one table route. The status comes from the table, so a handler only returns the
 * body (null for 204), or that body already checked and encoded (an answer it keeps); it gets
 * the reply for cookies and headers.
 */
export type Handler<R extends RouteDefinition> = (
  request: RequestOf<R>,
  reply: FastifyReply,
) => Promise<HandlerResult<R> | EncodedJson<R>>;

/** A handler for every route of one feature of the table, and nothing else. */
export type Handlers<T extends Record<string, RouteDefinition>> = { [K in keyof T]: Handler<T[K]> };
