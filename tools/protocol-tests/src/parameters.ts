/**
 * `testParameters` of a malformed-request case: a map from names to equally long lists of values;
 * the case runs once per index, with every `$name` or `$name:L` in its request and response
 * replaced by that index's value, and `$name:S` by it as a quoted string literal. Longer names are replaced first, so `$value` never eats
 * `$valueLength`; `$$` stands for `$` in every case.
 */

import type { NodeValue } from './types.js';

/** `$$` is an escaped `$` (the suite writes patterns ending in `$` as `$$`); a lone `$` stays. */
const DOLLAR = '\u0000dollar\u0000';

function substitute(node: NodeValue, values: ReadonlyMap<string, string>, order: readonly string[]): NodeValue {
  if (typeof node === 'string') {
    let text = node.split('$$').join(DOLLAR);
    for (const name of order) {
      const value = values.get(name)!;
      text = text.split(`$${name}:S`).join(JSON.stringify(value)).split(`$${name}:L`).join(value).split(`$${name}`).join(value);
    }
    return text.split(DOLLAR).join('$');
  }
  if (Array.isArray(node)) return node.map((n) => substitute(n, values, order));
  if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [substitute(k, values, order) as string, substitute(v, values, order)]));
  return node;
}

/** The case's raw entry once per parameter index (itself once when it has no parameters). */
export function expandTestParameters(raw: Readonly<Record<string, NodeValue>>): Record<string, NodeValue>[] {
  const params = raw.testParameters;
  if (params === undefined || params === null || typeof params !== 'object' || Array.isArray(params)) return [substitute(raw as NodeValue, new Map(), []) as Record<string, NodeValue>];
  const entries = Object.entries(params as Record<string, NodeValue>).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []] as const);
  const count = Math.max(0, ...entries.map(([, v]) => v.length));
  if (entries.some(([, v]) => v.length !== count)) throw new Error(`${String(raw.id)}: testParameters lists differ in length`);
  const order = entries.map(([k]) => k).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const { testParameters: _omit, ...rest } = raw;
  return Array.from({ length: count }, (_, i) => substitute(rest as NodeValue, new Map(entries.map(([k, v]) => [k, v[i]!])), order) as Record<string, NodeValue>);
}
