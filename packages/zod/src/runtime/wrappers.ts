/**
 * zod schema types that zod 4 has no equivalent for. Each is a zod class of its own (built with
 * `core.$constructor`, as zod builds its own), so it composes with codecs (`ctx.direction`), clones
 * and `.optional()` like a built-in.
 */

import * as z from 'zod';
// Values from zod's core come from its own entry: reading `z.core.X` as a value defeats tree-shaking
// and pulls every zod locale into a consumer's bundle (see BENCHMARKS.md, bundle size).
import * as core from 'zod/v4/core';
import { issueCapReached, openTally } from './issues.js';
import { MSG } from './messages.js';

type Raw = z.core.$ZodRawIssue;
type Ctx = z.core.ParseContextInternal;
type Payload = z.core.ParsePayload;

/** `out[key] = value`, except that `__proto__` becomes an own property instead of replacing the prototype. */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

export function isRecordObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function runSync(schema: z.core.$ZodType, value: unknown, ctx: Ctx): Payload {
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) throw new core.$ZodAsyncError();
  return result;
}

export function pushPrefixed(payload: Payload, key: PropertyKey, issues: readonly Raw[]): void {
  for (const iss of issues) {
    (iss as { path?: PropertyKey[] }).path = iss.path ? [key, ...iss.path] : [key];
    payload.issues.push(iss);
  }
}

interface SafeRecordDef extends z.core.$ZodRecordDef {
  /** Validate keys with `keyType`; off when any string is a key (lenient mode, unconstrained keys). */
  checkKeys: boolean;
}

/**
 * A map. zod's `z.record` silently drops an own `__proto__` key (so its value is never validated and
 * the entry is lost); here every own key is an ordinary entry, written with `setOwn`.
 */
const SafeRecord = core.$constructor<z.ZodRecord>('OtaSafeRecord', (inst, def) => {
  z.ZodRecord.init(inst, def);
  const { checkKeys } = def as SafeRecordDef;
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isRecordObject(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'record', input, inst });
      return payload;
    }
    const out: Record<string, unknown> = {};
    const tally = openTally(ctx, payload);
    for (const key of Object.keys(input)) {
      if (checkKeys) {
        const k = runSync(def.keyType, key, ctx);
        for (const iss of k.issues) {
          const rule = core.util.finalizeIssue(iss, ctx, core.config()).message;
          payload.issues.push({ code: 'invalid_key', origin: 'record', issues: [], input: key, path: [key], message: MSG.key(rule), continue: true } as Raw);
        }
      }
      const r = runSync(def.valueType, input[key], ctx);
      if (r.issues.length) pushPrefixed(payload, key, r.issues);
      setOwn(out, key, r.value);
      if (issueCapReached(ctx, payload, tally)) break;
    }
    payload.value = out;
    return payload;
  };
});

/** A list that stops at its next failing item once the parse holds `MAX_ISSUES` issues (zod's array never stops). */
const CappedArray = core.$constructor<z.ZodArray>('OtaCappedArray', (inst, def) => {
  z.ZodArray.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'array', input, inst });
      return payload;
    }
    const out: unknown[] = new Array(input.length);
    const tally = openTally(ctx, payload);
    for (let i = 0; i < input.length; i++) {
      const r = runSync(def.element, input[i], ctx);
      if (r.issues.length) pushPrefixed(payload, i, r.issues);
      out[i] = r.value;
      if (issueCapReached(ctx, payload, tally)) break;
    }
    payload.value = out;
    return payload;
  };
});

export function cappedArray<T extends z.core.SomeType>(element: T, params: { error: z.core.$ZodErrorMap }): z.ZodArray<T> {
  return new CappedArray({ type: 'array', element: element as unknown as z.core.$ZodType, error: params.error }) as unknown as z.ZodArray<T>;
}

/**
 * `z.record(key, value)` that keeps `__proto__` as an ordinary key. Typed like `z.record` for string
 * keys and like `z.partialRecord` for enum keys (a map need not hold every enum value, as in the SDK).
 */
export function safeRecord<V extends z.core.SomeType>(keyType: z.ZodString, valueType: V, options: { checkKeys: boolean }): z.ZodRecord<z.ZodString, V>;
export function safeRecord<K extends z.core.$ZodRecordKey, V extends z.core.SomeType>(
  keyType: K,
  valueType: V,
  options: { checkKeys: boolean },
): z.ZodRecord<K & z.core.$partial, V>;
export function safeRecord(keyType: z.core.$ZodRecordKey, valueType: z.core.SomeType, options: { checkKeys: boolean }): unknown {
  const def: SafeRecordDef = { type: 'record', keyType, valueType: valueType as z.core.$ZodType, partial: true, checkKeys: options.checkKeys, error: objectMapError };
  return new SafeRecord(def);
}

export const objectMapError: z.core.$ZodErrorMap = (issue) => (issue.input === undefined ? MSG.required : MSG.object);

/** Lenient optional member: JSON `null` counts as absent (the output holds `undefined`). */
const NullAsAbsent = core.$constructor<z.ZodOptional>('OtaNullAsAbsent', (inst, def) => {
  z.ZodOptional.init(inst, def);
  const parse = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null) payload.value = undefined;
    return parse(payload, ctx);
  };
});

