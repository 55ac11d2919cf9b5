/**
 * Writes an operation's output (application form) as the restJson1 response the real service would
 * send: body members as JSON (timestamps as epoch seconds, blobs as base64, via the zod codecs for
 * aggregates), header-bound members as headers, `@httpResponseCode` as the status, `@httpPayload`
 * as the whole body.
 */

import type { MemberBinding } from './bindings.js';
import type { PreparedResponse } from './store.js';
import { formatPath } from './validation.js';
import { bytesToBase64, mediaTypeHeaderText, toHeaderText, toWire } from './wire-values.js';

/** RFC 9110 token: what a header name may be. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A field value Fetch sends unchanged: visible ASCII, spaces, tabs and obs-text bytes, no edge whitespace. */
const HEADER_VALUE = /^(?:[\x21-\x7e\x80-\xff](?:[\t\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?)?$/;

/**
 * Data the model allows but HTTP cannot carry (a map key that is no header name, a header value
 * with a newline or non-Latin-1 text) would be dropped or changed on the way: the store refuses it.
 */
function headerProblem(name: string, value: string): string | undefined {
  if (!HEADER_NAME.test(name)) return `cannot travel as an HTTP header: ${JSON.stringify(name)} is not a valid header name`;
  if (!HEADER_VALUE.test(value)) return `cannot travel in the HTTP header ${name}: the value has characters (or edge whitespace) a header cannot hold unchanged`;
  return undefined;
}

function encodeValue(b: MemberBinding, value: unknown): unknown {
  if ('codec' in b.type) return b.type.codec.encode(value);
  if ('scalar' in b.type) return toWire(b.type.scalar, value, b.type.format);
  return value;
}

function headerText(b: MemberBinding, value: unknown): string {
  if ('list' in b.type) {
    const { list, format } = b.type;
    return (value as unknown[]).map((v) => {
      const text = toHeaderText(list, v, format ?? 'http-date');
      // Elements holding a comma or a quote are quoted, so the list splits back the same way; http-dates
      // are the exception Smithy makes (sent as they are, a reader pairs the halves up again).
      if (list === 'timestamp' && (format ?? 'http-date') === 'http-date') return text;
      return /[",]/.test(text) ? `"${text.replace(/(["\\])/g, '\\$1')}"` : text;
    }).join(', ');
  }
  // A `@mediaType` string in a header travels base64-encoded.
  if ('scalar' in b.type && b.type.scalar === 'string' && b.type.mediaType !== undefined && typeof value === 'string') return mediaTypeHeaderText(value);
  if ('scalar' in b.type) return toHeaderText(b.type.scalar, value, b.type.format ?? 'http-date');
  return String(value);
}

/**
 * Body, headers and status of a success response; `json` is the wire value the strict wire schema
 * checks; `issues` lists values that HTTP headers cannot carry.
 */
export function prepareOutput(output: Readonly<Record<string, unknown>>, bindings: readonly MemberBinding[]): PreparedResponse & { json: unknown; issues: string[] } {
  const json: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const issues: string[] = [];
  const header = (path: PropertyKey[], name: string, value: string) => {
    const problem = headerProblem(name, value);
    if (problem) issues.push(`${formatPath(path)}: ${problem}`);
    else headers[name] = value;
  };
  let status: number | undefined;
  let payload: { body: string | Uint8Array<ArrayBuffer>; json: unknown; contentType: string } | undefined;
  for (const b of bindings) {
    const value = output[b.member];
    if (value === undefined || value === null) continue;
    switch (b.in) {
      case 'body':
        json[b.name] = encodeValue(b, value);
        break;
      case 'header':
        header([b.member], b.name, headerText(b, value));
        break;
      case 'prefixHeaders':
        for (const [k, v] of Object.entries(value as Record<string, string>)) header([b.member, k], `${b.name}${k}`, v);
        break;
      case 'responseCode':
        status = value as number;
        break;
      case 'payload':
        // A blob or string payload is the raw body; a structure, union or document payload is JSON.
        if ('scalar' in b.type && b.type.scalar === 'blob') payload = { body: new Uint8Array(value as Uint8Array), json: bytesToBase64(value as Uint8Array), contentType: b.type.mediaType ?? 'application/octet-stream' };
        else if ('scalar' in b.type && b.type.scalar === 'string') payload = { body: value as string, json: value, contentType: b.type.mediaType ?? 'text/plain' };
        else {
          const encoded = encodeValue(b, value);
          payload = { body: JSON.stringify(encoded), json: encoded, contentType: 'application/json' };
        }
        break;
      default:
        break;
    }
  }
  const base = { headers, issues, ...(status === undefined ? {} : { status }) };
  if (payload) return { ...base, body: payload.body, json: payload.json, contentType: payload.contentType };
  // A payload member that is unset: no body at all (not `{}`), whatever the payload's type.
  if (bindings.some((b) => b.in === 'payload')) return { ...base, body: '', json: undefined };
  return { ...base, body: JSON.stringify(json), json };
}
