/**
 * Request bodies sent with `Content-Encoding` (RFC 9110 §8.4): what a client with Smithy's
 * `@requestCompression` sends (`Content-Encoding: gzip`, appended after any coding the caller set
 * itself). The handlers undo the codings they know, outermost (last listed) first, before the
 * input is read: `gzip` / `x-gzip`, `deflate` (zlib) and `identity`. Decompression uses the Web
 * `DecompressionStream`, present in Node 20 and in browsers, so the MSW handlers do it in both.
 *
 * What is left of the header afterwards is what the caller chose: an input member bound to
 * `@httpHeader("Content-Encoding")` receives it (`custom, gzip` → `custom`). Without such a member
 * a coding the mock cannot undo is answered as an unknown media type would be (415
 * `UnsupportedMediaTypeException`, RFC 9110 §15.5.16).
 *
 * The decoded size is bounded (`maxBytes`, by default what ota-mock accepts as a body) and
 * decompression stops as soon as it is passed, so a small gzip bomb costs little.
 */

import type { MemberBinding } from './bindings.js';

/** The default bound on a decoded body: ota-mock's default `--max-body-bytes` (server/http-bridge.ts). */
export const DEFAULT_MAX_DECODED_BODY_BYTES = 1024 * 1024;

/** Codings the mock undoes, by lower-case name, with the `DecompressionStream` format (none: nothing to undo). */
const DECODERS: ReadonlyMap<string, CompressionFormat | undefined> = new Map([
  ['gzip', 'gzip'],
  ['x-gzip', 'gzip'],
  ['deflate', 'deflate'],
  ['identity', undefined],
]);

export type BodyDecoding =
  /** `contentEncoding`: the codings left for the application, `null` when none is. */
  | { readonly ok: true; readonly body: Uint8Array; readonly contentEncoding: string | null }
  | { readonly ok: false; readonly problem: 'malformed' | 'unsupported' | 'tooLarge'; readonly message: string };

export interface BodyDecodingOptions {
  /** Largest decoded body accepted. @default DEFAULT_MAX_DECODED_BODY_BYTES */
  readonly maxBytes?: number;
  /** The input binds `Content-Encoding` to a member: codings the mock cannot undo are the caller's data. */
  readonly modeled: boolean;
}

/** Whether an input binds the `Content-Encoding` header to one of its members. */
export function bindsContentEncoding(bindings: readonly MemberBinding[]): boolean {
  return bindings.some((b) => b.in === 'header' && b.name.toLowerCase() === 'content-encoding');
}

class TooLarge extends Error {}

async function inflate(bytes: Uint8Array, format: CompressionFormat, maxBytes: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(format)).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Undoes the codings of `contentEncoding` the mock knows, outermost first; see the module comment. */
export async function decodeContentEncoding(contentEncoding: string | null, body: Uint8Array, options: BodyDecodingOptions): Promise<BodyDecoding> {
  if (contentEncoding === null) return { ok: true, body, contentEncoding };
  const codings = contentEncoding.split(',').map((c) => c.trim()).filter((c) => c !== '');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DECODED_BODY_BYTES;
  let decoded = body;
  while (codings.length > 0) {
    const coding = codings[codings.length - 1]!;
    const key = coding.toLowerCase();
    if (!DECODERS.has(key)) break;
    codings.pop();
    const format = DECODERS.get(key);
    // A request without a body (a GET that names a coding) has nothing to undo.
    if (format === undefined || decoded.length === 0) continue;
    try {
      decoded = await inflate(decoded, format, maxBytes);
    } catch (e) {
      if (e instanceof TooLarge) return { ok: false, problem: 'tooLarge', message: `the request body decompresses to more than ${maxBytes} bytes` };
      return { ok: false, problem: 'malformed', message: `body: is not valid ${coding} data (Content-Encoding: ${contentEncoding})` };
    }
  }
  if (codings.length > 0 && !options.modeled) {
    return { ok: false, problem: 'unsupported', message: `Content-Encoding ${codings[codings.length - 1]} is not supported (the mock decodes gzip, deflate and identity)` };
  }
  return { ok: true, body: decoded, contentEncoding: codings.length > 0 ? codings.join(', ') : null };
}

/** Header read access, as Fetch `Headers` and the operation core's `WireHeaders` give it. */
export interface ReadableHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/**
 * The request's headers as the input reader must see them once the body is decoded: the codings
 * left (or no `Content-Encoding`), and the decoded body's `Content-Length`.
 */
export function decodedHeaders(headers: ReadableHeaders, contentEncoding: string | null, length: number): ReadableHeaders {
  const replaced = (name: string): string | null | undefined => {
    const key = name.toLowerCase();
    if (key === 'content-encoding') return contentEncoding;
    if (key === 'content-length') return headers.get('content-length') === null ? null : String(length);
    return undefined;
  };
  return {
    get: (name) => {
      const value = replaced(name);
      return value === undefined ? headers.get(name) : value;
    },
    forEach: (callback) =>
      headers.forEach((value, name) => {
        const own = replaced(name);
        if (own === undefined) callback(value, name);
        else if (own !== null) callback(own, name);
      }),
  };
}

/** The part of a request the decoding replaces (the operation core's `WireRequest` has it). */
export interface EncodedRequest {
  readonly headers: ReadableHeaders;
  readonly body: Uint8Array;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Why a request's body could not be decoded, as the handler answers it (`malformed`: the operation's malformed-input answer). */
export interface BodyDecodingFailure {
  readonly ok: false;
  readonly malformed: boolean;
  readonly status: number;
  readonly name: string;
  readonly message: string;
}

const FAILURES: Readonly<Record<'malformed' | 'unsupported' | 'tooLarge', { status: number; name: string }>> = {
  malformed: { status: 400, name: 'SerializationException' },
  unsupported: { status: 415, name: 'UnsupportedMediaTypeException' },
  // The name ota-mock answers a body over its limit with (server/mock-server.ts).
  tooLarge: { status: 413, name: 'RequestEntityTooLargeException' },
};

const utf8 = new TextDecoder();

/**
 * `request` with its body decoded and its headers as `decodedHeaders` gives them; the request itself
 * when it names no Content-Encoding (the common case costs one header lookup).
 */
export async function decodeRequestBody<R extends EncodedRequest>(request: R, options: BodyDecodingOptions): Promise<{ readonly ok: true; readonly request: R } | BodyDecodingFailure> {
  const contentEncoding = request.headers.get('content-encoding');
  if (contentEncoding === null) return { ok: true, request };
  const decoded = await decodeContentEncoding(contentEncoding, request.body, options);
  if (!decoded.ok) return { ok: false, malformed: decoded.problem === 'malformed', ...FAILURES[decoded.problem], message: decoded.message };
  const body = decoded.body;
  return {
    ok: true,
    request: {
      ...request,
      headers: decodedHeaders(request.headers, decoded.contentEncoding, body.length),
      body,
      text: async () => utf8.decode(body),
      arrayBuffer: async () => body.slice().buffer as ArrayBuffer,
    },
  };
}
