/**
 * JSON Schema of Smithy's simple shapes on the restJson1 wire, per docs/VALIDATION.md: code point
 * lengths, `u`-flag patterns, integer widths, epoch seconds within the range of a JS `Date`, base64
 * blobs (with `@length` in bytes as a pattern), `"NaN"`/`"Infinity"` strings for floats and doubles.
 */

import type { Constraints, SimpleKind, TimestampFormat } from '../../ir/types.js';
import type { JsonSchema, JsonSchemaOptions } from './json-schema-defs.js';

/** Epoch seconds a JS `Date` can hold (±100,000,000 days): every accepted timestamp decodes to a valid Date. */
export const EPOCH_SECONDS_LIMIT = 8_640_000_000_000;
const B64 = '[A-Za-z0-9+/]';
// Quads are written out (`XXXX`, not `X{4}`): the same language, but V8 matches it about twice as fast.
const QUAD = B64.repeat(4);
/**
 * Standard base64 with `=` padding; the empty string is zero bytes. The same strings as
 * docs/VALIDATION.md's `^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$`.
 */
export const BASE64_PATTERN = `^(?:${QUAD})*(?:${B64}${B64}==|${B64}${B64}${B64}=)?$`;
/** RFC 7231 IMF-fixdate, the restJson1 `http-date` format. */
export const HTTP_DATE_PATTERN = '^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$';
export const NON_FINITE_STRINGS = ['NaN', 'Infinity', '-Infinity'] as const;
/** Integer widths enforced in strict mode; long and bigInteger stop at the JS safe-integer range. */
export const INTEGER_WIDTHS: Readonly<Record<'byte' | 'short' | 'integer' | 'long' | 'bigInteger', [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  bigInteger: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};
/**
 * Base64 text whose decoded size is within `length` bytes, as one regex: a text of `q` full quads
 * plus a tail of `r` bytes (`XX==` or `XXX=`) decodes to `3q + r` bytes.
 */
export function base64Pattern(length: Constraints['length']): string {
  if (!length || (length.min === undefined && length.max === undefined)) return BASE64_PATTERN;
  const min = length.min ?? 0;
  const tails = ['', `${B64}${B64}==`, `${B64}${B64}${B64}=`];
  const alternatives: string[] = [];
  for (let r = 0; r < 3; r++) {
    const qMin = Math.max(0, Math.ceil((min - r) / 3));
    const qMax = length.max === undefined ? undefined : Math.floor((length.max - r) / 3);
    if (qMax !== undefined && qMax < qMin) continue;
    alternatives.push(`(?:${QUAD}){${qMin},${qMax ?? ''}}${tails[r]}`);
  }
  // No byte count satisfies the bounds: an empty class matches nothing.
  return alternatives.length ? `^(?:${alternatives.join('|')})$` : '^[]$';
}

function numberBounds(range: Constraints['range'], width?: [number, number]): JsonSchema {
  const min = Math.max(width?.[0] ?? -Infinity, range?.min ?? -Infinity);
  const max = Math.min(width?.[1] ?? Infinity, range?.max ?? Infinity);
  return { ...(Number.isFinite(min) ? { minimum: min } : {}), ...(Number.isFinite(max) ? { maximum: max } : {}) };
}

function timestampSchema(format: TimestampFormat): JsonSchema {
  if (format === 'date-time') return { type: 'string', format: 'date-time' };
  if (format === 'http-date') return { type: 'string', pattern: HTTP_DATE_PATTERN };
  return { type: 'number', minimum: -EPOCH_SECONDS_LIMIT, maximum: EPOCH_SECONDS_LIMIT };
}

/** A simple shape's schema with the given (effective) constraints. */
export function simpleSchema(kind: SimpleKind, c: Constraints, o: JsonSchemaOptions, timestampFormat: TimestampFormat = 'epoch-seconds'): JsonSchema {
  const s = o.mode === 'strict';
  switch (kind) {
    case 'string':
      return {
        type: 'string',
        // A lower bound of 0 is no constraint: leaving it out spares a code point count.
        ...(s && c.length?.min ? { minLength: c.length.min } : {}),
        ...(s && c.length?.max !== undefined ? { maxLength: c.length.max } : {}),
        ...(s && c.pattern !== undefined ? { pattern: c.pattern } : {}),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'bigInteger':
      return s ? { type: 'integer', ...numberBounds(c.range, INTEGER_WIDTHS[kind]) } : { type: 'integer' };
    case 'float':
    case 'double': {
      if (!s) return { anyOf: [{ type: 'number' }, { type: 'string', enum: [...NON_FINITE_STRINGS] }] };
      const words = NON_FINITE_STRINGS.filter((w) => (w === 'NaN' ? !c.range : w === 'Infinity' ? c.range?.max === undefined : c.range?.min === undefined));
      const num: JsonSchema = { type: 'number', ...numberBounds(c.range) };
      return words.length ? { anyOf: [num, { type: 'string', enum: words }] } : num;
    }
    case 'bigDecimal':
      return { type: 'number', ...(s ? numberBounds(c.range) : {}) };
    case 'blob':
      return { type: 'string', pattern: s ? base64Pattern(c.length) : BASE64_PATTERN };
    case 'document':
      return {};
    case 'timestamp':
      return timestampSchema(timestampFormat);
  }
}
