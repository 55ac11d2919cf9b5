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

function parseTimestamp(value: unknown, format: TimestampFormat): unknown {
  if (format === 'epoch-seconds') {
    const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(Math.round(seconds * 1000)) : value;
  }
  return typeof value === 'string' ? new Date(value) : value;
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
      if (typeof value === 'string') return value in NON_FINITE ? NON_FINITE[value] : value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
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
