/**
 * Value helpers of the validator differential harness: own-property writes that survive the key
 * `__proto__`, deep copies that keep such keys, a small seeded PRNG for mutations (so a mutation is
 * a pure function of a fast-check integer and shrinks with it), and a printable form of any input,
 * JSON or not (NaN, -0, undefined, lone surrogates, null-prototype and inheriting objects).
 */

/** `obj[key] = value` as an own enumerable property, also for `__proto__` (which would set the prototype). */
export function setOwn(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Deep copy of arrays and plain objects (own `__proto__` keys and null prototypes kept); anything else is shared. */
export function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (!isPlainObject(v)) return v;
  const out = Object.getPrototypeOf(v) === null ? Object.create(null) : {};
  for (const key of Object.keys(v)) setOwn(out, key, clone(v[key]));
  return out as T;
}

/** A copy of a plain object with its keys in another order: equal for ajv's `equal`, different for `JSON.stringify`. */
export function reordered(v: Record<string, unknown>): Record<string, unknown> {
  const out = {};
  for (const key of Object.keys(v).reverse()) setOwn(out, key, clone(v[key]));
  return out;
}

/** mulberry32: deterministic, so a mutation depends only on the integer fast-check drew. */
export function prng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)]! };
}

export interface Rng {
  next(): number;
  /** 0 ≤ result < n */
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
}

/** Canonical text of a JSON-like value, keys sorted: ajv's `equal` up to key order (used to keep uniqueItems arrays unique). */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  if (typeof v === 'number') return Object.is(v, -0) ? '0' : String(v);
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

/**
 * Printable form of an input: JSON where JSON can say it, JS literals for what it cannot (`NaN`,
 * `-0`, `undefined`, `new Date(…)`), plus notes on what JSON text would lose (own `__proto__`
 * keys: recreate with JSON.parse; null prototypes; inherited enumerable keys).
 */
export function describeValue(v: unknown): string {
  const notes = new Set<string>();
  const text = (x: unknown): string => {
    if (x === undefined) return 'undefined';
    if (typeof x === 'number') return Object.is(x, -0) ? '-0' : Number.isFinite(x) ? JSON.stringify(x) : String(x);
    if (typeof x === 'string') return JSON.stringify(x);
    if (x === null || typeof x !== 'object') return String(x);
    if (x instanceof Date) return `new Date(${JSON.stringify(x.toISOString())})`;
    if (Array.isArray(x)) return `[${x.map(text).join(',')}]`;
    const proto = Object.getPrototypeOf(x);
    if (proto === null) notes.add('an object has a null prototype');
    else if (proto !== Object.prototype) notes.add(`an object inherits enumerable keys ${JSON.stringify(Object.keys(proto))}`);
    if (Object.hasOwn(x, '__proto__')) notes.add('holds an own "__proto__" key: recreate with JSON.parse');
    return `{${Object.keys(x).map((k) => `${JSON.stringify(k)}:${text((x as Record<string, unknown>)[k])}`).join(',')}}`;
  };
  const out = text(v);
  return notes.size ? `${out}  (${[...notes].join('; ')})` : out;
}
