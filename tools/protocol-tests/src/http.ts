/**
 * HTTP messages of a case: the Fetch `Request` a case describes, and the checks of a response
 * against the case's status, listed / forbidden / required headers, and body (JSON-equal when the
 * media type is JSON, byte-equal otherwise).
 */

import { smithyDiff } from './equality.js';
import type { CaseMessage } from './types.js';

const NO_BODY = new Set(['GET', 'HEAD']);

export function caseRequest(m: CaseMessage): Request {
  const host = m.host ?? 'example.com';
  const query = (m.queryParams ?? []).join('&');
  const uri = m.uri ?? '/';
  const url = `https://${host}${uri}${query ? `${uri.includes('?') ? '&' : '?'}${query}` : ''}`;
  const method = m.method ?? 'GET';
  const body = m.body !== undefined && m.body !== '' && !NO_BODY.has(method) ? m.body : undefined;
  // Bytes, not a string: Fetch would add `Content-Type: text/plain` to a string body the case sends without one.
  return new Request(url, { method, headers: m.headers ?? {}, ...(body === undefined ? {} : { body: new TextEncoder().encode(body) }) });
}

export function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && /^application\/(?:[\w.+-]*\+)?json\b/i.test(mediaType.trim());
}

/** Problems of the response's status and headers against the expectation, or []. */
export function headerProblems(expected: CaseMessage, response: Response): string[] {
  const problems: string[] = [];
  if (expected.code !== undefined && response.status !== expected.code) problems.push(`status: expected ${expected.code}, got ${response.status}`);
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const actual = response.headers.get(name);
    if (actual === null) problems.push(`header ${name}: missing (expected ${JSON.stringify(value)})`);
    else if (actual.trim() !== value.trim()) problems.push(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
  }
  for (const name of expected.forbidHeaders ?? []) if (response.headers.has(name)) problems.push(`header ${name}: forbidden, but sent (${JSON.stringify(response.headers.get(name))})`);
  for (const name of expected.requireHeaders ?? []) if (!response.headers.has(name)) problems.push(`header ${name}: required, but missing`);
  return problems;
}

/** The body problem, if any: JSON compared as values when the media type is JSON, else bytes. */
export function bodyProblem(expectedBody: string, mediaType: string | undefined, actual: Uint8Array): string | undefined {
  const text = new TextDecoder().decode(actual);
  if (isJsonMediaType(mediaType) && expectedBody.trim() !== '') {
    let got: unknown;
    try {
      got = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      return `body: expected JSON ${expectedBody}, got non-JSON ${JSON.stringify(text.slice(0, 200))}`;
    }
    const diff = smithyDiff(JSON.parse(expectedBody), got);
    return diff ? `body ${diff} (body: ${text.slice(0, 300)})` : undefined;
  }
  const want = new TextEncoder().encode(expectedBody);
  const same = want.length === actual.length && want.every((b, i) => b === actual[i]);
  return same ? undefined : `body: expected ${JSON.stringify(expectedBody.slice(0, 200))}, got ${JSON.stringify(text.slice(0, 200))}`;
}
