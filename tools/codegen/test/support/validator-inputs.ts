/**
 * Inputs for a validator, driven by its schema (the compiled copy ajv sees), so any model works:
 * values built to satisfy each keyword (type, $ref, anyOf, properties/required/additionalProperties/
 * patternProperties/propertyNames, min/maxProperties, items/min/maxItems/uniqueItems, enum,
 * min/maxLength, pattern, format date-time, minimum/maximum, not, if/then/else, `true`), where each
 * position is now and then replaced by a targeted mutation (validator-mutations.ts), or a clean
 * value gets one mutation at a uniformly drawn node (past allErrors:false's first failure, deep error
 * sites are reached only by values valid everywhere else). Validity is best effort: a value the
 * generator gets wrong is still an input both validators must judge alike. Strings and numbers:
 * validator-leaves.ts.
 *
 * `$ref` recursion is bounded: past `maxRefDepth` references, optional members and items are left
 * out and anyOf takes its simplest branch, and a few references later the value is `null`.
 */

import fc from 'fast-check';
import { numberArb, stringArb } from './validator-leaves.js';
import { mutate, NASTY_KEYS, strangeValue } from './validator-mutations.js';
import { canonical, clone, prng, setOwn } from './validator-values.js';

type Schema = Record<string, unknown>;
const LOCAL_DEF = '#/$defs/';
const defKeyOf = (ref: string) => decodeURI(ref.slice(LOCAL_DEF.length)).replace(/~1/g, '/').replace(/~0/g, '~');

export interface InputOptions {
  /** References followed in full before values turn minimal. */
  maxRefDepth?: number;
  /** Relative weight of a mutation at each position (against 24 for a valid value; default 2). */
  mutationWeight?: number;
}

/** Per-model generator state: the definitions and arbitraries already built (schema object × depth × variant). */
export class InputGenerator {
  private readonly memo = new Map<unknown, Map<string, fc.Arbitrary<unknown>>>();
  private readonly maxRefDepth: number;
  private readonly mutationWeight: number;
  constructor(
    private readonly defs: Readonly<Record<string, unknown>>,
    options: InputOptions = {},
  ) {
    this.maxRefDepth = options.maxRefDepth ?? 3;
    this.mutationWeight = options.mutationWeight ?? 2;
  }

