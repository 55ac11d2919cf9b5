/**
 * Schemas and codecs of the simple Smithy kinds that are the same for every model. Generated code
 * adds the shape's constraints with `.check(...)`. Each factory returns a fresh schema, so a
 * generated shape never shares an instance it could later be given checks on.
 */

import * as z from 'zod';
import { bytesToBase64, base64ToBytes, isBase64 } from './base64.js';
import { integer as integerCheck, numberBounds, stringFormat } from './checks.js';
import { doubleToWire, isWireDouble, wireToDouble, type WireDouble } from './doubles.js';
import { MSG } from './messages.js';
import { cappedArray } from './wrappers.js';
import {
  MAX_EPOCH_SECONDS,
  dateTimeToDate,
  dateToDateTime,
  dateToEpochSeconds,
  dateToHttpDate,
  epochSecondsToDate,
  httpDateToDate,
  isDateTime,
  isHttpDate,
} from './timestamps.js';

/**
 * Error map of a schema: an absent value is `is required` (zod reports a missing required key as
 * the member schema's type error on `undefined`), anything else the schema's type rule.
 */
export function expected(message: string): z.core.$ZodErrorMap {
  return (issue) => (issue.input === undefined ? MSG.required : message);
}

/** Error map of an object schema: its type rule, `is required`, or the unknown-property rule. */
export const objectError: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'unrecognized_keys' ? MSG.unknownProperty : issue.input === undefined && issue.code === 'invalid_type' ? MSG.required : MSG.object;

export const string = () => z.string({ error: expected(MSG.string) });
export const boolean = () => z.boolean({ error: expected(MSG.boolean) });
/** byte, short, integer, long (and intEnum in lenient mode): add `checks.integer(...)`. */
export const integer = () => z.number({ error: expected(MSG.integer) });
export const array = <T extends z.core.SomeType>(element: T) => cappedArray(element, { error: expected(MSG.array) });

export const wireDouble = () => z.custom<WireDouble>(isWireDouble, { error: expected(MSG.wireDouble) });
/** Any JS number, `NaN` and `±Infinity` included. */
export const appDouble = () => z.custom<number>((v) => typeof v === 'number', { error: expected(MSG.number) });
export const doubleCodec = <W extends z.ZodType<WireDouble, WireDouble>, A extends z.ZodType<number, number>>(wire: W, app: A) =>
  z.codec(wire, app, { decode: (v) => wireToDouble(v as WireDouble) as z.input<A>, encode: (n) => doubleToWire(n) as z.output<W> });

export const epochSeconds = () =>
  z.number({ error: expected(MSG.epochSeconds) }).check(numberBounds(-MAX_EPOCH_SECONDS, MAX_EPOCH_SECONDS));
export const dateTime = () => string().check(stringFormat(isDateTime, MSG.dateTime));
export const httpDate = () => string().check(stringFormat(isHttpDate, MSG.httpDate));
/** A `Date` that holds a time (`new Date(NaN)` is rejected). */
export const appDate = () => z.date({ error: expected(MSG.date) });

export const epochSecondsCodec = () => z.codec(epochSeconds(), appDate(), { decode: epochSecondsToDate, encode: dateToEpochSeconds });
export const dateTimeCodec = () => z.codec(dateTime(), appDate(), { decode: dateTimeToDate, encode: dateToDateTime });
export const httpDateCodec = () => z.codec(httpDate(), appDate(), { decode: httpDateToDate, encode: dateToHttpDate });

export const base64 = () => string().check(stringFormat(isBase64, MSG.base64));
export const bytes = () => z.custom<Uint8Array>((v) => v instanceof Uint8Array, { error: expected(MSG.bytes) });
export const blobCodec = <W extends z.ZodType<string, string>, A extends z.ZodType<Uint8Array, Uint8Array>>(wire: W, app: A) =>
  z.codec(wire, app, { decode: (text) => base64ToBytes(text as string) as z.input<A>, encode: (data) => bytesToBase64(data) as z.output<W> });

/** bigInteger on the wire: a JSON number; add `checks.integer(...)`. */
export const appBigInteger = () => z.bigint({ error: expected(MSG.bigint) });
export const bigIntegerCodec = <W extends z.ZodType<number, number>, A extends z.ZodType<bigint, bigint>>(wire: W, app: A) =>
  z.codec(wire, app, { decode: (n) => BigInt(n as number) as z.input<A>, encode: (b) => Number(b) as z.output<W> });

const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** bigDecimal on the wire: a JSON number. */
export const wireDecimal = () => z.number({ error: expected(MSG.number) });
/** bigDecimal in the application form: its decimal text, as the types package has it. */
export const appDecimal = () => string().check(stringFormat((s) => DECIMAL.test(s), MSG.decimal));
export const bigDecimalCodec = <W extends z.ZodType<number, number>, A extends z.ZodType<string, string>>(wire: W, app: A) =>
  z.codec(wire, app, { decode: (n) => String(n as number) as z.input<A>, encode: (s) => Number(s) as z.output<W> });

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

function isJsonValue(v: unknown, depth = 0): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'object' || depth > 1000) return false;
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.keys(v).every((k) => isJsonValue((v as Record<string, unknown>)[k], depth + 1));
}

/** A Smithy `document`: any JSON value, `null` included (a `null` document is a value, not absence). */
export const document = () => z.custom<JsonValue>((v) => isJsonValue(v), { error: expected(MSG.json) });

/** Strict enum: one of the modeled values. */
export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: expected(MSG.oneOf(values)) });
/** Strict intEnum. */
export const intEnumOf = <const T extends readonly [number, ...number[]]>(values: T) => z.literal(values, { error: expected(MSG.oneOf(values)) });

/**
 * Lenient enum: any string passes (Smithy enums are open). Typed as the modeled union, like the AWS
 * SDK types its open enums: code reading it should keep a default branch.
 */
export const openEnum = <T extends string>() => string() as unknown as z.ZodType<T, T>;
export const openIntEnum = <T extends number>() => integer().check(integerCheck()) as unknown as z.ZodType<T, T>;
