/**
 * The transport-neutral form of one HTTP exchange that an operation's core reads and writes. MSW
 * hands the handlers a Fetch `Request` and wants a Fetch `Response` back; the standalone mock
 * server (`ota-mock`) speaks node:http. Building Fetch objects per request (a `Request` with its
 * AbortSignal, a clone, a `Response` whose body is then read back through a web stream) was most of
 * ota-mock's CPU per call (BENCHMARKS.md, "ota-mock over HTTP"), so the core works on these plain
 * views and each transport converts at its own edge: `wireFromFetch`/`toFetchResponse` here for MSW,
 * `server/node-wire.ts` for node:http.
 */

/** Read access to request headers, as Fetch `Headers` give it (names case-insensitive, duplicates joined with ", "). */
export interface WireHeaders {
  get(name: string): string | null;
  /** Every header, lowercase names in sorted order (Fetch's iteration order). */
  forEach(callback: (value: string, name: string) => void): void;
}

export interface WireRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: WireHeaders;
  /** The whole body; empty when the request has none. */
  readonly body: Uint8Array;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The request as a Fetch `Request` (resolvers' `context.request`); the server builds it only when asked. */
  fetchRequest(): Request;
}

export interface WireResponse {
  readonly status: number;
  /** Lowercase names (as Fetch `Headers` would write them), values without surrounding whitespace. */
  readonly headers: Readonly<Record<string, string>>;
  /** `null` for statuses that carry no body (204, 304...). */
  readonly body: string | Uint8Array<ArrayBuffer> | null;
}

const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder();

/** Fetch's normalization of a header value: leading and trailing HTTP whitespace removed. */
const normalizeValue = (value: string): string => value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

/**
 * Builds a response's headers as Fetch `Headers.set` would: names are case-insensitive (a later
 * `set` of `content-type` replaces `Content-Type`), stored lowercase, values normalized.
 */
export class WireHeaderBuilder {
  private readonly values: Record<string, string> = Object.create(null) as Record<string, string>;
  set(name: string, value: string): this {
    this.values[name.toLowerCase()] = normalizeValue(value);
    return this;
  }
  build(): Readonly<Record<string, string>> {
    return this.values;
  }
}

/** The length a body takes on the wire (UTF-8 bytes for text), counted without encoding it (this runs in browsers too: no Buffer). */
export function wireBodyLength(body: string | Uint8Array): number {
  if (typeof body !== 'string') return body.length;
  let bytes = body.length;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < body.length && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 2 UTF-16 units, 4 bytes
      i++;
    } else bytes += 2; // the rest of the BMP (a lone surrogate becomes U+FFFD: 3 bytes too)
  }
  return bytes;
}

/** A body-less request needs no clone: reading it would give nothing. */
export async function wireFromFetch(request: Request): Promise<WireRequest> {
  const body = request.body === null ? EMPTY : new Uint8Array(await request.clone().arrayBuffer());
  return {
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    body,
    text: async () => utf8.decode(body),
    arrayBuffer: async () => body.slice().buffer as ArrayBuffer,
    fetchRequest: () => request,
  };
}

export function toFetchResponse(response: WireResponse): Response {
  return new Response(response.body, { status: response.status, headers: response.headers as Record<string, string> });
}
