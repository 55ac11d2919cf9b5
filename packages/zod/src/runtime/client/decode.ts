/**
 * Decodes a restJson1 HTTP response into an operation's output or one of its modeled errors, for
 * a client that calls the service with `fetch`. The generated `decode<Op>Response` functions
 * (client.gen.ts) describe each structure's HTTP bindings; this module reads the status, headers
 * and body accordingly and hands the assembled value to the structure's **lenient** codec, which
 * checks the JSON types, drops unknown fields and converts to the application form.
 */

import type * as z from 'zod';
import { bytesToBase64 } from '../base64.js';
import { formatIssues } from '../issues.js';
import { errorTypeOf } from './error-type.js';
import { mediaTypeHeaderValue, parseHeaderList, parseHeaderScalar, type HeaderList, type HeaderScalar } from './http-values.js';
import { decodeEventStream, type ByteSource, type EventStreamPlan } from '../event-stream/index.js';

/** How one HTTP-bound member of a structure is read; members without one are JSON body properties. */
export type BoundMember =
  | { member: string; in: 'header'; name: string; type: HeaderScalar | HeaderList }
  | { member: string; in: 'prefixHeaders'; prefix: string }
  | { member: string; in: 'responseCode' }
  /** `@httpPayload`: the whole body is the member (`jsonName` is its key in the codec's input). */
  | { member: string; in: 'payload'; jsonName: string; payload: 'blob' | 'string' | 'json' }
  /** An event-stream payload: the body's messages, read lazily as the union's events (`plan`). */
  | { member: string; in: 'payload'; jsonName: string; payload: 'eventStream'; plan: EventStreamPlan };

export interface StructureDecoding {
  /** The structure's lenient codec (wire ⇄ application); bound members enter it in application form. */
  codec: z.ZodType;
  bound: readonly BoundMember[];
}

export interface OperationDecoding {
  operation: string;
  output: StructureDecoding | undefined;
  /** Modeled errors by their shape name (the name on the wire). */
  errors: ReadonlyMap<string, StructureDecoding>;
}

/** A fetch `Response`, or its parts (as a test or a non-fetch HTTP client holds them). */
export type ResponseInput =
  | Response
  | {
      status: number;
      headers?: Headers | Readonly<Record<string, string>> | Iterable<readonly [string, string]>;
      body?: string | Uint8Array | null;
    };

export type DecodedResponse<Output, Errors extends object> =
  | { ok: true; status: number; output: Output }
  | { [N in keyof Errors]: { ok: false; status: number; modeled: true; name: N; error: Errors[N] } }[keyof Errors]
  | {
      ok: false;
      status: number;
      modeled: false;
      /** The error type the response named (sanitised), if any: not one of the operation's errors. */
      name: string | undefined;
      /** The body as JSON when it parses, else its text. */
      body: unknown;
    };

/** A response whose body or headers do not have the JSON types the model gives them. */
export class ResponseDecodeError extends Error {
  override name = 'ResponseDecodeError';
  constructor(
    message: string,
    readonly status: number,
    /** One line per problem, `path: rule` (docs/VALIDATION.md). */
    readonly issues: readonly string[],
  ) {
    super(issues.length ? `${message}:\n${issues.join('\n')}` : message);
  }
}

interface RawResponse {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

async function readResponse(input: ResponseInput): Promise<RawResponse> {
  if (typeof Response !== 'undefined' && input instanceof Response) {
    return { status: input.status, headers: input.headers, bytes: new Uint8Array(await input.arrayBuffer()) };
  }
  const { status, headers, body } = input as Exclude<ResponseInput, Response>;
  const h = new Headers();
  if (headers instanceof Headers) headers.forEach((v, k) => h.append(k, v));
  else if (headers && Symbol.iterator in headers) for (const [k, v] of headers as Iterable<readonly [string, string]>) h.append(k, v);
  else if (headers) for (const k of Object.keys(headers)) h.append(k, (headers as Record<string, string>)[k]!);
  const bytes = body == null ? new Uint8Array() : typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return { status, headers: h, bytes };
}

function parseJson(text: string, status: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ResponseDecodeError(`the response body (HTTP ${status}) is not JSON: ${(e as Error).message}`, status, []);
  }
}

