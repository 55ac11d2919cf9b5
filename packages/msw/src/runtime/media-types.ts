/**
 * Media types of restJson1 messages, as Smithy servers check them: a request body must come with
 * the Content-Type its input expects (JSON for body members and structure/union/document payloads,
 * the payload's `@mediaType`, else `application/octet-stream` for blobs and `text/plain` for
 * strings), a request without body members must not send a body with a Content-Type, and an
 * `Accept` header must admit the media type of the response. Violations are answered 415
 * `UnsupportedMediaTypeException` / 406 `NotAcceptableException` by the handler.
 */

import type { MemberBinding } from './bindings.js';

const JSON_TYPE = 'application/json';

/** The media type of a message whose members are `bindings`; undefined when it has no body. */
export function bodyMediaType(bindings: readonly MemberBinding[]): string | undefined {
  const payload = bindings.find((b) => b.in === 'payload');
  if (payload) {
    if ('scalar' in payload.type && (payload.type.scalar === 'blob' || payload.type.scalar === 'string')) {
      return payload.type.mediaType ?? (payload.type.scalar === 'blob' ? 'application/octet-stream' : 'text/plain');
    }
    return JSON_TYPE;
  }
  return bindings.some((b) => b.in === 'body') ? JSON_TYPE : undefined;
}

/**
 * What a request's Content-Type must be: `any` for a blob payload without `@mediaType` (any bytes
 * of any type), else `bodyMediaType`; an input structure without members takes an optional JSON
 * body (`{}`), a Unit input none.
 */
export function requestMediaType(bindings: readonly MemberBinding[], hasInputStructure: boolean): string | 'any' | undefined {
  const payload = bindings.find((b) => b.in === 'payload');
  if (payload && 'scalar' in payload.type && payload.type.scalar === 'blob' && payload.type.mediaType === undefined) return 'any';
  return bodyMediaType(bindings) ?? (hasInputStructure && bindings.length === 0 ? JSON_TYPE : undefined);
}

/** `type/subtype` of a Content-Type or Accept entry, lower-cased, parameters dropped. */
const essence = (value: string): string => value.split(';')[0]!.trim().toLowerCase();

/** Why the request's Content-Type does not fit the input (`expected` from `bodyMediaType`), or undefined. */
export function contentTypeProblem(contentType: string | null, hasBody: boolean, expected: string | 'any' | undefined): string | undefined {
  if (expected === 'any') return undefined;
  // Smithy servers judge the Content-Type of a body: a bodyless request that names one (as clients
  // that always send `application/json` do) is read like one without.
  if (expected === undefined) return contentType !== null && hasBody ? `this operation takes no body, but the request has a body with Content-Type ${contentType}` : undefined;
  if (contentType === null) return hasBody ? `a body needs Content-Type ${expected}` : undefined;
  return essence(contentType) === essence(expected) ? undefined : `Content-Type ${contentType} is not ${expected}`;
}

/** Whether an `Accept` header admits `mediaType` (`*\/*`, `type/*` or the type itself; no header admits anything). */
export function accepts(accept: string | null, mediaType: string): boolean {
  if (accept === null || accept.trim() === '' || mediaType === '*/*') return true;
  const [type] = essence(mediaType).split('/');
  return accept.split(',').some((entry) => {
    const e = essence(entry);
    return e === '*/*' || e === `${type}/*` || e === essence(mediaType);
  });
}
