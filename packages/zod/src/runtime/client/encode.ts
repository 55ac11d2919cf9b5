/**
 * Serializes an operation's input into a restJson1 HTTP request, for a client that calls the
 * service with `fetch`. The generated `serialize<Op>Request` functions (client.gen.ts) describe the
 * operation's `@http` method and URI and each input member's binding; this module checks the input
 * with the structure's **lenient** codec (JSON types, no constraints: like the AWS SDK, a client
 * leaves constraint checks to the service) and writes labels, query, headers and body.
 */

import type * as z from 'zod';
import { base64ToBytes, bytesToBase64 } from '../base64.js';
import { formatIssues } from '../issues.js';
import type { RequestCompression } from './compression.js';
import { fillDefaults, type DefaultsTable } from './defaults.js';
import { headerListText, percentEncode, scalarText } from './http-text.js';
import type { HeaderList, HeaderScalar } from './http-values.js';
import { md5 } from './md5.js';

/** How one HTTP-bound input member is written; members without one go to the JSON body. */
export type RequestBound =
  | { member: string; in: 'label'; greedy: boolean; type: HeaderScalar }
  | { member: string; in: 'query'; name: string; type: HeaderScalar | HeaderList }
  /** `@httpQueryParams`: a map of strings, or of string lists (`list`), each key a parameter. */
  | { member: string; in: 'queryParams'; list: boolean }
  | { member: string; in: 'header'; name: string; type: HeaderScalar | HeaderList }
  | { member: string; in: 'prefixHeaders'; prefix: string };

/** `@httpPayload`: the member that is the whole body (`jsonName`: its key in the codec's output). */
export interface RequestPayload {
  jsonName: string;
  payload: 'blob' | 'string' | 'structure' | 'json';
  /** The target's `@mediaType`, which becomes the Content-Type of a blob or string payload. */
  mediaType?: string;
}

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
  /** `Uint8Array<ArrayBuffer>`, so the whole request is a `RequestInit` for TypeScript too. */
  body: string | Uint8Array<ArrayBuffer> | undefined;
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

const isSet = (v: unknown) => v !== undefined && v !== null;
const own = (o: object, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);

function labelText(op: OperationEncoding, bound: Extract<RequestBound, { in: 'label' }>, value: unknown): string {
  if (!isSet(value)) throw new RequestSerializeError(`${op.operation}: the path label ${bound.member} is required`);
  const text = scalarText(bound.type, value);
  if (text === '') throw new RequestSerializeError(`${op.operation}: the path label ${bound.member} must not be empty`);
  if (!bound.greedy) return percentEncode(text);
  // A greedy label spans segments: each is encoded, the `/` between them kept.
  return percentEncode(text.replace(/^\/+/, ''), true);
}

function queryPairs(bound: readonly RequestBound[], input: Record<string, unknown>): [string, string][] {
  const pairs: [string, string][] = [];
  const modeled = new Set<string>();
  for (const b of bound) {
    if (b.in !== 'query') continue;
    const value = own(input, b.member);
    if (!isSet(value)) continue;
    modeled.add(b.name);
    if ('list' in b.type) {
      const element: HeaderScalar = { scalar: b.type.list, ...(b.type.format ? { format: b.type.format } : {}) };
      for (const v of value as unknown[]) if (isSet(v)) pairs.push([b.name, scalarText(element, v)]);
    } else pairs.push([b.name, scalarText(b.type, value)]);
  }
  // `@httpQueryParams`: every key not already taken by a modeled `@httpQuery` member that is set.
  for (const b of bound) {
    if (b.in !== 'queryParams') continue;
    const map = own(input, b.member);
    if (!isSet(map)) continue;
    for (const key of Object.keys(map as object)) {
      if (modeled.has(key)) continue;
      const v = (map as Record<string, unknown>)[key];
      for (const item of b.list && Array.isArray(v) ? v : [v]) if (isSet(item)) pairs.push([key, String(item)]);
    }
  }
  return pairs;
}

function headersOf(bound: readonly RequestBound[], input: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  // Prefix headers first: a modeled `@httpHeader` of the same name wins.
  for (const b of bound) {
    if (b.in !== 'prefixHeaders') continue;
    const map = own(input, b.member);
    if (!isSet(map)) continue;
    for (const key of Object.keys(map as object)) {
      const v = (map as Record<string, unknown>)[key];
      if (isSet(v)) headers[`${b.prefix}${key}`.toLowerCase()] = String(v);
    }
  }
  for (const b of bound) {
    if (b.in !== 'header') continue;
    const value = own(input, b.member);
    if (!isSet(value)) continue;
    headers[b.name.toLowerCase()] = 'list' in b.type ? headerListText(b.type, (value as unknown[]).filter(isSet)) : scalarText(b.type, value);
  }
  return headers;
}

function payloadBody(p: RequestPayload, value: unknown): { body: string | Uint8Array<ArrayBuffer>; contentType: string } | undefined {
  switch (p.payload) {
    case 'blob':
      return value === undefined ? undefined : { body: base64ToBytes(value as string) as Uint8Array<ArrayBuffer>, contentType: p.mediaType ?? 'application/octet-stream' };
    case 'string':
      return value === undefined ? undefined : { body: value as string, contentType: p.mediaType ?? 'text/plain' };
    case 'structure':
      // An absent structure payload is sent as `{}`, as the AWS SDK does.
      return { body: JSON.stringify(value ?? {}), contentType: 'application/json' };
    case 'json':
      return value === undefined ? undefined : { body: JSON.stringify(value), contentType: 'application/json' };
  }
}

