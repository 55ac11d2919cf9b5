/**
 * The parts of a request outside its body, from the input (application form, already checked by
 * the codec): path labels, the `@endpoint` host prefix, query parameters, headers, and absent
 * `@idempotencyToken` members filled in.
 */

import { headerListText, percentEncode, scalarText } from './http-text.js';
import type { HeaderScalar } from './http-values.js';
import { RequestSerializeError, type InputEncoding, type OperationEncoding, type PathSegment, type RequestBound, type SerializeOptions } from './request-model.js';

export const isSet = (v: unknown) => v !== undefined && v !== null;
export const own = (o: object, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);

function labelText(op: OperationEncoding, bound: Extract<RequestBound, { in: 'label' }>, value: unknown): string {
  if (!isSet(value)) throw new RequestSerializeError(`${op.operation}: the path label ${bound.member} is required`);
  const text = scalarText(bound.type, value);
  if (text === '') throw new RequestSerializeError(`${op.operation}: the path label ${bound.member} must not be empty`);
  if (!bound.greedy) return percentEncode(text);
  // A greedy label spans segments: each is encoded, the `/` between them kept (a leading `/` too,
  // as the AWS SDK writes it).
  return percentEncode(text, true);
}

export function queryPairs(bound: readonly RequestBound[], input: Record<string, unknown>): [string, string][] {
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

export function headersOf(bound: readonly RequestBound[], input: Record<string, unknown>): Record<string, string> {
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

export function withTokens(d: InputEncoding, input: Record<string, unknown>, options: SerializeOptions | undefined): Record<string, unknown> {
  const missing = d.tokens.filter((t) => !isSet(own(input, t)));
  if (missing.length === 0) return input;
  const make = options?.idempotencyToken ?? (() => globalThis.crypto.randomUUID());
  const out = { ...input };
  for (const t of missing) out[t] = make();
  return out;
}

/** One DNS label: what a `@hostLabel` value must be (the prefix's literal text is checked at generation). */
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function hostPrefixOf(op: OperationEncoding, prefix: readonly PathSegment[], input: Record<string, unknown>): string {
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

export function pathOf(op: OperationEncoding, labels: ReadonlyMap<string, Extract<RequestBound, { in: 'label' }>>, input: Record<string, unknown>): string {
  const segments = op.path.map((s) => {
    if ('literal' in s) return s.literal;
    const bound = labels.get(s.label);
    if (bound === undefined) throw new RequestSerializeError(`${op.operation}: the path label ${s.label} is not an input member`);
    return labelText(op, bound, own(input, s.label));
  });
  return `/${segments.join('/')}`;
}
