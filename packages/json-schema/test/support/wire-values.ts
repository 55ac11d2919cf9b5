/**
 * fast-check arbitraries of wire payloads that are valid in strict mode, built from the IR (the
 * model's constraints), not from the JSON Schema under test. Maps draw `__proto__`, `constructor`
 * and `toString` keys on purpose; strings mix astral characters and lone surrogates.
 */

import fc from 'fast-check';
// The fixtures runtime's string planner: valid strings for pattern + @length without filtering.
import { stringArbitrary, stringBounds, stringPlan } from '../../../fixtures/src/runtime/strings.js';
import type { Constraints, IrMember, IrModel, IrShape, StructureShape, TimestampFormat } from '@ota-contract/codegen';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What the IR says about one place in a payload. */
export type WireNode =
  | { kind: 'value'; shape: IrShape | undefined; constraints: Constraints; format?: TimestampFormat | undefined }
  | { kind: 'object'; props: readonly { key: string; member: IrMember }[]; error: boolean };

export const memberNode = (model: IrModel, m: IrMember): WireNode => ({ kind: 'value', shape: model.shapes.get(m.target), constraints: m.constraints, format: m.timestampFormat });

/** A structure's JSON body: members without an HTTP binding (or the payload), by JSON name. */
export function structureNode(s: StructureShape): WireNode {
  return { kind: 'object', props: s.members.filter((m) => !m.http || m.http.kind === 'payload').map((member) => ({ key: member.jsonName, member })), error: s.error !== undefined };
}

export const cpLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Own enumerable property, also for `__proto__` (which a plain assignment would turn into a prototype change). */
export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export const INT_WIDTH: Record<string, [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  bigInteger: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};
export const EPOCH_LIMIT = 8_640_000_000_000;
export const SPECIAL_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''];

export function intBounds(kind: string, c: Constraints): [number, number] {
  const [wMin, wMax] = INT_WIDTH[kind] ?? [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  return [Math.max(wMin, Math.ceil(c.range?.min ?? -Infinity)), Math.min(wMax, Math.floor(c.range?.max ?? Infinity))];
}

function intArb(lo: number, hi: number): fc.Arbitrary<number> {
  const small = fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31 - 1) });
  if (lo >= -(2 ** 31) && hi <= 2 ** 31 - 1) return small;
  return fc.oneof(small, fc.maxSafeInteger().filter((x) => x >= lo && x <= hi), fc.constantFrom(lo, hi));
}

export function stringValid(c: Constraints): (s: string) => boolean {
  const re = c.pattern !== undefined ? new RegExp(c.pattern, 'u') : undefined;
  return (s) => {
    const n = cpLength(s);
    return n >= (c.length?.min ?? 0) && n <= (c.length?.max ?? Infinity) && (!re || re.test(s));
  };
}

/** Characters that make code points and UTF-16 units differ, or sit at the edge of common classes. */
const INTERESTING = ['a', 'Z', '9', '_', '-', '😀', '𝄞', 'é', 'e\u0301', '中', ' ', '.', '/', '\u2028', '\u00a0'];

