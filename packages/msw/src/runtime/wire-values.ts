/**
 * restJson1 conversions of scalar values between the wire and the application form, for members
 * the runtime handles itself (HTTP-bound members, and simple body members that have no codec of
 * their own). Aggregates go through the zod codecs of @ota-contract/zod.
 *
 * A value of the wrong JSON type is passed through unchanged: the strict schema that checks the
 * result then reports it with its path, instead of this layer guessing.
 */

export type ScalarKind = 'string' | 'boolean' | 'integer' | 'float' | 'bigInteger' | 'bigDecimal' | 'timestamp' | 'blob' | 'document';
export type TimestampFormat = 'epoch-seconds' | 'date-time' | 'http-date';

const NON_FINITE: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY };

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Undefined for text that is not canonical base64 (standard alphabet, `=` padding). */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A `@mediaType` string bound to a header travels as the base64 of its UTF-8 bytes (Smithy restJson1,
 * `@httpHeader`). Undefined for text that is not canonical base64 or whose bytes are not UTF-8.
 */
export function mediaTypeHeaderValue(text: string): string | undefined {
  const bytes = base64ToBytes(text);
  if (bytes === undefined) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function mediaTypeHeaderText(value: string): string {
  return bytesToBase64(new TextEncoder().encode(value));
}

/** RFC 3339 in UTC (`Z`), as Smithy's date-time format requires; offsets and other ISO 8601 forms are refused. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
/** IMF-fixdate (RFC 7231), Smithy's http-date. */
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const EPOCH_TEXT = /^-?\d+(?:\.\d+)?$/;
/** A decimal number as text (`1`, `-1.5`, `2e3`), not what `Number()` also takes (`0x42`, `''`, ` 1`). */
const DECIMAL_TEXT = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A timestamp in `format`; anything else is returned unchanged (the input rules then refuse it). */
function parseTimestamp(value: unknown, format: TimestampFormat): unknown {
  if (format === 'epoch-seconds') {
    const seconds = typeof value === 'string' && EPOCH_TEXT.test(value) ? Number(value) : value;
    return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(Math.round(seconds * 1000)) : value;
  }
  if (typeof value !== 'string' || !(format === 'date-time' ? DATE_TIME : HTTP_DATE).test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

function formatTimestamp(date: Date, format: TimestampFormat): number | string {
  if (format === 'epoch-seconds') return date.getTime() / 1000;
  // Smithy writes whole seconds without a fraction (`2014-04-29T18:30:38Z`), as AWS services do.
  return format === 'date-time' ? date.toISOString().replace('.000Z', 'Z') : date.toUTCString();
}

/** Wire (JSON value, or header/query text) → application form. */
export function fromWire(kind: ScalarKind, value: unknown, format: TimestampFormat = 'epoch-seconds'): unknown {
  switch (kind) {
    case 'timestamp':
      return parseTimestamp(value, format);
    case 'blob':
      return typeof value === 'string' ? (base64ToBytes(value) ?? value) : value;
    case 'float':
      if (typeof value === 'string') return Object.hasOwn(NON_FINITE, value) ? NON_FINITE[value] : DECIMAL_TEXT.test(value) ? Number(value) : value;
      return value;
    case 'integer':
      return typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    case 'bigInteger':
      return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value)) ? BigInt(value) : value;
    case 'bigDecimal':
      return typeof value === 'number' ? String(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

/**
 * A JSON body value → application form. Stricter than header or query text: a JSON string is not a
 * number or a boolean (`"1"` for an integer is malformed, not coerced); floats take a number or
 * `"NaN"` / `"Infinity"` / `"-Infinity"`; an epoch-seconds timestamp must be a number.
 */
export function fromJson(kind: ScalarKind, value: unknown, format: TimestampFormat = 'epoch-seconds'): unknown {
  switch (kind) {
    case 'integer':
    case 'boolean':
    case 'string':
    case 'document':
      return value;
    case 'float':
      return typeof value === 'string' && Object.hasOwn(NON_FINITE, value) ? NON_FINITE[value] : value;
    case 'timestamp':
      return format === 'epoch-seconds' && typeof value !== 'number' ? value : parseTimestamp(value, format);
    default:
      return fromWire(kind, value, format);
  }
}

/** Application form → wire JSON value. */
export function toWire(kind: ScalarKind, value: unknown, format: TimestampFormat = 'epoch-seconds'): unknown {
  if (value === undefined || value === null) return value;
  switch (kind) {
    case 'timestamp':
      return value instanceof Date ? formatTimestamp(value, format) : value;
    case 'blob':
      return value instanceof Uint8Array ? bytesToBase64(value) : value;
    case 'float':
      return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
    case 'bigInteger':
      return typeof value === 'bigint' ? Number(value) : value;
    case 'bigDecimal':
      return typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    default:
      return value;
  }
}

/** A header value: like the JSON form, but text (lists are joined with `, `; see `input.ts` for the split). */
export function toHeaderText(kind: ScalarKind, value: unknown, format: TimestampFormat): string {
  const wire = toWire(kind, value, format);
  return typeof wire === 'string' ? wire : JSON.stringify(wire);
}
