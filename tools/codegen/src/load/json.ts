/**
 * Model JSON as data: parsed by `JSON.parse` (fast), then checked by one linear scan of the text for
 * what `JSON.parse` silently accepts: a duplicate key (the later value would hide the earlier one,
 * say a member whose target dangles) and nesting deeper than anything a model needs (a 5,000-deep
 * `@default` document would overflow the stack of every recursive reader downstream, JSON.stringify
 * included). The tables keyed by model text come back with a null prototype, so a lookup such as
 * `shapes["constructor"]` or `traits["toString"]` finds only what the model holds.
 */

import { pointer, type ModelIssue } from './errors.js';

/** Deeper than any Smithy model needs (AWS's deepest is ~10); well inside the stack of recursive readers. */
export const MAX_JSON_DEPTH = 256;

interface Frame {
  /** Keys seen so far (objects; an array until it grows past SMALL, then a Set), or undefined (arrays). */
  keys: string[] | Set<string> | undefined;
  /** Last key (objects) or element index (arrays): the frame's token of a JSON pointer. */
  token: string | number;
  expectKey: boolean;
}

/** Most objects of a model have a handful of keys: a linear check beats allocating a Set for each. */
const SMALL = 8;

/** Records `key` in the object frame; true when it was there already. */
function seen(frame: Frame, key: string): boolean {
  const keys = frame.keys!;
  if (keys instanceof Set) {
    if (keys.has(key)) return true;
    keys.add(key);
    return false;
  }
  if (keys.includes(key)) return true;
  keys.push(key);
  if (keys.length > SMALL) frame.keys = new Set(keys);
  return false;
}

/** Each frame's token names the value being read inside it; the root frame holds none. */
const pointerOf = (stack: readonly Frame[]): string => pointer(...stack.slice(1).map((f) => f.token));

/**
 * Duplicate keys and excessive depth in JSON text that `JSON.parse` accepted. Linear: each string is
 * skipped with `indexOf`, and only keys holding a backslash are decoded.
 */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): ModelIssue[] {
  const issues: ModelIssue[] = [];
  // A root frame, so the top value's own frame always has a parent to take its token from.
  const stack: Frame[] = [{ keys: undefined, token: '', expectKey: false }];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return issues; // not JSON; JSON.parse has already said so
        let backslashes = 0;
        while (text.charCodeAt(j - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 0) break;
        j++;
      }
      const top = stack[stack.length - 1]!;
      if (top.expectKey) {
        const raw = text.slice(i + 1, j);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, j + 1)) as string) : raw;
        top.token = key;
        if (seen(top, key)) issues.push({ pointer: pointerOf(stack), message: `duplicate key ${JSON.stringify(key)}: JSON.parse would keep only the last one` });
        top.expectKey = false;
      }
      i = j;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length > maxDepth) {
        issues.push({ pointer: pointerOf(stack), message: `nested more than ${maxDepth} levels deep: refused (no model needs it, and it would overflow recursive readers)` });
        return issues;
      }
      stack.push(c === 123 ? { keys: [], token: '', expectKey: true } : { keys: undefined, token: 0, expectKey: false });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1]!;
      if (top.keys) top.expectKey = true;
      else top.token = (top.token as number) + 1;
    }
  }
  return issues;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A prototype-free copy: `__proto__` stays an ordinary key, `toString` finds nothing inherited. */
function toDict(o: Record<string, unknown>): Record<string, unknown> {
  const dict = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(o)) dict[k] = o[k];
  return dict;
}

/**
 * JSON.parse's result with every table keyed by model text given a null prototype: `shapes`, each
 * shape's `members`, `traits` and `rename`, and every member's `traits`. Only these (not every
 * object: that doubled the load time, null-prototype objects being slower to read) are looked up
 * by model text; other values are read by fixed keys. Nesting depth is bounded by `scanJson`.
 */
export function parseDataJson(text: string): unknown {
  const raw = JSON.parse(text) as unknown;
  if (!isObject(raw) || !isObject(raw.shapes)) return raw;
  const shapes = toDict(raw.shapes);
  for (const id of Object.keys(shapes)) {
    const shape = shapes[id];
    if (!isObject(shape)) continue;
    if (isObject(shape.traits)) shape.traits = toDict(shape.traits);
    if (isObject(shape.rename)) shape.rename = toDict(shape.rename);
    if (isObject(shape.members)) {
      const members = toDict(shape.members);
      for (const m of Object.values(members)) if (isObject(m) && isObject(m.traits)) m.traits = toDict(m.traits);
      shape.members = members;
    }
    for (const key of ['member', 'key', 'value']) {
      const m = shape[key];
      if (isObject(m) && isObject(m.traits)) m.traits = toDict(m.traits);
    }
  }
  raw.shapes = shapes;
  return raw;
}