/** The codec's input: the JSON body's properties plus every bound member's application value. */
function assemble(d: StructureDecoding, raw: RawResponse, text: () => string): Record<string, unknown> {
  const payload = d.bound.find((b) => b.in === 'payload');
  let out: Record<string, unknown> = {};
  if (payload === undefined) {
    const body = text().trim() === '' ? {} : parseJson(text(), raw.status);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ResponseDecodeError(`the response body (HTTP ${raw.status}) must be a JSON object`, raw.status, []);
    }
    out = { ...(body as Record<string, unknown>) };
    // A body property named like a bound member is not that member.
    for (const b of d.bound) delete out[b.member];
  }
  for (const b of d.bound) {
    switch (b.in) {
      case 'header': {
        const value = raw.headers.get(b.name);
        if (value === null) break;
        // Any text is a string to the codec: a @mediaType header that does not decode is reported here.
        if (!('list' in b.type) && b.type.mediaType && mediaTypeHeaderValue(value) === undefined) {
          throw new ResponseDecodeError(`the response headers (HTTP ${raw.status}) do not match the model`, raw.status, [`${b.member}: header ${b.name} must be base64-encoded UTF-8 text (a @mediaType string)`]);
        }
        out[b.member] = 'list' in b.type ? parseHeaderList(b.type, value) : parseHeaderScalar(b.type, value);
        break;
      }
      case 'prefixHeaders': {
        const map: Record<string, string> = Object.create(null);
        const prefix = b.prefix.toLowerCase();
        raw.headers.forEach((value, name) => {
          if (name.startsWith(prefix)) map[name.slice(prefix.length)] = value;
        });
        out[b.member] = { ...map };
        break;
      }
      case 'responseCode':
        out[b.member] = raw.status;
        break;
      case 'payload': {
        // An empty body is an absent payload; a blob payload enters the codec as base64, like a body blob.
        if (raw.bytes.length === 0 || b.payload === 'eventStream') break;
        if (b.payload === 'blob') out[b.jsonName] = bytesToBase64(raw.bytes);
        else if (b.payload === 'string') out[b.jsonName] = text();
        else out[b.jsonName] = parseJson(text(), raw.status);
        break;
      }
    }
  }
  return out;
}

function decodeStructure(d: StructureDecoding, raw: RawResponse, text: () => string, what: string, body?: ByteSource): unknown {
  const result = d.codec.safeDecode(assemble(d, raw, text));
  if (!result.success) throw new ResponseDecodeError(`${what} (HTTP ${raw.status}) does not match the model`, raw.status, formatIssues(result.error));
  // An event stream is not part of the codec's input: its events are decoded as they are iterated
  // (from the live body of a fetch Response when there is one, so events arrive as they are sent).
  const stream = eventStreamOf(d);
  if (stream) return { ...(result.data as object), [stream.member]: decodeEventStream(stream.plan, body ?? [raw.bytes]) };
  return result.data;
}

function eventStreamOf(d: StructureDecoding | undefined): Extract<BoundMember, { payload: 'eventStream' }> | undefined {
  return d?.bound.find((b): b is Extract<BoundMember, { payload: 'eventStream' }> => b.in === 'payload' && b.payload === 'eventStream');
}

/** 2xx is a success (an `@httpResponseCode` output may use any); anything else is an error. */
export async function decodeResponse(op: OperationDecoding, input: ResponseInput): Promise<DecodedResponse<unknown, Record<string, unknown>>> {
  // A successful event-stream response is not read here: its body is the output's stream.
  if (typeof Response !== 'undefined' && input instanceof Response && input.ok && input.body && eventStreamOf(op.output)) {
    const raw = { status: input.status, headers: input.headers, bytes: new Uint8Array() };
    return { ok: true, status: raw.status, output: decodeStructure(op.output!, raw, () => '', `the ${op.operation} output`, input.body) };
  }
  const raw = await readResponse(input);
  let decoded: string | undefined;
  const text = () => (decoded ??= new TextDecoder().decode(raw.bytes));
  if (raw.status >= 200 && raw.status < 300) {
    const output = op.output ? decodeStructure(op.output, raw, text, `the ${op.operation} output`) : {};
    return { ok: true, status: raw.status, output };
  }
  let body: unknown = text();
  try {
    body = text().trim() === '' ? undefined : JSON.parse(text());
  } catch {
    // Not JSON: an unmodeled error (a proxy's HTML page, say) keeps its text.
  }
  const name = errorTypeOf(raw.headers.get('x-amzn-errortype'), body);
  const shape = name === undefined ? undefined : op.errors.get(name);
  if (shape === undefined || name === undefined) return { ok: false, status: raw.status, modeled: false, name, body };
  return { ok: false, status: raw.status, modeled: true, name, error: decodeStructure(shape, raw, text, `the ${name} error`) };
}
