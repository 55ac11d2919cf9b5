/**
 * The merge rules of model assembly (https://smithy.io/2.0/spec/model.html#merging-metadata and
 * #applying-traits): a trait or metadata key met twice is kept when both values are equal, and two
 * arrays are concatenated; any other pair is a conflict.
 */

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && deepEqual((a as Record<string, unknown>)[k], ob[k]));
}

/** Adds `value` under `key`; returns a message when it conflicts with a value already there. */
export function mergeTrait(into: Record<string, unknown>, key: string, value: unknown): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(into, key)) {
    into[key] = value;
    return undefined;
  }
  const existing = into[key];
  if (Array.isArray(existing) && Array.isArray(value)) {
    into[key] = [...existing, ...value];
    return undefined;
  }
  if (deepEqual(existing, value)) return undefined;
  return `conflicting values for ${key}: ${short(existing)} and ${short(value)}`;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
