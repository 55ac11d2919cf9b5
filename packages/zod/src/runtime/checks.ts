/**
 * Cheap zod checks with Smithy semantics, for `.check(...)`. Each is built once per schema at module
 * load; at parse time it does no allocation unless it fails. Every issue carries its rule text
 * (messages.ts) and `continue: true`, so all failed rules of a value are reported, like ajv's
 * `allErrors`.
 */

import type { core } from 'zod';
import { base64ByteLength } from './base64.js';
import { hasAtLeastCodePoints, hasAtMostCodePoints } from './code-points.js';
import { deepEqual } from './deep-equal.js';
import { MSG } from './messages.js';

type Check<T> = core.CheckFn<T>;
type Payload<T> = core.ParsePayload<T>;

function fail(p: Payload<unknown>, message: string, extra: Record<string, unknown> = {}): void {
  p.issues.push({ code: 'custom', message, input: p.value, continue: true, ...extra } as core.$ZodRawIssue);
}

export function minCodePoints(min: number): Check<string> {
  const message = MSG.minCodePoints(min);
  return (p) => {
    if (!hasAtLeastCodePoints(p.value, min)) fail(p, message, { params: { minCodePoints: min } });
  };
}

export function maxCodePoints(max: number): Check<string> {
  const message = MSG.maxCodePoints(max);
  return (p) => {
    if (!hasAtMostCodePoints(p.value, max)) fail(p, message, { params: { maxCodePoints: max } });
  };
}

/** `@pattern`: compile `regex` once, with the `u` flag; it is searched, not anchored (like `RegExp.test`). */
export function pattern(regex: RegExp, source: string): Check<string> {
  const message = MSG.pattern(source);
  return (p) => {
    if (!regex.test(p.value)) fail(p, message, { params: { pattern: source } });
  };
}

/**
 * Integer-valued, and within the inclusive bounds (the tighter of `@range` and the integer width).
 * One closure for the three rules keeps the hot path to a single call.
 */
export function integer(min?: number, max?: number, minText = String(min), maxText = String(max)): Check<number> {
  const minMessage = MSG.min(minText);
  const maxMessage = MSG.max(maxText);
  return (p) => {
    const v = p.value;
    if (!Number.isInteger(v)) fail(p, MSG.integer);
    if (min !== undefined && !(v >= min)) fail(p, minMessage);
    if (max !== undefined && !(v <= max)) fail(p, maxMessage);
  };
}

/**
 * `@range` on float/double/bigDecimal. The wire strings count as their values, so `"NaN"` fails
 * every bound and `"Infinity"`/`"-Infinity"` fail a max/min (docs/VALIDATION.md).
 */
export function range(min: number | undefined, max: number | undefined, minText?: string, maxText?: string): Check<unknown> {
  const minMessage = MSG.min(minText ?? String(min));
  const maxMessage = MSG.max(maxText ?? String(max));
  return (p) => {
    const v = p.value;
    const n = typeof v === 'number' ? v : Number(v);
    if (min !== undefined && !(n >= min)) fail(p, minMessage);
    if (max !== undefined && !(n <= max)) fail(p, maxMessage);
  };
}

export function bigintRange(min: bigint | undefined, max: bigint | undefined): Check<bigint> {
  const minMessage = MSG.min(String(min));
  const maxMessage = MSG.max(String(max));
  return (p) => {
    if (min !== undefined && p.value < min) fail(p, minMessage);
    if (max !== undefined && p.value > max) fail(p, maxMessage);
  };
}

/** Entries of a list. */
export function arrayLength(min: number | undefined, max: number | undefined): Check<readonly unknown[]> {
  const minMessage = MSG.minEntries(min ?? 0);
  const maxMessage = MSG.maxEntries(max ?? 0);
  return (p) => {
    const n = p.value.length;
    if (min !== undefined && n < min) fail(p, minMessage);
    if (max !== undefined && n > max) fail(p, maxMessage);
  };
}

/** Entries of a map (own keys, `__proto__` included). */
export function mapLength(min: number | undefined, max: number | undefined): Check<Record<string, unknown>> {
  const minMessage = MSG.minEntries(min ?? 0);
  const maxMessage = MSG.maxEntries(max ?? 0);
  return (p) => {
    const n = Object.keys(p.value).length;
    if (min !== undefined && n < min) fail(p, minMessage);
    if (max !== undefined && n > max) fail(p, maxMessage);
  };
}

/** Bytes of a blob: decoded size of the base64 text on the wire, `.length` in the application form. */
export function byteLength(min: number | undefined, max: number | undefined, form: 'wire' | 'app'): Check<string | Uint8Array> {
  const minMessage = MSG.minBytes(min ?? 0);
  const maxMessage = MSG.maxBytes(max ?? 0);
  return (p) => {
    const v = p.value;
    const n = typeof v === 'string' ? (form === 'wire' ? base64ByteLength(v) : v.length) : v.length;
    if (min !== undefined && n < min) fail(p, minMessage);
    if (max !== undefined && n > max) fail(p, maxMessage);
  };
}

export function uniqueItems(): Check<readonly unknown[]> {
  return (p) => {
    const items = p.value;
    for (let i = 1; i < items.length; i++) {
      for (let j = 0; j < i; j++) {
        if (deepEqual(items[i], items[j])) {
          fail(p, MSG.unique);
          return;
        }
      }
    }
  };
}

/** A string check with a fixed rule text (base64, date-time, http-date, decimal). */
export function stringFormat(test: (s: string) => boolean, message: string): Check<string> {
  return (p) => {
    if (!test(p.value)) fail(p, message);
  };
}

/** A number check with a fixed rule text (the epoch-seconds range). */
export function numberBounds(min: number, max: number): Check<number> {
  const minMessage = MSG.min(String(min));
  const maxMessage = MSG.max(String(max));
  return (p) => {
    if (!(p.value >= min)) fail(p, minMessage);
    if (!(p.value <= max)) fail(p, maxMessage);
  };
}
