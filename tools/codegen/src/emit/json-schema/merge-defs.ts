/**
 * Identical definitions merged before ajv compiles the document copy. A whole-service model has many
 * shapes with the same schema (IoT: 128 plain strings, 227 empty inputs, 57 booleans in strict mode;
 * 1,758 definitions, 938 distinct), and ajv compiles each definition into its own function. Merged,
 * one function serves them all and the further export names become aliases of it.
 *
 * Two definitions are merged when their text is the same once every `$ref` names its class's
 * representative (the first key of the class in document order). That is repeated until nothing more
 * merges, so structures whose members refer to identical shapes merge too. Only equal text is ever
 * merged, so the merged document accepts exactly what the original does; error objects are the same
 * too, as ajv's `schemaPath` is relative to the function's own definition.
 */

import type { JsonValue } from '../shared/json-schema-defs.js';
import { defKeyOf, defPointer, LOCAL_DEF, mapSubschemas, subschemasOf } from './compile-copy.js';

export interface MergedDefs {
  /** The representatives' definitions, every local `$ref` pointing at a representative. */
  defs: Record<string, JsonValue>;
  /** `$defs` key → its representative's key (itself for a representative). */
  representative: Map<string, string>;
}

/** `schema` with each local `$ref` replaced through `rename`, by keyword (data left alone). */
function renameRefs(schema: JsonValue, rename: (key: string) => string): JsonValue {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = mapSubschemas(schema, (sub) => renameRefs(sub, rename));
  if (typeof out.$ref === 'string' && out.$ref.startsWith(LOCAL_DEF)) out.$ref = defPointer(rename(defKeyOf(out.$ref)));
  return out;
}

/**
 * Merges definitions of equal text. `group(key)` separates keys that must not merge even when equal
 * (entries compiled inlined from shapes compiled with calls).
 */
export function mergeIdenticalDefs(defs: Readonly<Record<string, JsonValue>>, group: (key: string) => string = () => ''): MergedDefs {
  const keys = Object.keys(defs);
  const representative = new Map(keys.map((k) => [k, k]));
  const rename = (k: string) => representative.get(k) ?? k;
  // Who refers to whom: after a round, only the definitions referring to a merged key change text.
  const referrers = new Map<string, string[]>();
  for (const key of keys) {
    for (const target of new Set(refTargets(defs[key]!))) {
      const list = referrers.get(target);
      if (list) list.push(key);
      else referrers.set(target, [key]);
    }
  }
  const texts = new Map(keys.map((k) => [k, JSON.stringify(defs[k])]));
  for (;;) {
    const first = new Map<string, string>();
    const merged: string[] = [];
    for (const key of keys) {
      if (representative.get(key) !== key) continue;
      const id = `${group(key)}\u0000${texts.get(key)!}`;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, key);
      else merged.push(key);
    }
    if (merged.length === 0) break;
    const into = new Map(merged.map((k) => [k, first.get(`${group(k)}\u0000${texts.get(k)!}`)!]));
    const changed = new Set<string>();
    for (const key of keys) {
      const next = into.get(representative.get(key)!);
      if (next !== undefined) {
        representative.set(key, next);
        changed.add(key);
      }
    }
    for (const key of merged) texts.delete(key);
    // Merging changes the text of definitions that refer to merged keys: compare those again.
    const stale = new Set([...changed].flatMap((k) => referrers.get(k) ?? []));
    for (const key of stale) if (representative.get(key) === key) texts.set(key, JSON.stringify(renameRefs(defs[key]!, rename)));
  }
  const out: Record<string, JsonValue> = {};
  for (const key of keys) {
    if (representative.get(key) !== key) continue;
    Object.defineProperty(out, key, { value: renameRefs(defs[key]!, rename), enumerable: true, writable: true, configurable: true });
  }
  return { defs: out, representative };
}

/** The `$defs` keys a schema refers to through local references, by keyword. */
function refTargets(schema: JsonValue, out: string[] = []): string[] {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return out;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith(LOCAL_DEF)) out.push(defKeyOf(schema.$ref));
  for (const sub of subschemasOf(schema)) refTargets(sub, out);
  return out;
}