function stringArb(c: Constraints): fc.Arbitrary<string> {
  const units = fc.oneof(fc.constantFrom(...INTERESTING), fc.string({ minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
  const pool = fc.string({ unit: units, minLength: Math.min(c.length?.min ?? 0, 16), maxLength: Math.max(Math.min(c.length?.max ?? 12, 12), Math.min(c.length?.min ?? 0, 16)) });
  // fast-check builds `\p{…}` classes over the whole code space (seconds per arbitrary): draw such
  // patterns from a pool and filter instead. It cannot generate from lookaheads: emulated possessive
  // patterns are generated from their greedy form and filtered by the exact one.
  const base =
    c.pattern === undefined
      ? fc.oneof(pool, fc.string({ unit: 'binary', maxLength: 8 }))
      : (planArb(c) ??
        (/\\[pP]\{/.test(c.pattern) ? pool : planArb(c, true) ?? pool));
  // A few draws, keeping the first valid one: a plain `.filter` never returns when the pattern and
  // @length rarely meet (fast-check's filter retries forever). An invalid leftover is still a fair
  // payload for an agreement test: every validator must refuse it alike.
  const ok = stringValid(c);
  return fc.array(base, { minLength: STRING_DRAWS, maxLength: STRING_DRAWS }).map((xs) => xs.find(ok) ?? xs[0]!);
}

const STRING_DRAWS = 4;

/**
 * Strings from the fixtures' own plan of the pattern: sequences meet a pattern and @length together
 * by construction (`^(0x)?[a-fA-F0-9]+$` at exactly 64 code points), atoms draw from the class's own
 * characters, and (`generic`) other patterns from the fixtures' generation form, whose negated
 * classes are listed (fast-check's stringMatching draws them from printable ASCII and filters, so
 * `[^\u0000-\u007F]` never ends there). Undefined when no length fits.
 */
function planArb(c: Constraints, generic = false): fc.Arbitrary<string> | undefined {
  const plan = stringPlan(c);
  // Generic plans draw from the fixtures' generation form of the pattern (its negated classes listed).
  if (plan.kind !== 'sequence' && plan.kind !== 'atom' && !generic) return undefined;
  const { min, max } = stringBounds(plan, c.length);
  try {
    return stringArbitrary(plan, min, Math.min(max, min + 16), false);
  } catch {
    return undefined; // no length fits: the fallback draws (invalid) strings to be refused alike
  }
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function simpleArb(kind: string, c: Constraints, format: TimestampFormat | undefined): fc.Arbitrary<Json> {
  switch (kind) {
    case 'string':
      return stringArb(c);
    case 'boolean':
      return fc.boolean();
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'bigInteger':
      return intArb(...intBounds(kind, c));
    case 'float':
    case 'double': {
      const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: c.range?.min ?? -Number.MAX_VALUE, max: c.range?.max ?? Number.MAX_VALUE });
      const words = ['NaN', 'Infinity', '-Infinity'].filter((w) => (w === 'NaN' ? !c.range : w === 'Infinity' ? c.range?.max === undefined : c.range?.min === undefined));
      return words.length ? fc.oneof({ weight: 4, arbitrary: num }, { weight: 1, arbitrary: fc.constantFrom(...words) }) : num;
    }
    case 'bigDecimal':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: c.range?.min ?? -Number.MAX_VALUE, max: c.range?.max ?? Number.MAX_VALUE });
    case 'blob': {
      const min = c.length?.min ?? 0;
      return fc.uint8Array({ minLength: min, maxLength: Math.min(c.length?.max ?? min + 16, min + 16) }).map(b64);
    }
    case 'document':
      return fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
    case 'timestamp':
      if (format === 'date-time') return fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
      if (format === 'http-date') return fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toUTCString());
      return fc.oneof(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((ms) => 1_600_000_000 + ms / 1000),
        fc.constantFrom(0, EPOCH_LIMIT, -EPOCH_LIMIT, 1700000000.123),
      );
    default:
      throw new Error(`no arbitrary for ${kind}`);
  }
}

function objectArb(model: IrModel, node: Extract<WireNode, { kind: 'object' }>, depth: number): fc.Arbitrary<Json> {
  const parts = node.props.map(({ key, member }) => {
    const value = valueArb(model, memberNode(model, member), depth + 1);
    // Deep optional branches are cut off so recursive models terminate.
    return member.required ? value.map((v) => [key, v] as const) : depth > 8 ? fc.constant(undefined) : fc.option(value.map((v) => [key, v] as const), { nil: undefined });
  });
  const errorFields = node.error ? fc.subarray(['__type', 'code']).chain((keys) => fc.tuple(...keys.map((k) => fc.string({ maxLength: 30 }).map((v) => [k, v] as const)))) : fc.constant([]);
  return fc.tuple(fc.tuple(...parts), errorFields).map(([props, extra]) => {
    const out: Record<string, Json> = {};
    for (const p of [...props, ...extra]) if (p) put(out, p[0], p[1]);
    return out;
  });
}