  /** Inputs for the definition `key`: noisy and clean schema-driven values, one top-level mutation, arbitrary JSON, odd values. */
  forDef(key: string): fc.Arbitrary<unknown> {
    const schema = this.defs[key];
    const clean = this.node(schema, 0, false);
    return fc.oneof(
      { weight: 3, arbitrary: this.node(schema, 0, true) },
      { weight: 2, arbitrary: clean },
      // One mutation at a random depth of a clean value: the only way past allErrors:false's first failure to deep error sites.
      { weight: 6, arbitrary: fc.tuple(clean, fc.nat()).map(([v, n]) => this.mutateDeep(schema, v, prng(n))) },
      { weight: 1, arbitrary: this.mutated(schema, this.valid(schema, 0, false)) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      { weight: 1, arbitrary: fc.nat().map((n) => strangeValue(prng(n))) },
    );
  }

  /** A value at one position: valid for `schema`, or (noisy) sometimes a mutation of one. */
  private node(schema: unknown, depth: number, noisy: boolean): fc.Arbitrary<unknown> {
    const memoKey = `${depth}:${noisy}`;
    let bySchema = this.memo.get(schema);
    if (!bySchema) this.memo.set(schema, (bySchema = new Map()));
    const known = bySchema.get(memoKey);
    if (known) return known;
    const valid = this.valid(schema, depth, noisy);
    const arb = noisy && depth <= this.maxRefDepth ? fc.oneof({ weight: 24, arbitrary: valid }, { weight: this.mutationWeight, arbitrary: this.mutated(schema, valid) }) : valid;
    bySchema.set(memoKey, arb);
    return arb;
  }

  /**
   * `v` with one mutation at a position drawn uniformly among its nodes (the value itself, each
   * member, each item, recursively), found by walking value and schema together: a member takes
   * its `properties`, `patternProperties` or `additionalProperties` schema, an item `items`, an
   * `anyOf` the branch of the value's JSON type (or the anyOf itself, now and then), a `$ref` its target.
   */
  mutateDeep(schema: unknown, v: unknown, rng: ReturnType<typeof prng>): unknown {
    return this.mutateAt(schema, v, rng.int(nodeCount(v)), rng, 0);
  }

  /** `v` with the node at pre-order index `target` (0: `v` itself) mutated. */
  private mutateAt(schema: unknown, v: unknown, target: number, rng: ReturnType<typeof prng>, hops: number): unknown {
    const s = (schema !== null && typeof schema === 'object' ? schema : {}) as Schema;
    if (typeof s.$ref === 'string' && s.$ref.startsWith(LOCAL_DEF) && hops < 64) return this.mutateAt(this.defs[defKeyOf(s.$ref)], v, target, rng, hops + 1);
    if (Array.isArray(s.anyOf) && hops < 64 && rng.next() < 0.8) {
      const branch = (s.anyOf as Schema[]).find((b) => b && typeof b === 'object' && typeMatches(b.type, v)) ?? (s.anyOf as unknown[])[0];
      return this.mutateAt(branch, v, target, rng, hops + 1);
    }
    if (target === 0) return mutate(s, v, rng);
    const out = clone(v) as Record<string, unknown>;
    let rest = target - 1;
    for (const key of Object.keys(out)) {
      const size = nodeCount(out[key]);
      if (rest < size) {
        const sub = Array.isArray(out) ? (s.items ?? true) : memberSchema(s, key);
        setOwn(out, key, this.mutateAt(sub, out[key], rest, rng, hops));
        return out;
      }
      rest -= size;
    }
    return mutate(s, v, rng);
  }

  private mutated(schema: unknown, valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
    return fc.tuple(valid, fc.nat()).map(([v, n]) => mutate(schema, v, prng(n)));
  }

  private valid(schema: unknown, depth: number, noisy: boolean): fc.Arbitrary<unknown> {
    if (schema === true || schema === false || schema === undefined) return fc.jsonValue({ maxDepth: 2 });
    const s = schema as Schema;
    const minimal = depth > this.maxRefDepth;
    if (typeof s.$ref === 'string' && s.$ref.startsWith(LOCAL_DEF)) {
      if (depth > this.maxRefDepth + 3) return fc.constant(null);
      const target = this.defs[defKeyOf(s.$ref)];
      // Built when first drawn: a recursive definition would otherwise be built depth by depth up front.
      return fc.constant(null).chain(() => this.node(target, depth + 1, noisy));
    }
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[])).map(clone);
    if (Array.isArray(s.anyOf)) {
      const branches = s.anyOf as unknown[];
      if (minimal) {
        const simple = branches.find((b) => b !== null && typeof b === 'object' && (b as Schema).type === 'null') ?? branches[0];
        return this.node(simple, depth, noisy);
      }
      return fc.oneof(...branches.map((b) => this.node(b, depth, noisy)));
    }
    switch (s.type) {
      case 'object':
        return this.object(s, depth, noisy);
      case 'array':
        return this.array(s, depth, noisy);
      case 'string':
        return stringArb(s, noisy);
      case 'integer':
      case 'number':
        return numberArb(s);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      default:
        if (s.properties || s.additionalProperties !== undefined || s.required) return this.object(s, depth, noisy);
        // `not`, `{}` and the like: any JSON, mostly not null (the documents' `not` is `{type: null}`).
        return fc.oneof({ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null) }, { weight: 1, arbitrary: fc.constant(null) });
    }
  }

  /**
   * Objects of an object schema. With `if`/`then`/`else` (unions: `if` requires `__type`, `then`
   * and `else` bound the member count), half take the `then` side (the keys `if` requires present,
   * then's bounds) and half the `else` side (those keys absent, else's bounds).
   */
  private object(s: Schema, depth: number, noisy: boolean): fc.Arbitrary<unknown> {
    const ifRequired = ((s.if as Schema | undefined)?.required ?? []) as string[];
    const side = (branch: unknown, forced: readonly string[], excluded: readonly string[]) => this.objectSide(s, (branch ?? {}) as Schema, forced, excluded, depth, noisy);
    if (s.if && s.then) return fc.oneof(side(s.then, ifRequired, []), side(s.else, [], ifRequired));
    return side(undefined, [], []);
  }

  private objectSide(s: Schema, branch: Schema, forced: readonly string[], excluded: readonly string[], depth: number, noisy: boolean): fc.Arbitrary<unknown> {
    const props = (s.properties ?? {}) as Schema;
    const required = [...new Set([...((s.required ?? []) as string[]), ...forced])].filter((k) => Object.hasOwn(props, k));
    const optional = Object.keys(props).filter((k) => !required.includes(k) && !excluded.includes(k));
    const minimal = depth > this.maxRefDepth;
    // Bounds on the member count: the schema's, narrowed by the branch's.
    const maxP = Math.min(num(s.maxProperties, Infinity), num(branch.maxProperties, Infinity));
    const minP = Math.max(num(s.minProperties, 0), num(branch.minProperties, 0));
    const optMin = Math.min(optional.length, Math.max(0, minP - required.length));
    const optMax = minimal ? optMin : Math.max(optMin, Math.min(optional.length, maxP - required.length));
    const value = (schema: unknown) => this.node(schema, depth, noisy);
    const requiredArb = fc.tuple(...required.map((k) => value(props[k])));
    // Each optional member present with one chance in five, one in two or nine in ten (fast-check's
    // own subarrays keep to a few members, leaving the deep ones of a large entry unreached).
    const optionalArb = fc.nat().chain((n) => {
      const rng = prng(n);
      const p = rng.pick([0.2, 0.5, 0.9]);
      const keys = optional.filter(() => rng.next() < p);
      for (const k of optional) if (keys.length < optMin && !keys.includes(k)) keys.push(k);
      keys.sort(() => rng.next() - 0.5);
      return fc.tuple(...keys.slice(0, optMax).map((k) => value(props[k]).map((v) => [k, v] as const)));
    });
    const extras: fc.Arbitrary<(readonly [string, unknown])[]>[] = [];
    const additional = s.additionalProperties;
    const room = Number.isFinite(maxP) ? 0 : 3;
    if (!minimal && room && additional !== undefined && additional !== false) {
      const keyArb = s.propertyNames ? (stringArb(s.propertyNames as Schema, false) as fc.Arbitrary<string>) : fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...NASTY_KEYS));
      extras.push(fc.array(fc.tuple(keyArb, value(additional)), { maxLength: room }));
    }
    if (!minimal && room && s.patternProperties) {
      for (const [pattern, sub] of Object.entries(s.patternProperties as Schema)) {
        extras.push(fc.array(fc.tuple(stringArb({ pattern }, false) as fc.Arbitrary<string>, value(sub)), { maxLength: 2 }));
      }
    }
    return fc.tuple(requiredArb, optionalArb, fc.tuple(...extras), fc.nat()).map(([req, opt, more, order]) => {
      const entries: (readonly [string, unknown])[] = [...required.map((k, i) => [k, req[i]] as const), ...opt, ...more.flat()];
      // Members in a random order: additionalProperties reports the first offending key in key order.
      const rng = prng(order);
      if (rng.next() < 0.5) entries.sort(() => rng.next() - 0.5);
      const out = {};
      for (const [k, v] of entries) if (!Object.hasOwn(out, k)) setOwn(out, k, v);
      return out;
    });
  }

  private array(s: Schema, depth: number, noisy: boolean): fc.Arbitrary<unknown> {
    const minI = Math.min(num(s.minItems, 0), 64);
    const maxI = depth > this.maxRefDepth ? minI : Math.max(minI, Math.min(num(s.maxItems, Infinity), minI + 4));
    const items = fc.array(this.node(s.items ?? true, depth, noisy), { minLength: minI, maxLength: maxI });
    if (s.uniqueItems !== true) return items;
    return items.map((xs) => xs.filter((x, i) => xs.findIndex((y) => canonical(y) === canonical(x)) === i));
  }
}

/** The schema a member `key` of an object is validated by (as ajv picks it: properties, else patternProperties, else additionalProperties). */
function memberSchema(s: Schema, key: string): unknown {
  const props = s.properties as Schema | undefined;
  if (props && Object.hasOwn(props, key)) return props[key];
  for (const [pattern, sub] of Object.entries((s.patternProperties ?? {}) as Schema)) if (new RegExp(pattern, 'u').test(key)) return sub;
  return s.additionalProperties ?? true;
}

/** Nodes of a value: itself plus, for arrays and objects, those of each item or member. */
function nodeCount(v: unknown): number {
  if (v === null || typeof v !== 'object') return 1;
  let n = 1;
  for (const x of Object.values(v)) n += nodeCount(x);
  return n;
}

/** Whether `v` has JSON type `type` (integer within number). */
function typeMatches(type: unknown, v: unknown): boolean {
  if (type === undefined) return true;
  if (type === 'null') return v === null;
  if (type === 'array') return Array.isArray(v);
  if (type === 'object') return v !== null && typeof v === 'object' && !Array.isArray(v);
  if (type === 'integer') return Number.isInteger(v);
  return typeof v === type;
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
