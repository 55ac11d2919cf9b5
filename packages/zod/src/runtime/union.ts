/**
 * Smithy unions: an object with exactly one property set (docs/VALIDATION.md). A zod class of our
 * own, like the others in wrappers.ts, so codecs run through it in both directions.
 */

import * as z from 'zod';
// Values from zod's core come from its own entry: reading `z.core.X` as a value defeats tree-shaking
// and pulls every zod locale into a consumer's bundle (see BENCHMARKS.md, bundle size).
import * as core from 'zod/v4/core';
import { MSG } from './messages.js';
import { isRecordObject, objectMapError, pushPrefixed, runSync, setOwn } from './wrappers.js';

type Raw = z.core.$ZodRawIssue;

export interface UnionMember {
  /** Member name (application form). */
  name: string;
  /** Property name on the wire (`@jsonName` or the member name). */
  jsonName: string;
  schema: z.core.$ZodType;
}

interface TaggedUnionDef extends z.core.$ZodTypeDef {
  type: 'custom';
  members: readonly UnionMember[];
  /** `wire` and `app` validate one form; `codec` decodes wire → application and encodes back. */
  form: 'wire' | 'app' | 'codec';
  lenient: boolean;
}

/**
 * A Smithy union: an object with exactly one property set. Lenient mode accepts an unknown member,
 * which the application form holds as `{ $unknown: [name, value] }` like the AWS SDK.
 */
const TaggedUnion = core.$constructor<z.ZodType>('OtaTaggedUnion', (inst, def) => {
  z.ZodType.init(inst, def);
  const { members, form, lenient } = def as unknown as TaggedUnionDef;
  const byJson = new Map(members.map((m) => [m.jsonName, m]));
  const byName = new Map(members.map((m) => [m.name, m]));
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isRecordObject(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'object', input, inst });
      return payload;
    }
    const backward = ctx.direction === 'backward';
    // Which side of the codec is the input: wire (JSON names) or application (member names, `$unknown`).
    const inputIsApp = form === 'app' || (form === 'codec' && backward);
    const outputIsApp = form === 'app' || (form === 'codec' && !backward);
    // A client ignores a `__type` property beside the member (restJson1; some servers add it), unless a member is so named.
    const ignoresType = lenient && !inputIsApp && !byJson.has('__type');
    const keys = Object.keys(input).filter((k) => input[k] !== undefined && !(ignoresType && k === '__type'));
    if (keys.length !== 1) {
      payload.issues.push({ code: 'custom', message: MSG.oneMember, input, continue: true } as Raw);
      return payload;
    }
    const key = keys[0]!;
    const value = input[key];
    const out: Record<string, unknown> = {};
    if (inputIsApp && key === '$unknown' && lenient) {
      if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') {
        payload.issues.push({ code: 'custom', message: 'must be [name, value]', input: value, path: [key], continue: true } as Raw);
        return payload;
      }
      if (outputIsApp) out.$unknown = [value[0], value[1]];
      else setOwn(out, value[0], value[1]);
      payload.value = out;
      return payload;
    }
    const member = inputIsApp ? byName.get(key) : byJson.get(key);
    if (value === null) {
      payload.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: value, path: [key], message: MSG.notNull, continue: true } as Raw);
      return payload;
    }
    if (!member) {
      if (!lenient) {
        payload.issues.push({ code: 'unrecognized_keys', keys: [key], input, message: MSG.unknownProperty, continue: true } as Raw);
        return payload;
      }
      if (outputIsApp && !inputIsApp) out.$unknown = [key, value];
      else setOwn(out, key, value);
      payload.value = out;
      return payload;
    }
    const r = runSync(member.schema, value, ctx);
    if (r.issues.length) pushPrefixed(payload, key, r.issues);
    setOwn(out, outputIsApp ? member.name : member.jsonName, r.value);
    payload.value = out;
    return payload;
  };
});

/** `O`/`I` are the application/wire types the generated code states (from @ota-contract/types). */
export function taggedUnion<O, I = O>(members: readonly UnionMember[], form: TaggedUnionDef['form'], lenient: boolean): z.ZodType<O, I> {
  const def: TaggedUnionDef = { type: 'custom', members, form, lenient, error: objectMapError };
  return new TaggedUnion(def as unknown as z.ZodType['_zod']['def']) as unknown as z.ZodType<O, I>;
}
