/**
 * Header text → application values, for the members of a response that travel in headers
 * (restJson1, https://smithy.io/2.0/spec/http-bindings.html#httpheader-trait): scalars as text,
 * timestamps in their format (http-date unless the member says otherwise), `@mediaType` strings
 * as base64, lists as comma-separated values (quoted when they hold a comma or a quote). Text that
 * does not parse is passed on unchanged, so the lenient schema that checks the result reports it
 * with the member's path instead of this layer guessing.
 */

import { base64ToBytes, bytesToBase64, isBase64 } from '../base64.js';

const bytesOf = (text: string) => (isBase64(text) ? base64ToBytes(text) : undefined);

export type ScalarKind = 'string' | 'boolean' | 'integer' | 'float' | 'bigInteger' | 'bigDecimal' | 'timestamp' | 'blob' | 'document';
export type TimestampFormat = 'epoch-seconds' | 'date-time' | 'http-date';

export interface HeaderScalar {
  scalar: ScalarKind;
  format?: TimestampFormat;
  /** A string with `@mediaType`: the header holds it base64-encoded. */
  mediaType?: boolean;
}
export interface HeaderList {
  list: ScalarKind;
  format?: TimestampFormat;
}

const NON_FINITE: ReadonlyMap<string, number> = new Map([
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
]);

function parseTimestamp(text: string, format: TimestampFormat): unknown {
  if (format === 'epoch-seconds') {
    const seconds = text.trim() === '' ? Number.NaN : Number(text);
    return Number.isFinite(seconds) ? new Date(Math.round(seconds * 1000)) : text;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date;
}

/**
 * A `@mediaType` string as a header carries it: its UTF-8 bytes in base64 (Smithy restJson1, `@httpHeader`).
 * For a request serializer; `parseHeaderScalar` with `mediaType: true` reads it back.
 */
export function mediaTypeHeaderText(value: string): string {
  return bytesToBase64(new TextEncoder().encode(value));
}

/** A `@mediaType` header's text decoded: undefined when it is not canonical base64 or its bytes are not UTF-8. */
export function mediaTypeHeaderValue(text: string): string | undefined {
  const bytes = bytesOf(text);
  if (bytes === undefined) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function parseHeaderScalar(type: HeaderScalar, text: string): unknown {
  switch (type.scalar) {
    case 'string':
      return type.mediaType ? (mediaTypeHeaderValue(text) ?? text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'integer':
      return /^-?\d+$/.test(text) ? Number(text) : text;
    case 'float': {
      const special = NON_FINITE.get(text);
      if (special !== undefined) return special;
      const n = text.trim() === '' ? Number.NaN : Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'bigInteger':
      return /^-?\d+$/.test(text) ? BigInt(text) : text;
    case 'bigDecimal':
      return text;
    case 'timestamp':
      return parseTimestamp(text, type.format ?? 'http-date');
    case 'blob': {
      return bytesOf(text) ?? text;
    }
    case 'document':
      return text;
  }
}

/**
 * Splits a comma-separated header list. A quoted element keeps its commas and loses its quotes and
 * backslash escapes; an http-date holds one comma of its own (`Mon, 16 Dec 2019 23:48:18 GMT`), so
 * an http-date list splits after every second comma.
 */
export function splitHeaderList(text: string, httpDates = false): string[] {
  if (text.trim() === '') return [];
  if (httpDates) {
    const parts = text.split(',').map((p) => p.trim());
    const out: string[] = [];
    for (let i = 0; i < parts.length; i += 2) out.push(parts[i + 1] === undefined ? parts[i]! : `${parts[i]}, ${parts[i + 1]}`);
    return out.filter((p) => p !== '');
  }
  const out: string[] = [];
  let i = 0;
  while (i <= text.length) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '"') {
      let value = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
      out.push(value);
      i++;
      while (i < text.length && text[i] !== ',') i++;
      i++;
      continue;
    }
    const comma = text.indexOf(',', i);
    const end = comma < 0 ? text.length : comma;
    out.push(text.slice(i, end).trim());
    i = end + 1;
    if (comma < 0) break;
  }
  return out;
}

export function parseHeaderList(type: HeaderList, text: string): unknown[] {
  const format = type.format ?? 'http-date';
  return splitHeaderList(text, type.list === 'timestamp' && format === 'http-date').map((t) => parseHeaderScalar({ scalar: type.list, format }, t));
}
