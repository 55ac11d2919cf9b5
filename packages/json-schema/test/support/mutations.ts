/**
 * Targeted mutations of a valid payload: every place in it (a "site") gets the values that sit just
 * inside and just outside each of its constraints, plus wrong JSON types, nulls, unknown fields and
 * enum values, NaN strings, bad base64, `__proto__`/`constructor` keys, ISO strings for timestamps
 * and fractional numbers for integers. Deterministic candidate lists (for exhaustive passes) plus a
 * fast-check arbitrary that picks sites and candidates at random and adds random strings.
 */

import fc from 'fast-check';
import type { IrModel } from '@ota-contract/codegen';
import { EPOCH_LIMIT, INT_WIDTH, SPECIAL_KEYS, intBounds, memberNode, put, structureNode, valueArb, type Json, type WireNode } from './wire-values.js';

export type PathKey = string | number;
export type Mutation = { path: PathKey[]; op: 'set'; value: Json } | { path: PathKey[]; op: 'delete' };

export interface Site {
  path: PathKey[];
  node: WireNode;
  value: Json;
}

const isObject = (v: Json): v is { [k: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every place of `value` that the IR describes, the root included. */
export function collectSites(model: IrModel, node: WireNode, value: Json, path: PathKey[] = [], out: Site[] = []): Site[] {
  out.push({ path, node, value });
  const objectNode = node.kind === 'object' ? node : node.shape?.kind === 'structure' ? structureNode(node.shape) : undefined;
  if (objectNode && objectNode.kind === 'object' && isObject(value)) {
    for (const { key, member } of objectNode.props) if (Object.hasOwn(value, key)) collectSites(model, memberNode(model, member), value[key]!, [...path, key], out);
    return out;
  }
  if (node.kind !== 'value' || !node.shape) return out;
  const s = node.shape;
  if (s.kind === 'list' && Array.isArray(value)) value.forEach((v, i) => collectSites(model, memberNode(model, s.member), v, [...path, i], out));
  if (s.kind === 'map' && isObject(value)) for (const k of Object.keys(value)) collectSites(model, memberNode(model, s.value), value[k]!, [...path, k], out);
  if (s.kind === 'union' && isObject(value)) {
    for (const m of s.members) if (Object.hasOwn(value, m.jsonName)) collectSites(model, memberNode(model, m), value[m.jsonName]!, [...path, m.jsonName], out);
  }
  return out;
}

export const WRONG_TYPES: Json[] = [null, 0, -1, 1.5, '', 'x', '0', true, false, [], {}, [null], { a: 'b' }];
/** \p{C}: controls, format characters (U+200B, U+00AD, BOM), line separators are Zl (allowed), lone surrogates, private use, unassigned. */
export const OTHER_CHARS = ['\n', '\t', '\r', '\u0000', '\u0007', '\u007f', '\u0085', '\u200b', '\u00ad', '\ufeff', '\ud800', '\udfff', '\ue000', '\u0378', '\u{10ffff}', '\u2028'];
const FILLERS = ['a', 'Z', '9', '_', '-', '😀', '𝄞', 'é', '中', ' '];
const INSERTS = [...OTHER_CHARS, ' ', '/', '.', 'é', '😀', '\ud83d'];
export const BASE64_CASES = ['', 'AQID', 'AQI=', 'AQ==', 'AQI', 'A===', '====', 'AQ=D', 'AQ=', '-_8=', 'AQ ID', 'AQID\n', ' AQID', 'AQIDBA==', 'AQIDBA=', 'Zg', 'Zg=', 'Zm9v', '😀AAA', 'AQID====', 'YQ==YQ=='];
const TIMESTAMP_CASES: Json[] = ['2023-11-14T22:13:20Z', '1700000100.5', '1700000000', 1700000000.123, 0, -0.001, EPOCH_LIMIT, -EPOCH_LIMIT, EPOCH_LIMIT + 1, -EPOCH_LIMIT - 1, EPOCH_LIMIT + 0.001, 1e300, -1e300];
const DATE_TIME_CASES: Json[] = ['2023-11-14T22:13:20Z', '2023-11-14T22:13:20.123+01:00', '2023-11-14t22:13:20z', '2023-11-14 22:13:20Z', '2023-02-30T00:00:00Z', '2023-11-14T22:13:20', '2016-12-31T23:59:60Z', '2023-11-14', 1700000000];
const HTTP_DATE_CASES: Json[] = ['Tue, 14 Nov 2023 22:13:20 GMT', 'Tue, 14 Nov 2023 22:13:20 UTC', 'Tuesday, 14-Nov-23 22:13:20 GMT', 'Tue, 4 Nov 2023 22:13:20 GMT', 1700000000];
const DOUBLE_CASES: Json[] = ['NaN', 'Infinity', '-Infinity', 'nan', 'inf', '+Infinity', '-NaN', '1.5', 1e308, -1e308, 5e-324, 0, -0, 1.5];

const repeated = new Map<string, string>();
const repeatTo = (filler: string, n: number): string => {
  const key = `${filler}:${n}`;
  let s = repeated.get(key);
  if (s === undefined) repeated.set(key, (s = filler.repeat(n)));
  return s;
};

/**
 * Edge lengths beyond this are not tried: a `@length` bound of 1e9 code points or bytes has no
 * value a test can hold in memory (JavaScript strings stop near 2^29 units), and the validators'
 * length rules are the same code at any size.
 */
const MAX_MUTATION_LENGTH = 1 << 16;

function lengthCases(min: number | undefined, max: number | undefined): number[] {
  const lens = new Set<number>([0, 1]);
  for (const b of [min, max]) if (b !== undefined) for (const d of [-1, 0, 1]) lens.add(b + d);
  return [...lens].filter((n) => n >= 0 && n <= MAX_MUTATION_LENGTH).sort((a, b) => a - b);
}

function integerCases(kind: string, node: Extract<WireNode, { kind: 'value' }>): Json[] {
  const [lo, hi] = intBounds(kind, node.constraints);
  const [wLo, wHi] = INT_WIDTH[kind]!;
  const edges = [lo, hi, wLo, wHi, node.constraints.range?.min, node.constraints.range?.max].filter((n): n is number => n !== undefined && Number.isFinite(n));
  return [...new Set([...edges.flatMap((n) => [n - 1, n, n + 1]), -1, 0, 1, 255, 256, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e300, -0, 0.5, 1.5, lo + 0.5, '1', 'NaN', 1e-7])];
}

/** The deterministic candidates for one site. */
export function candidates(model: IrModel, site: Site): Mutation[] {
  const { path, node, value } = site;
  const set = (v: Json, p: PathKey[] = path): Mutation => ({ path: p, op: 'set', value: v });
  const out: Mutation[] = WRONG_TYPES.map((v) => set(v));
  const objectNode = node.kind === 'object' ? node : node.shape?.kind === 'structure' ? structureNode(node.shape) : undefined;
  if (objectNode && objectNode.kind === 'object') {
    for (const key of ['extra', '__proto__', 'constructor', 'toString', '__type', 'code', 'traceId', 'Message']) for (const v of ['x', 1, null, {}] as Json[]) out.push(set(v, [...path, key]));
    for (const { key } of objectNode.props) out.push({ path: [...path, key], op: 'delete' }, set(null, [...path, key]));
    return out;
  }
  if (node.kind !== 'value' || !node.shape) return out;
  const s = node.shape;
  const c = node.constraints;
  switch (s.kind) {
    case 'string': {
      for (const n of lengthCases(c.length?.min, c.length?.max)) for (const f of FILLERS) out.push(set(repeatTo(f, n)));
      if (typeof value === 'string') for (const ch of INSERTS) for (const at of [0, value.length >> 1, value.length]) out.push(set(value.slice(0, at) + ch + value.slice(at)));
      break;
    }
    case 'enum':
      out.push(...['UNKNOWN_VALUE', 'SOME_FUTURE_STATUS', ...s.values.map((v) => v.value.toLowerCase()), ...s.values.map((v) => ` ${v.value}`)].map((v) => set(v)));
      break;
    case 'intEnum':
      out.push(...[...s.values.map((v) => v.value + 1), 999, 1.5].map((v) => set(v)));
      break;
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'bigInteger':
      out.push(...integerCases(s.kind, node).map((v) => set(v)));
      break;
    case 'float':
    case 'double':
    case 'bigDecimal':
      out.push(...DOUBLE_CASES.map((v) => set(v)));
      break;
    case 'blob':
      out.push(...BASE64_CASES.map((v) => set(v)));
      break;
    case 'timestamp':
      out.push(...(node.format === 'date-time' ? DATE_TIME_CASES : node.format === 'http-date' ? HTTP_DATE_CASES : TIMESTAMP_CASES).map((v) => set(v)));
      break;
    case 'list':
      if (Array.isArray(value)) {
        out.push(set(null, [...path, value.length]), set([]));
        if (value.length) out.push(set(value[0]!, [...path, value.length]));
        if (c.length?.max !== undefined && c.length.max < MAX_MUTATION_LENGTH && value.length) out.push(set(Array.from({ length: c.length.max + 1 }, () => value[0]!)));
        if (c.length?.max !== undefined && c.length.max <= MAX_MUTATION_LENGTH && value.length) out.push(set(Array.from({ length: c.length.max }, () => value[0]!)));
      }
      break;
    case 'map':
      for (const k of SPECIAL_KEYS) for (const v of ['v', 1, null, '😀'.repeat(4097)] as Json[]) out.push(set(v, [...path, k]));
      out.push(set({}));
      break;
    case 'union':
      out.push(set({}), set({ unknownMember: 1 }), set({ unknownMember: null }));
      if (s.members[0]) out.push(set(null, [...path, s.members[0].jsonName]));
      break;
  }
  return out;
}

/** A random mutation of one random site: a candidate, or (for strings) random text. */
export function mutationArb(model: IrModel, sites: readonly Site[]): fc.Arbitrary<Mutation> {
  return fc.integer({ min: 0, max: sites.length - 1 }).chain((i) => {
    const site = sites[i]!;
    const list = candidates(model, site);
    const random = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.double(), fc.jsonValue({ maxDepth: 1 })).map((v): Mutation => ({ path: site.path, op: 'set', value: v as Json }));
    const validOther = valueArb(model, site.node, 6).map((v): Mutation => ({ path: site.path, op: 'set', value: v }));
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...list) }, { weight: 1, arbitrary: random }, { weight: 1, arbitrary: validOther });
  });
}