function withTokens(d: InputEncoding, input: Record<string, unknown>, options: SerializeOptions | undefined): Record<string, unknown> {
  const missing = d.tokens.filter((t) => !isSet(own(input, t)));
  if (missing.length === 0) return input;
  const make = options?.idempotencyToken ?? (() => globalThis.crypto.randomUUID());
  const out = { ...input };
  for (const t of missing) out[t] = make();
  return out;
}

/** One DNS label: what a `@hostLabel` value must be (the prefix's literal text is checked at generation). */
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

function hostPrefixOf(op: OperationEncoding, prefix: readonly PathSegment[], input: Record<string, unknown>): string {
  return prefix
    .map((p) => {
      if ('literal' in p) return p.literal;
      const value = own(input, p.label);
      if (typeof value !== 'string' || value === '') throw new RequestSerializeError(`${op.operation}: the host label ${p.label} is required`);
      // A value could otherwise move the request to another host (`evil.com/`, `a@b`).
      if (!HOST_LABEL.test(value)) throw new RequestSerializeError(`${op.operation}: the host label ${p.label} must be one DNS label (letters, digits, inner "-"), got ${JSON.stringify(value)}`);
      return value;
    })
    .join('');
}

function pathOf(op: OperationEncoding, labels: ReadonlyMap<string, Extract<RequestBound, { in: 'label' }>>, input: Record<string, unknown>): string {
  const segments = op.path.map((s) => {
    if ('literal' in s) return s.literal;
    const bound = labels.get(s.label);
    if (bound === undefined) throw new RequestSerializeError(`${op.operation}: the path label ${s.label} is not an input member`);
    return labelText(op, bound, own(input, s.label));
  });
  return `/${segments.join('/')}`;
}

/** The request an input becomes; throws `RequestSerializeError` for an input that cannot be sent. */
export function serializeRequest(op: OperationEncoding, rawInput: unknown, options?: SerializeOptions): SerializedRequest {
  const d = op.input;
  const given = typeof rawInput === 'object' && rawInput !== null ? (rawInput as Record<string, unknown>) : {};
  const input = d ? withTokens(d, given, options) : {};
  const labels = new Map((d?.bound ?? []).flatMap((b) => (b.in === 'label' ? [[b.member, b] as const] : [])));
  // The codec first: every bound value below then has its modeled type (lenient encoding leaves
  // an absent member absent, so a missing label is named by pathOf, not as a generic "is required").
  let encoded: Record<string, unknown> = {};
  if (d) {
    const result = d.codec.safeEncode(input);
    if (!result.success) throw new RequestSerializeError(`the ${op.operation} input does not match the model`, formatIssues(result.error));
    encoded = fillDefaults(d.defaults, result.data as Record<string, unknown>);
  }
  const path = pathOf(op, labels, input);
  // A literal `?hello` stays a bare key; a member's empty value is still `key=`.
  const literals = op.queryLiterals.map(([k, v]) => (v === '' ? percentEncode(k) : `${percentEncode(k)}=${percentEncode(v)}`));
  const query = [...literals, ...(d ? queryPairs(d.bound, input) : []).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)];
  const headers = d ? headersOf(d.bound, input) : Object.create(null);
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  let contentType: string | undefined;
  if (d?.payload) {
    const written = payloadBody(d.payload, encoded[d.payload.jsonName]);
    if (written) ({ body, contentType } = written);
  } else if (d && d.body.length > 0) {
    const json: Record<string, unknown> = {};
    for (const key of d.body) if (Object.prototype.hasOwnProperty.call(encoded, key) && encoded[key] !== undefined) json[key] = encoded[key];
    body = JSON.stringify(json);
    contentType = 'application/json';
  }
  if (body !== undefined) {
    if (contentType !== undefined && headers['content-type'] === undefined) headers['content-type'] = contentType;
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    headers['content-length'] = String(bytes.length);
    if (op.checksumRequired) headers['content-md5'] = bytesToBase64(md5(bytes));
  }
  const request: SerializedRequest = { method: op.method, path: query.length ? `${path}?${query.join('&')}` : path, headers: { ...headers }, body };
  if (op.requestCompression) request.requestCompression = op.requestCompression;
  if (op.hostPrefix && !options?.disableHostPrefix) request.hostPrefix = hostPrefixOf(op, op.hostPrefix, input);
  return request;
}

/**
 * The absolute URL of a serialized request at `endpoint` (`https://host[/base/path]`): the
 * endpoint's own path, if any, comes before the operation's, as an AWS SDK client joins them, and
 * an `@endpoint` host prefix before its host (`https://foo.example.com`).
 */
export function requestUrl(endpoint: string | URL, request: Pick<SerializedRequest, 'path' | 'hostPrefix'>): string {
  let base = String(endpoint).replace(/\/+$/, '');
  if (request.hostPrefix) base = base.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)?/, (scheme) => `${scheme}${request.hostPrefix}`);
  return `${base}${request.path}`;
}
