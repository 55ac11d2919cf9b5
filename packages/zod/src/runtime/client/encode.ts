/**
 * Serializes an operation's input into a restJson1 HTTP request, for a client that calls the
 * service with `fetch`. The generated `serialize<Op>Request` functions (client.gen.ts) describe the
 * operation's `@http` method and URI and each input member's binding (request-model.ts); this
 * module checks the input with the structure's **lenient** codec (JSON types, no constraints: like
 * the AWS SDK, a client leaves constraint checks to the service), has the path, query and headers
 * written (request-parts.ts) and writes the body.
 */

import { base64ToBytes, bytesToBase64 } from '../base64.js';
import { encodeEventStream, EVENT_STREAM_MEDIA_TYPE } from '../event-stream/index.js';
import { formatIssues } from '../issues.js';
import { fillDefaults } from './defaults.js';
import { percentEncode } from './http-text.js';
import { md5 } from './md5.js';
import { RequestSerializeError, type OperationEncoding, type RequestPayload, type SerializedRequest, type SerializeOptions } from './request-model.js';
import { headersOf, hostPrefixOf, own, pathOf, queryPairs, withTokens } from './request-parts.js';

export type { InputEncoding, OperationEncoding, PathSegment, RequestBound, RequestPayload, SerializedRequest, SerializeOptions } from './request-model.js';
export { RequestSerializeError } from './request-model.js';

function payloadBody(p: RequestPayload, value: unknown): { body: NonNullable<SerializedRequest['body']>; contentType: string } | undefined {
  switch (p.payload) {
    case 'eventStream':
      return value === undefined ? undefined : { body: encodeEventStream(p.plan, value as AsyncIterable<unknown>), contentType: EVENT_STREAM_MEDIA_TYPE };
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
  let body: SerializedRequest['body'];
  let contentType: string | undefined;
  if (d?.payload) {
    // An event stream passes the codec untouched (it is no JSON value): taken from the input.
    const written = payloadBody(d.payload, d.payload.payload === 'eventStream' ? own(input, d.payload.member) : encoded[d.payload.jsonName]);
    if (written) ({ body, contentType } = written);
  } else if (d && d.body.length > 0) {
    const json: Record<string, unknown> = {};
    for (const key of d.body) if (Object.prototype.hasOwnProperty.call(encoded, key) && encoded[key] !== undefined) json[key] = encoded[key];
    body = JSON.stringify(json);
    contentType = 'application/json';
  }
  // fetch refuses a body on GET and HEAD, and the AWS SDK's fetch handler drops it for them: a model
  // that binds members of such an operation to the body (elasticsearch's DescribeDomainAutoTunes)
  // sends them nowhere, and the request does not describe a body it does not carry.
  if (op.method === 'GET' || op.method === 'HEAD') body = undefined;
  if (body !== undefined) {
    if (contentType !== undefined && headers['content-type'] === undefined) headers['content-type'] = contentType;
  }
  if (body !== undefined && !(body instanceof ReadableStream)) {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    headers['content-length'] = String(bytes.length);
    if (op.checksumRequired) headers['content-md5'] = bytesToBase64(md5(bytes));
  }
  const request: SerializedRequest = { method: op.method, path: query.length ? `${path}?${query.join('&')}` : path, headers: { ...headers }, body };
  if (body instanceof ReadableStream) request.duplex = 'half';
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
