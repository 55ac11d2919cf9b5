/**
 * Expressions for the simple kinds, enums and intEnums in one form and mode, with the constraints
 * of the shape or of the member that overrides them (strict mode only; lenient checks JSON types).
 */

import type { Constraints, EnumShape, IntEnumShape, IrShape, SimpleKind, TimestampFormat } from '../../ir/types.js';
import { lit, patternConst, typeRef, type EmitContext, type Form } from './context.js';

const MAX_SAFE = 9007199254740991;
/** Integer width (docs/VALIDATION.md): enforced in strict mode together with `@range`. */
const WIDTH: Partial<Record<SimpleKind, [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-MAX_SAFE, MAX_SAFE],
  bigInteger: [-MAX_SAFE, MAX_SAFE],
};

const checks = (list: string[]) => (list.length ? `.check(${list.join(', ')})` : '');

/** The tighter of `@range` and the width, with the text the rule message shows. */
function integerBounds(kind: SimpleKind, c: Constraints) {
  const [lo, hi] = WIDTH[kind]!;
  const r = c.range;
  const min = r?.min !== undefined && r.min >= lo ? { v: r.min, text: r.minText ?? String(r.min) } : { v: lo, text: String(lo) };
  const max = r?.max !== undefined && r.max <= hi ? { v: r.max, text: r.maxText ?? String(r.max) } : { v: hi, text: String(hi) };
  return { min, max };
}

function integerCheck(kind: SimpleKind, c: Constraints, strict: boolean): string {
  if (!strict) return 'rt.check.integer()';
  const { min, max } = integerBounds(kind, c);
  const texts = min.text !== String(min.v) || max.text !== String(max.v) ? `, ${lit(min.text)}, ${lit(max.text)}` : '';
  return `rt.check.integer(${min.v}, ${max.v}${texts})`;
}

function rangeCheck(c: Constraints): string[] {
  const r = c.range;
  if (!r || (r.min === undefined && r.max === undefined)) return [];
  const text = (t: string | undefined, v: number | undefined) => (v === undefined ? 'undefined' : lit(t ?? String(v)));
  return [`rt.check.range(${r.min ?? 'undefined'}, ${r.max ?? 'undefined'}, ${text(r.minText, r.min)}, ${text(r.maxText, r.max)})`];
}

function stringChecks(ctx: EmitContext, c: Constraints, owner: string): string[] {
  const out: string[] = [];
  if (c.length?.min !== undefined && c.length.min > 0) out.push(`rt.check.minCodePoints(${c.length.min})`);
  if (c.length?.max !== undefined) out.push(`rt.check.maxCodePoints(${c.length.max})`);
  if (c.pattern !== undefined) out.push(`rt.check.pattern(${patternConst(ctx, c.pattern, owner)}, ${lit(c.patternSource ?? c.pattern)})`);
  return out;
}

export function simpleExpr(ctx: EmitContext, kind: SimpleKind, form: Form, c: Constraints, owner: string, timestampFormat?: TimestampFormat): string {
  const strict = ctx.mode === 'strict';
  switch (kind) {
    case 'string':
      return `rt.string()${strict ? checks(stringChecks(ctx, c, owner)) : ''}`;
    case 'boolean':
      return 'rt.boolean()';
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
      return `rt.integer().check(${integerCheck(kind, c, strict)})`;
    case 'float':
    case 'double': {
      const range = strict ? checks(rangeCheck(c)) : '';
      const wire = `rt.wireDouble()${range}`;
      const app = `rt.appDouble()${range}`;
      return form === 'wire' ? wire : form === 'app' ? app : `rt.doubleCodec(${wire}, ${app})`;
    }
    case 'bigInteger': {
      const wire = `rt.integer().check(${integerCheck(kind, c, strict)})`;
      let app = 'rt.appBigInteger()';
      if (strict) {
        const { min, max } = integerBounds(kind, c);
        app += `.check(rt.check.bigintRange(${BigInt(min.v)}n, ${BigInt(max.v)}n))`;
      }
      return form === 'wire' ? wire : form === 'app' ? app : `rt.bigIntegerCodec(${wire}, ${app})`;
    }
    case 'bigDecimal': {
      const range = strict ? checks(rangeCheck(c)) : '';
      const wire = `rt.wireDecimal()${range}`;
      const app = `rt.appDecimal()${range}`;
      return form === 'wire' ? wire : form === 'app' ? app : `rt.bigDecimalCodec(${wire}, ${app})`;
    }
    case 'blob': {
      const len = strict && c.length && (c.length.min !== undefined || c.length.max !== undefined) ? c.length : undefined;
      const byteCheck = (f: 'wire' | 'app') => (len ? `.check(rt.check.byteLength(${len.min ?? 'undefined'}, ${len.max ?? 'undefined'}, ${lit(f)}))` : '');
      const wire = `rt.base64()${byteCheck('wire')}`;
      const app = `rt.bytes()${byteCheck('app')}`;
      return form === 'wire' ? wire : form === 'app' ? app : `rt.blobCodec(${wire}, ${app})`;
    }
    case 'timestamp': {
      const fmt = timestampFormat ?? 'epoch-seconds';
      if (form === 'app') return 'rt.appDate()';
      if (fmt === 'date-time') return form === 'wire' ? 'rt.dateTime()' : 'rt.dateTimeCodec()';
      if (fmt === 'http-date') return form === 'wire' ? 'rt.httpDate()' : 'rt.httpDateCodec()';
      return form === 'wire' ? 'rt.epochSeconds()' : 'rt.epochSecondsCodec()';
    }
    case 'document':
      return 'rt.document()';
  }
}

export function enumExpr(ctx: EmitContext, s: EnumShape | IntEnumShape): string {
  if (ctx.mode === 'strict') {
    const values = s.values.map((v) => lit(v.value)).join(', ');
    return s.kind === 'enum' ? `rt.enumOf([${values}])` : `rt.intEnumOf([${values}])`;
  }
  return `${s.kind === 'enum' ? 'rt.openEnum' : 'rt.openIntEnum'}<${typeRef(ctx, s, false)}>()`;
}

export function isSimpleKind(s: IrShape): s is IrShape & { kind: SimpleKind } {
  return !['enum', 'intEnum', 'list', 'map', 'structure', 'union'].includes(s.kind);
}