export function lenientOptional<T extends z.core.SomeType>(inner: T): z.ZodOptional<T> {
  return new NullAsAbsent({ type: 'optional', innerType: inner as unknown as z.core.$ZodType }) as unknown as z.ZodOptional<T>;
}

/**
 * Lenient `@required` member: when absent or `null`, decoding fills the member's default or Smithy
 * zero value (client error correction), so the output still has the modeled type. A union has no
 * zero value: it is left absent. Encoding (an application value the caller built) gets no filling,
 * and an absent member stays absent.
 */
const ZeroFilled = core.$constructor<z.ZodPrefault>('OtaZeroFilled', (inst, def) => {
  z.ZodPrefault.init(inst, def);
  const { hasZero } = def as unknown as { hasZero: boolean };
  inst._zod.parse = (payload, ctx) => {
    // Encoding: lenient mode does not enforce `@required` either, so an absent member stays absent
    // (a client's request serializer sends what the caller set, as the AWS SDK does).
    if (ctx.direction === 'backward' && payload.value === undefined) return payload;
    if (ctx.direction !== 'backward' && (payload.value === undefined || payload.value === null)) {
      if (!hasZero) {
        payload.value = undefined;
        return payload;
      }
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});

export function lenientRequired<T extends z.core.SomeType>(inner: T, zero?: () => unknown): z.ZodPrefault<T> {
  return new ZeroFilled({
    type: 'prefault',
    innerType: inner as unknown as z.core.$ZodType,
    hasZero: zero !== undefined,
    get defaultValue() {
      return zero?.();
    },
  } as z.core.$ZodPrefaultDef) as unknown as z.ZodPrefault<T>;
}

interface ErrorBodyDef extends z.core.$ZodObjectDef {
  protocolFields: readonly string[];
  /** The structure's own schema (a zod object, or an `ownKeysObject`), which parses the rest. */
  structure: z.core.$ZodType;
}

/**
 * Strict wire schema of a modeled error: the structure, plus the restJson1 fields that may carry the
 * error type (`__type`, `code`: strings), which are checked and then dropped from the output.
 */
const ErrorBody = core.$constructor<z.ZodObject>('OtaErrorBody', (inst, def) => {
  z.ZodObject.init(inst, def);
  const { protocolFields: fields, structure } = def as ErrorBodyDef;
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (ctx.direction !== 'backward' && isRecordObject(input) && fields.some((f) => Object.prototype.hasOwnProperty.call(input, f))) {
      const rest: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        if (!fields.includes(key)) setOwn(rest, key, input[key]);
        else if (typeof input[key] !== 'string') payload.issues.push({ code: 'invalid_type', expected: 'string', input: input[key], path: [key], message: MSG.string, continue: true } as Raw);
      }
      payload.value = rest;
    }
    return structure._zod.run(payload, ctx);
  };
});

export function errorBody<T extends z.ZodObject>(structure: T, protocolFields: readonly string[]): T {
  return new ErrorBody({ ...structure._zod.def, protocolFields, structure } as ErrorBodyDef) as unknown as T;
}

function renameKeys(value: Record<string, unknown>, names: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(out, Object.prototype.hasOwnProperty.call(names, key) ? names[key]! : key, value[key]);
  return out;
}

/**
 * Codec of a structure with `@jsonName` members: `wire` validates (and decodes the members of) the
 * JSON object; the keys are then renamed to member names. `O` is the application type.
 */
export function renamed<O>() {
  return <W extends z.ZodObject>(wire: W, jsonToMember: Readonly<Record<string, string>>) => {
    const memberToJson = Object.fromEntries(Object.entries(jsonToMember).map(([j, m]) => [m, j]));
    return z.codec(wire, z.custom<O>(() => true), {
      decode: (v) => renameKeys(v as Record<string, unknown>, jsonToMember) as O,
      encode: (v) => renameKeys(v as Record<string, unknown>, memberToJson) as z.output<W>,
    });
  };
}

/**
 * A structure with a member named like an `Object.prototype` property (`constructor`, `toString`,
 * `__proto__`, …). zod's object reads `key in input`, which finds the inherited property of an
 * object that lacks the member, and it skips a `__proto__` key altogether. This class takes the
 * zod object (for its members and types) and parses own properties only, writing with `setOwn`.
 */
const OwnKeysObject = core.$constructor<z.ZodObject>('OtaOwnKeysObject', (inst, def) => {
  z.ZodObject.init(inst, def);
  const strict = def.catchall?._zod.def.type === 'never';
  const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'object', input, inst });
      return payload;
    }
    const record = input as Record<string, unknown>;
    const shape = def.shape as Record<string, z.core.$ZodType>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const schema = shape[key]!;
      const present = hasOwn(record, key);
      if (!present && schema._zod.optin === 'optional') continue;
      const r = runSync(schema, present ? record[key] : undefined, ctx);
      if (r.issues.length) pushPrefixed(payload, key, r.issues);
      if (present || r.value !== undefined) setOwn(out, key, r.value);
    }
    if (strict) {
      const unknown = Object.keys(record).filter((k) => !hasOwn(shape, k));
      if (unknown.length) payload.issues.push({ code: 'unrecognized_keys', keys: unknown, input, inst, continue: true });
    }
    payload.value = out;
    return payload;
  };
});

export function ownKeysObject<T extends z.ZodObject>(structure: T): T {
  return new OwnKeysObject(structure._zod.def) as unknown as T;
}
