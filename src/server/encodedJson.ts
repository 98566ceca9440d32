import type { FastifyReply, FastifyRequest } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type HandlerResult, type RouteDefinition, successStatusOf } from '../schemas/route.js';
import { type AnswerEncoding, COMPRESSION_THRESHOLD, chooseEncoding, compressAnswer } from './compression.js';

/** A route producing text (CSV, Markdown, a calendar): its answer is the text, never JSON. */
type TextRoute = RouteDefinition & { produces: `text/${string}` };

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A route's answer already checked against its response schema and turned into JSON bytes, as
 * the serializer would (the same Zod encode, then JSON.stringify), so it can be sent many times
 * for the cost of one check; or a text route's answer as its bytes (`ofText`). Its compressed
 * forms are made the first time a client asks for them.
 */
export class EncodedJson<R extends RouteDefinition> {
  readonly #compressed = new Map<AnswerEncoding, Buffer>();

  private constructor(
    readonly route: R,
    readonly bytes: Buffer,
    readonly contentType: string = JSON_TYPE,
  ) {}

  /** Throws the serializer's own error when the value does not match the route's schema (a 500). */
  static of<R extends RouteDefinition>(route: R, value: HandlerResult<R>): EncodedJson<R> {
    const schema = route.response[successStatusOf(route)];
    if (!schema) throw new Error(`${route.method} ${route.path} has no response schema`);
    const result = z.safeEncode(schema, value);
    if (result.error) throw new ResponseSerializationError(route.method, route.path, { cause: result.error });
    return new EncodedJson(route, Buffer.from(JSON.stringify(result.data)));
  }

  /**
   * As `of`, for an answer whose bulk our own code built from values already checked, where the
   * schema's check per entry would cost more than building it (a thousand-member heatmap's levels:
   * 50,000 entries). `withoutBulk` gives the value with the bulk emptied: that is checked, and must
   * encode to itself (no key dropped, nothing transformed), so the whole value's JSON is what `of`
   * would make of it.
   */
  static ofBulky<R extends RouteDefinition>(
    route: R,
    value: HandlerResult<R>,
    withoutBulk: (value: HandlerResult<R>) => HandlerResult<R>,
  ): EncodedJson<R> {
    const rest = withoutBulk(value);
    if (!EncodedJson.of(route, rest).bytes.equals(Buffer.from(JSON.stringify(rest)))) {
      throw new Error(`${route.method} ${route.path}: the answer changes when encoded, so it must go through EncodedJson.of`);
    }
    return new EncodedJson(route, Buffer.from(JSON.stringify(value)));
  }

  /**
   * A text route's answer as the route would send it: the text's UTF-8 bytes, under the route's
   * type. Fastify sends a text answer as it is, so there is nothing to check or encode.
   */
  static ofText<R extends TextRoute>(route: R, text: string): EncodedJson<R> {
    return new EncodedJson(route, Buffer.from(text), `${route.produces}; charset=utf-8`);
  }

  /** All the bytes this answer holds: the JSON and the compressed forms made so far. */
  get size(): number {
    let total = this.bytes.length;
    for (const form of this.#compressed.values()) total += form.length;
    return total;
  }

  /** Sends the bytes, compressed when the client accepts it and they are worth it. */
  send(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    reply.type(this.contentType);
    const encoding = this.bytes.length >= COMPRESSION_THRESHOLD ? chooseEncoding(request.headers['accept-encoding']) : null;
    if (encoding === null) return reply.send(this.bytes);
    let compressed = this.#compressed.get(encoding);
    if (!compressed) {
      compressed = compressAnswer(encoding, this.bytes);
      this.#compressed.set(encoding, compressed);
    }
    // @fastify/compress leaves an answer alone once it names its encoding.
    return reply.header('Vary', 'Accept-Encoding').header('Content-Encoding', encoding).send(compressed);
  }
}
