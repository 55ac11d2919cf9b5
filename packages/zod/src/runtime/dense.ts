/**
 * Lenient dense lists and maps: a client reading a response tolerates `null` entries in a list or
 * map that is not `@sparse`, and decoding drops them, so the application value keeps its modeled
 * (dense) type (docs/VALIDATION.md). The AWS SDK for JavaScript 3.1169 keeps such `null`s instead;
 * docs/DECISIONS.md says why we do not.
 */

import * as z from 'zod';
import * as core from 'zod/v4/core';
import { isRecordObject, setOwn } from './wrappers.js';

type Raw = z.core.$ZodRawIssue;

interface NullDroppingDef extends z.core.$ZodTypeDef {
  /** The list (`rt.array`) or map (`rt.safeRecord`) schema that parses what is left. */
  inner: z.core.$ZodType;
}

/**
 * Wraps a list or map schema: while decoding (the forward direction) its `null` entries are removed
 * before the inner schema parses the rest. Issues keep the index an entry had in the input, so
 * `protocols[2]` still names the third entry of `["MQTT", null, 5]`. Encoding (an application value)
 * removes nothing: the element schema rejects a `null` there as usual.
 */
const NullDropping = core.$constructor<z.ZodType>('OtaNullDropping', (inst, def) => {
  // `def` is the inner schema's own def plus `inner`, so clones (`.check`, `.meta`) keep both.
  const { inner } = def as NullDroppingDef;
  if (def.type === 'array') z.ZodArray.init(inst as unknown as z.ZodArray, def as z.core.$ZodArrayDef);
  else z.ZodRecord.init(inst as unknown as z.ZodRecord, def as unknown as z.core.$ZodRecordDef);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (ctx.direction === 'backward') return inner._zod.run(payload, ctx) as z.core.ParsePayload;
    if (Array.isArray(input) && input.includes(null)) {
      const kept: unknown[] = [];
      const original: number[] = [];
      input.forEach((item, index) => {
        if (item === null) return;
        kept.push(item);
        original.push(index);
      });
      return runInner(inner, payload, kept, ctx, (iss) => {
        const path = (iss as { path?: PropertyKey[] }).path;
        if (path && typeof path[0] === 'number') path[0] = original[path[0]] ?? path[0];
      });
    }
    if (isRecordObject(input) && Object.keys(input).some((k) => input[k] === null)) {
      const kept: Record<string, unknown> = {};
      for (const key of Object.keys(input)) if (input[key] !== null) setOwn(kept, key, input[key]);
      return runInner(inner, payload, kept, ctx, () => {});
    }
    return inner._zod.run(payload, ctx) as z.core.ParsePayload;
  };
});

function runInner(inner: z.core.$ZodType, payload: z.core.ParsePayload, value: unknown, ctx: z.core.ParseContextInternal, fixPath: (iss: Raw) => void): z.core.ParsePayload {
  const result = inner._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) throw new core.$ZodAsyncError();
  for (const iss of result.issues) {
    fixPath(iss);
    payload.issues.push(iss);
  }
  payload.value = result.value;
  return payload;
}

/** Lenient dense list or map (`rt.array(...)`, `rt.safeRecord(...)`) whose `null` entries are accepted and dropped. */
export function dropNullEntries<T extends z.ZodArray | z.ZodRecord>(inner: T): T {
  return new NullDropping({ ...inner._zod.def, inner } as NullDroppingDef) as unknown as T;
}