const shallowCopy = (v: Json): Json => {
  if (Array.isArray(v)) return [...v];
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, Json> = {};
  for (const k of Object.keys(v)) put(out, k, v[k]!);
  return out;
};

/**
 * Applies mutations, copying only the containers on each mutated path (the input is never changed).
 * A mutation whose parent no longer exists (an earlier one replaced it) is skipped. Values stay
 * JSON: what a server or client would get from `JSON.parse`, `-0` and own `__proto__` keys included.
 */
export function applyMutations(value: Json, mutations: readonly Mutation[]): Json {
  let root = value;
  for (const m of mutations) {
    if (m.path.length === 0) {
      if (m.op === 'set') root = m.value;
      continue;
    }
    root = shallowCopy(root);
    let parent: Json = root;
    let ok = true;
    for (const key of m.path.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, key)) {
        ok = false;
        break;
      }
      const child = shallowCopy((parent as Record<string, Json>)[key as string]!);
      put(parent as Record<string, unknown>, String(key), child);
      parent = child;
    }
    if (!ok || parent === null || typeof parent !== 'object') continue;
    const last = m.path[m.path.length - 1]!;
    if (m.op === 'delete') {
      if (!Array.isArray(parent)) delete (parent as Record<string, Json>)[last];
    } else if (Array.isArray(parent)) {
      if (typeof last === 'number' && last <= parent.length) parent[last] = m.value;
    } else put(parent as Record<string, unknown>, String(last), m.value);
  }
  return root;
}

/** Valid payloads of `node`, each with 0–3 random mutations. */
export function caseArb(model: IrModel, node: WireNode): fc.Arbitrary<Json> {
  return valueArb(model, node).chain((valid) => {
    const sites = collectSites(model, node, valid);
    return fc
      .oneof({ weight: 1, arbitrary: fc.constant([] as Mutation[]) }, { weight: 5, arbitrary: fc.array(mutationArb(model, sites), { minLength: 1, maxLength: 3 }) })
      .map((mutations) => applyMutations(valid, mutations));
  });
}
