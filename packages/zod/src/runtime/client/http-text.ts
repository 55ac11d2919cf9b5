/**
 * Application values → the text they travel as outside the JSON body of a restJson1 request
 * (https://smithy.io/2.0/spec/http-bindings.html): path labels, query values and headers. The
 * reverse of http-values.ts. Timestamps in the member's format (the generated table gives the
 * resolved one: date-time for labels and query, http-date for headers, unless `@timestampFormat`
 * says otherwise), blobs and `@mediaType` header strings as base64, non-finite floats as
 * `NaN` / `Infinity` / `-Infinity`, lists of header values comma-joined.
 */

import { bytesToBase64 } from '../base64.js';
import { dateToDateTime, dateToEpochSeconds, dateToHttpDate } from '../timestamps.js';
import { mediaTypeHeaderText, type HeaderList, type HeaderScalar, type TimestampFormat } from './http-values.js';

function timestampText(value: unknown, format: TimestampFormat): string {
  const date = value instanceof Date ? value : new Date(value as string | number);
  if (Number.isNaN(date.getTime())) throw new TypeError(`${String(value)} is not a valid timestamp`);
  if (format === 'epoch-seconds') return String(dateToEpochSeconds(date));
  return format === 'http-date' ? dateToHttpDate(date) : dateToDateTime(date);
}

function floatText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  return String(value);
}

/** The text of one scalar value (already checked against its type by the input's codec). */
export function scalarText(type: HeaderScalar, value: unknown): string {
  switch (type.scalar) {
    case 'timestamp':
      return timestampText(value, type.format ?? 'date-time');
    case 'blob':
      return bytesToBase64(value instanceof Uint8Array ? value : new TextEncoder().encode(String(value)));
    case 'float':
      return typeof value === 'number' ? floatText(value) : String(value);
    case 'string':
      return type.mediaType ? mediaTypeHeaderText(String(value)) : String(value);
    case 'document':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      return String(value);
  }
}

/**
 * A header list: elements joined with `, `; an element holding a comma or a double quote is quoted
 * (quotes and backslashes escaped), as the AWS SDK does. http-date timestamps keep their comma
 * unquoted: the reader splits them after every second comma (http-values.ts).
 */
export function headerListText(type: HeaderList, values: readonly unknown[]): string {
  const element: HeaderScalar = { scalar: type.list, ...(type.format ? { format: type.format } : {}) };
  return values
    .map((v) => {
      const text = scalarText(element, v);
      if (type.list === 'timestamp') return text;
      return /[",]/.test(text) ? `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"` : text;
    })
    .join(', ');
}

/**
 * RFC 3986 percent-encoding of everything but the unreserved characters (`A-Z a-z 0-9 - . _ ~`), as
 * Smithy asks for labels and query strings; `encodeURIComponent` leaves `!'()*` alone, so those
 * are encoded here. A greedy label keeps its `/` separators.
 */
export function percentEncode(text: string, keepSlash = false): string {
  const encoded = encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return keepSlash ? encoded.replace(/%2F/g, '/') : encoded;
}