const memo = new WeakMap<IrModel, Map<string, fc.Arbitrary<Json>>>();

/** Arbitraries are memoised per model, shape, effective constraints and depth (capped where optional members stop): building some is slow. */
export function valueArb(model: IrModel, node: WireNode, depth = 0): fc.Arbitrary<Json> {
  let cache = memo.get(model);
  if (!cache) memo.set(model, (cache = new Map()));
  const key =
    node.kind === 'object'
      ? `object:${node.props.map((p) => `${p.key}=${p.member.target}`).join(',')}:${Math.min(depth, 9)}`
      : `${node.shape?.id ?? 'unit'}:${JSON.stringify(node.constraints)}:${node.format ?? ''}:${Math.min(depth, 9)}`;
  let arb = cache.get(key);
  if (arb) return arb;
  // A recursive shape past the depth cap asks for itself while being built: hand out a lazy reference.
  if (building.has(key)) return fc.constant(null).chain(() => cache.get(key)!);
  building.add(key);
  try {
    arb = buildValueArb(model, node, depth);
  } finally {
    building.delete(key);
  }
  cache.set(key, arb);
  return arb;
}

const building = new Set<string>();
/** Past this depth lists and maps are empty where allowed and unions prefer non-aggregate members, so recursion ends. */
const DEEP = 9;
const AGGREGATES = new Set(['structure', 'union', 'list', 'map']);

function buildValueArb(model: IrModel, node: WireNode, depth: number): fc.Arbitrary<Json> {
  if (node.kind === 'object') return objectArb(model, node, depth);
  const s = node.shape;
  if (!s) return fc.constant({});
  const c = node.constraints;
  switch (s.kind) {
    case 'structure':
      return objectArb(model, structureNode(s) as Extract<WireNode, { kind: 'object' }>, depth);
    case 'union': {
      const leaves = s.members.filter((m) => !AGGREGATES.has(model.shapes.get(m.target)?.kind ?? 'structure'));
      const members = depth >= DEEP && leaves.length ? leaves : s.members;
      return fc.oneof(...members.map((m) => valueArb(model, memberNode(model, m), depth + 1).map((v) => {
        const out: Record<string, Json> = {};
        put(out, m.jsonName, v);
        return out;
      })));
    }
    case 'enum':
      return fc.constantFrom(...s.values.map((v) => v.value));
    case 'intEnum':
      return fc.constantFrom(...s.values.map((v) => v.value));
    case 'list': {
      const min = c.length?.min ?? 0;
      if (depth >= DEEP && min === 0) return fc.constant([]);
      const item = valueArb(model, memberNode(model, s.member), depth + 1);
      const max = Math.min(c.length?.max ?? Math.max(min, 3), Math.max(min, 3));
      return c.uniqueItems ? fc.uniqueArray(item, { minLength: min, maxLength: max, selector: (v) => JSON.stringify(v) }) : fc.array(item, { minLength: min, maxLength: max });
    }
    case 'map': {
      if (depth >= DEEP && !c.length?.min) return fc.constant({});
      const keyNode = memberNode(model, s.key);
      const keyShape = model.shapes.get(s.key.target);
      const keyOk = keyShape?.kind === 'enum' ? (k: string) => keyShape.values.some((v) => v.value === k) : stringValid(s.key.constraints);
      const key = fc.oneof({ weight: 3, arbitrary: valueArb(model, keyNode, depth + 1) as fc.Arbitrary<string> }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_KEYS) }).filter(keyOk);
      const min = c.length?.min ?? 0;
      const max = Math.min(c.length?.max ?? Math.max(min, 3), Math.max(min, 3));
      return fc
        .uniqueArray(fc.tuple(key, valueArb(model, memberNode(model, s.value), depth + 1)), { minLength: min, maxLength: max, selector: (e) => e[0] })
        .map((entries) => {
          const out: Record<string, Json> = {};
          for (const [k, v] of entries) put(out, k, v);
          return out;
        });
    }
    default:
      return simpleArb(s.kind, c, node.format);
  }
}
