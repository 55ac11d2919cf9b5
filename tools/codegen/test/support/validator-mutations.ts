/**
 * Targeted mutations of a (mostly valid) value at one schema position, chosen by what the schema
 * there constrains: a wrong JSON type, a member missing or extra (with keys such as `__proto__`,
 * `constructor`, `a/b~c` that instancePath escapes), a length at and past each bound in code points
 * (astral characters, lone surrogates), a pattern broken at either end, numbers at and past the
 * bounds (-0, NaN, Infinity, 1.5), duplicate items for uniqueItems (equal objects with their keys
 * in another order), and values that are not JSON at all (Date, null-prototype or inheriting objects).
 */

import { clone, reordered, setOwn, type Rng } from './validator-values.js';

type Schema = Record<string, unknown>;

/** Keys that exercise own-property checks, prototype lookups and instancePath escaping. */
export const NASTY_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '', 'a/b', 'x~y', '~1/~0', '0', 'extra', '😀', '\uD800', 'é', ' '] as const;

/**
 * Bounds past which mutations do not go to the edge (a model may allow 10^9 characters): strings
 * up to 65,536 code points, arrays and objects up to 2,048 entries.
 */
const LENGTH_LIMIT = 65_536;
const COUNT_LIMIT = 2_048;
const within = (bound: unknown, limit: number): bound is number => typeof bound === 'number' && bound < limit;

/** Characters for length mutations: ASCII, BMP, astral (two code units, one code point), lone surrogates. */
const LENGTH_UNITS = ['a', 'é', '😀', '\uD800', '\uDC00', '\u0000'] as const;

/** Values of every JSON type and some that are no JSON at all. */
export function strangeValue(rng: Rng): unknown {
  const pool: (() => unknown)[] = [
    () => null,
    () => true,
    () => false,
    () => 0,
    () => -0,
    () => 1.5,
    () => NaN,
    () => Infinity,
    () => -Infinity,
    () => '',
    () => 'x',
    () => '0',
    () => 'null',
    () => [],
    () => [null],
    () => ({}),
    () => ({ a: 1 }),
    () => JSON.parse('{"__proto__":{"x":1}}'),
    () => Object.create(null),
    () => new Date(0),
    () => undefined,
    () => Object.assign(Object.create({ inherited: 1 }), { own: 'x' }),
  ];
  return rng.pick(pool)();
}

