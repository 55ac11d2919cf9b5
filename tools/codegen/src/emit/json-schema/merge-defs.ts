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

import { defineKey, type JsonValue } from '../shared/json-schema-defs.js';
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
  const position = new Map(keys.map((k, i) => [k, i]));
  const representative = new Map(keys.map((k) => [k, k]));
  /** Representative → the keys of its class. */
  const members = new Map(keys.map((k) => [k, [k]]));
  const rename = (k: string) => representative.get(k) ?? k;
  // Who refers to whom: a merge changes the text of the definitions that refer to the merged keys.
  const referrers = new Map<string, string[]>();
  for (const key of keys) {
    for (const target of new Set(refTargets(defs[key]!))) {
      const list = referrers.get(target);
      if (list) list.push(key);
      else referrers.set(target, [key]);
    }
  }
  /** Representative → its current text (with its group); text → the representative holding it. */
  const textOf = new Map<string, string>();
  const holder = new Map<string, string>();
  const stale = new Set<string>();
  // Two representatives of equal text merge into the one first in document order. Merges never need
  // undoing (renaming keeps equal texts equal), so the classes do not depend on the order merges
  // happen in, and the result is the fixpoint of merging every equal pair.
  const merge = (a: string, b: string): string => {
    const [winner, loser] = position.get(a)! < position.get(b)! ? [a, b] : [b, a];
    const moved = members.get(loser)!;
    for (const k of moved) representative.set(k, winner);
    members.get(winner)!.push(...moved);
    members.delete(loser);
    textOf.delete(loser);
    for (const k of moved) for (const r of referrers.get(k) ?? []) stale.add(r);
    return winner;
  };
  const place = (key: string, text: string): void => {
    const id = `${group(key)}\u0000${text}`;
    const other = holder.get(id);
    if (other === undefined || other === key) {
      holder.set(id, key);
      textOf.set(key, id);
      return;
    }
    const winner = merge(other, key);
    holder.set(id, winner);
    textOf.set(winner, id);
  };
  for (const key of keys) place(key, JSON.stringify(defs[key]));
  while (stale.size) {
    const batch = [...stale].filter((k) => representative.get(k) === k).sort((a, b) => position.get(a)! - position.get(b)!);
    stale.clear();
    for (const key of batch) {
      if (representative.get(key) !== key) continue;
      const old = textOf.get(key);
      if (old !== undefined && holder.get(old) === key) holder.delete(old);
      place(key, JSON.stringify(renameRefs(defs[key]!, rename)));
    }
  }
  const out: Record<string, JsonValue> = {};
  // Only definitions that refer to a merged key need a renamed copy; the others are kept as they are.
  const renamed = new Set(keys.filter((k) => representative.get(k) !== k).flatMap((k) => referrers.get(k) ?? []));
  for (const key of keys) {
    if (representative.get(key) !== key) continue;
    const value = renamed.has(key) ? renameRefs(defs[key]!, rename) : defs[key]!;
    defineKey(out, key, value);
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
