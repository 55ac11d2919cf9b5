/**
 * The tables a generated `serialize<Op>Request` hands the request serializer (encode.ts), what it
 * returns, and its error: one module, so the writers (request-parts.ts) and the assembly share them.
 */

import type * as z from 'zod';
import type { EventStreamPlan } from '../event-stream/index.js';
import type { RequestCompression } from './compression.js';
import type { DefaultsTable } from './defaults.js';
import type { HeaderList, HeaderScalar } from './http-values.js';

/** How one HTTP-bound input member is written; members without one go to the JSON body. */
export type RequestBound =
  | { member: string; in: 'label'; greedy: boolean; type: HeaderScalar }
  | { member: string; in: 'query'; name: string; type: HeaderScalar | HeaderList }
  /** `@httpQueryParams`: a map of strings, or of string lists (`list`), each key a parameter. */
  | { member: string; in: 'queryParams'; list: boolean }
  | { member: string; in: 'header'; name: string; type: HeaderScalar | HeaderList }
  | { member: string; in: 'prefixHeaders'; prefix: string };

/** `@httpPayload`: the member that is the whole body (`jsonName`: its key in the codec's output). */
export type RequestPayload =
  | {
      jsonName: string;
      payload: 'blob' | 'string' | 'structure' | 'json';
      /** The target's `@mediaType`, which becomes the Content-Type of a blob or string payload. */
      mediaType?: string;
    }
  /** A `@streaming` union: the input's iterable of events, framed as event-stream messages. */
  | { member: string; payload: 'eventStream'; plan: EventStreamPlan };

export type PathSegment = { literal: string } | { label: string };

export interface OperationEncoding {
  operation: string;
  method: string;
  /** The `@http` URI's path, split at `/` (literal segments as written in the model). */
  path: readonly PathSegment[];
  /** The URI's constant query part (`?foo=bar&baz`: a `''` value is a bare key). */
  queryLiterals: readonly (readonly [string, string])[];
  input?: InputEncoding;
  /** `@requestCompression`: handed on to the request, for `compressRequest` (compress-request.ts). */
  requestCompression?: RequestCompression;
  /** `@endpoint`'s host prefix: literal text and `@hostLabel` members (`{ label }`). */
  hostPrefix?: readonly PathSegment[];
  /** `@httpChecksumRequired`: the body's MD5 goes in `Content-MD5`. */
  checksumRequired?: boolean;
}

export interface InputEncoding {
  /** The input structure's lenient codec: bound members go in and come out in application form. */
  codec: z.ZodType;
  bound: readonly RequestBound[];
  /** JSON names of the members that form the JSON body (none: no body, unless a payload). */
  body: readonly string[];
  payload?: RequestPayload;
  /** `@idempotencyToken` members: filled with a fresh UUID when the caller leaves them out. */
  tokens: readonly string[];
  defaults?: DefaultsTable;
}

export interface SerializeOptions {
  /** Makes the value of an absent `@idempotencyToken` member (default: `crypto.randomUUID()`). */
  idempotencyToken?: () => string;
  /** Leave out the operation's `@endpoint` host prefix (the AWS SDKs' `disableHostPrefix`). */
  disableHostPrefix?: boolean;
}

/**
 * What to send: `fetch(new URL(request.path, endpoint), request)` works as is (it is a `RequestInit`).
 * `path` holds the percent-encoded path and query string, relative to the endpoint; header names
 * are lower case.
 */
export interface SerializedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /**
   * `Uint8Array<ArrayBuffer>`, so the whole request is a `RequestInit` for TypeScript too; a
   * `ReadableStream` for an event-stream input (then `duplex: 'half'`, as fetch asks of a stream).
   */
  body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | undefined;
  duplex?: 'half';
  /** Set for an operation with `@requestCompression`: `await compressRequest(request)` before sending. */
  requestCompression?: RequestCompression;
  /** Set for an operation with `@endpoint`: what goes before the endpoint's host (`requestUrl` puts it there). */
  hostPrefix?: string;
}

/** An input that cannot be sent: a missing or empty label, or a value of the wrong JSON type. */
export class RequestSerializeError extends Error {
  override name = 'RequestSerializeError';
  constructor(
    message: string,
    /** One line per problem, `path: rule` (docs/VALIDATION.md). */
    readonly issues: readonly string[] = [],
  ) {
    super(issues.length ? `${message}:\n${issues.join('\n')}` : message);
  }
}