/** A string of exactly `n` code points drawn from one or two of LENGTH_UNITS. */
function ofCodePoints(n: number, rng: Rng): string {
  const a = rng.pick(LENGTH_UNITS);
  const b = rng.next() < 0.5 ? a : rng.pick(LENGTH_UNITS);
  let s = '';
  for (let i = 0; i < n; i++) s += i % 2 ? b : a;
  // Two lone surrogates in a row would pair up into one code point: keep the count exact.
  return [...s].length === n ? s : 'a'.repeat(n);
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** A value whose JSON type is not `type` (integer and number overlap: 1.5 for integer, "1" for number). */
function wrongType(type: unknown, rng: Rng): unknown {
  for (;;) {
    const v = strangeValue(rng);
    const t = typeOf(v);
    if (t !== type && !(type === 'number' && t === 'integer')) return v;
  }
}

function mutateObject(schema: Schema, v: Record<string, unknown>, rng: Rng): unknown {
  const props = (schema.properties ?? {}) as Schema;
  const required = (schema.required ?? []) as string[];
  const out = clone(v);
  const present = Object.keys(out);
  const options: (() => unknown)[] = [
    () => {
      const key = rng.pick([...NASTY_KEYS, ...Object.keys(props).map((k) => k.toUpperCase())]);
      setOwn(out, key, rng.next() < 0.5 ? strangeValue(rng) : 'x');
      return out;
    },
    () => {
      // Exactly one extra key past maxProperties (or a few, when there is none).
      const max = within(schema.maxProperties, COUNT_LIMIT) ? schema.maxProperties : present.length + 2;
      for (let i = 0; Object.keys(out).length <= max && i < max + 3; i++) setOwn(out, `k${i}`, i);
      return out;
    },
    () => {
      // A near miss of a key present (map keys under propertyNames, members under additionalProperties: false).
      const key = present.length ? rng.pick(present) : 'x';
      setOwn(out, rng.pick([key.toUpperCase(), key.toLowerCase(), `${key} `, `${key}x`, key.slice(1)]), rng.next() < 0.5 ? clone(out[key]) : strangeValue(rng));
      return out;
    },
    () => {
      const key = rng.pick(Object.keys(props).length ? Object.keys(props) : ['x']);
      setOwn(out, key, rng.next() < 0.3 ? undefined : strangeValue(rng));
      return out;
    },
    () => Object.assign(Object.create({ [rng.pick(['inherited', ...Object.keys(props)])]: strangeValue(rng) }), out),
    () => Object.assign(Object.create(null), out),
    () => present.map((k) => out[k]),
  ];
  if (required.length) {
    options.push(() => {
      delete out[rng.pick(required)];
      return out;
    });
  }
  if (present.length) {
    options.push(() => {
      delete out[rng.pick(present)];
      return out;
    });
  }
  return rng.pick(options)();
}

function mutateArray(schema: Schema, v: unknown[], rng: Rng): unknown {
  const out = clone(v);
  const options: (() => unknown)[] = [
    () => {
      out.splice(rng.int(out.length + 1), 0, strangeValue(rng));
      return out;
    },
    () => {
      const max = within(schema.maxItems, COUNT_LIMIT) ? schema.maxItems : out.length + 1;
      while (out.length <= max) out.push(out.length ? clone(out[rng.int(out.length)]) : null);
      return out;
    },
    () => {
      const min = within(schema.minItems, COUNT_LIMIT) ? schema.minItems : 1;
      out.length = Math.max(0, Math.min(out.length, min - 1));
      return out;
    },
    () => Object.fromEntries(out.map((x, i) => [String(i), x])),
  ];
  if (out.length) {
    options.push(() => {
      // A duplicate: the same item again, or (objects) an equal one with its keys in another order.
      const i = rng.int(out.length);
      const item = out[i];
      const copy = item !== null && typeof item === 'object' && !Array.isArray(item) && rng.next() < 0.5 ? reordered(item as Record<string, unknown>) : clone(item);
      out.splice(rng.int(out.length + 1), 0, copy);
      return out;
    });
    options.push(() => {
      out[rng.int(out.length)] = strangeValue(rng);
      return out;
    });
  }
  return rng.pick(options)();
}

/**
 * A string at or next to a length bound of `schema` (code points), of ASCII, BMP, astral or lone
 * surrogate characters: astral ones make the UTF-16 length twice the count, where a code unit count
 * and a code point count disagree. `inBounds`: only lengths the bounds allow (exactly on them).
 */
export function boundaryString(schema: Schema, rng: Rng, inBounds = false): string {
  const min = within(schema.minLength, LENGTH_LIMIT) ? schema.minLength : undefined;
  const max = within(schema.maxLength, LENGTH_LIMIT) ? schema.maxLength : undefined;
  const lengths = inBounds ? [min ?? 0] : [0, 1, 2];
  for (const b of [min, max]) if (b !== undefined) lengths.push(...(inBounds ? [b] : [b - 1, b, b, b + 1]));
  const n = Math.max(0, rng.pick(lengths));
  return rng.next() < 0.4 ? '😀'.repeat(n) : ofCodePoints(n, rng);
}

function mutateString(schema: Schema, v: string, rng: Rng): unknown {
  const options: (() => unknown)[] = [
    () => boundaryString(schema, rng),
    () => boundaryString(schema, rng),
    () => rng.pick(['', ' ', '\n', '\u0000', '😀', '\uD800', '-', '=']) + v,
    () => v + rng.pick(['', ' ', '\n', '\u0000', '😀', '\uDC00', '-', '=']),
    () => (v.length ? v.slice(0, rng.int(v.length)) + rng.pick(['!', ' ', '\u200b', '\uD83D']) + v.slice(rng.int(v.length) + 1) : '\n'),
    () => v.toUpperCase(),
    () => v.toLowerCase(),
  ];
  if (schema.format === 'date-time') options.push(() => rng.pick(DATE_TIMES));
  return rng.pick(options)();
}

/** date-time near misses and edge cases for ajv-formats (full mode): leap seconds, offsets, case, missing parts. */
export const DATE_TIMES = [
  '2024-02-29T12:00:00Z',
  '2023-02-29T12:00:00Z',
  '2024-01-01t00:00:00z',
  '2024-01-01T00:00:00',
  '2024-01-01 00:00:00Z',
  '2016-12-31T23:59:60Z',
  '2016-12-31T22:59:60-01:00',
  '2024-01-01T23:59:60Z',
  '2024-01-01T00:00:00.123456789+05:30',
  '2024-01-01T00:00:00+24:00',
  '2024-13-01T00:00:00Z',
  '2024-01-01T24:00:00Z',
  '2024-01-01',
  '1970-01-01T00:00:00.Z',
  '+002024-01-01T00:00:00Z',
  '2024-01-01T00:00:00+0530',
];

function mutateNumber(schema: Schema, v: number, rng: Rng): unknown {
  const bounds = [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum].filter((b): b is number => typeof b === 'number');
  const near = bounds.flatMap((b) => [b - 1, b, b + 1, b - 0.5, b + 0.5]);
  // At or just past a bound most of the time: the bounds are where an off-by-one hides.
  if (near.length && rng.next() < 0.6) return rng.pick(near);
  return rng.pick([-0, NaN, Infinity, -Infinity, 1.5, 1e308, -1e308, 2 ** 53, -(2 ** 53), 5e-324, v + 0.5, v - 1, String(v)]);
}

/** One mutation of `v` at a position described by `schema` (a schema object or boolean). */
export function mutate(schema: unknown, v: unknown, rng: Rng): unknown {
  const s = (schema !== null && typeof schema === 'object' ? schema : {}) as Schema;
  if (rng.next() < 0.25) return typeof s.type === 'string' ? wrongType(s.type, rng) : strangeValue(rng);
  if (Array.isArray(s.enum)) {
    const e = rng.pick(s.enum as unknown[]);
    if (typeof e === 'string') return rng.pick([`${e} `, e.toLowerCase(), e.toUpperCase(), `${e}x`, e.slice(1)]);
  }
  if (Array.isArray(v)) return mutateArray(s, v, rng);
  if (v !== null && typeof v === 'object') return mutateObject(s, v as Record<string, unknown>, rng);
  if (typeof v === 'string') return mutateString(s, v, rng);
  if (typeof v === 'number') return mutateNumber(s, v, rng);
  return strangeValue(rng);
}
