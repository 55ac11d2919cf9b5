/**
 * Model JSON as data: parsed by `JSON.parse` (fast), then checked by one linear scan of the text for
 * what `JSON.parse` silently accepts: a duplicate key (the later value would hide the earlier one,
 * say a member whose target dangles) and nesting deeper than anything a model needs (a 5,000-deep
 * `@default` document would overflow the stack of every recursive reader downstream, JSON.stringify
 * included). Every object comes back with a null prototype, so a lookup keyed by model text
 * (`shapes["constructor"]`, `traits["toString"]`) finds only what the model holds.
 */

import { pointer, type ModelIssue } from './errors.js';

/** Deeper than any Smithy model needs (AWS's deepest is ~10); well inside the stack of recursive readers. */
export const MAX_JSON_DEPTH = 256;

interface Frame {
  /** Keys seen so far (objects), or undefined (arrays). */
  keys: Set<string> | undefined;
  /** Last key (objects) or element index (arrays): the frame's token of a JSON pointer. */
  token: string | number;
  expectKey: boolean;
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
        if (top.keys!.has(key)) issues.push({ pointer: pointerOf(stack), message: `duplicate key ${JSON.stringify(key)}: JSON.parse would keep only the last one` });
        top.keys!.add(key);
        top.expectKey = false;
      }
      i = j;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length > maxDepth) {
        issues.push({ pointer: pointerOf(stack), message: `nested more than ${maxDepth} levels deep: refused (no model needs it, and it would overflow recursive readers)` });
        return issues;
      }
      stack.push(c === 123 ? { keys: new Set(), token: '', expectKey: true } : { keys: undefined, token: 0, expectKey: false });
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

/** JSON.parse's result with every object given a null prototype (arrays stay arrays). Depth is bounded by `scanJson`. */
export function parseDataJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const dict = Object.create(null) as Record<string, unknown>;
    // Own data properties only; on a null-prototype object `__proto__` is an ordinary key.
    for (const k of Object.keys(value)) dict[k] = (value as Record<string, unknown>)[k];
    return dict;
  });
}
