/**
 * Java character classes → ECMAScript. Java (JDK 9+) nests classes (`[a[bc]]` is a union, so
 * `[[:alnum:]]` is the set `:alnum` — not POSIX), intersects them (`[a-z&&[^aeiou]]`), applies a
 * leading `^` to everything inside, reads `]` right after `[` or `[^` as a literal, and takes the `-`
 * after a set escape (`[\s-_]`) as a literal. ECMAScript `u` mode has none of this; a class that
 * flattens to one bracket is written as one, any other as single-code-point lookaheads and
 * alternatives: `X&&Y` → `(?=X)Y`, `[^…complex…]` → `(?!…)[\s\S]`.
 */
import { refuse, skipIgnored, type Cursor, type Node } from './ast.js';
import { caseVariantsOfRange, charEscape, classBodyOf, literalAt, otherCase, type Char } from './chars.js';
import { javaProperty } from './properties.js';

type Item =
  | { kind: 'char'; char: Char }
  | { kind: 'range'; from: Char; to: Char }
  /** A class escape valid inside an ECMAScript class: `\d`, `\p{L}`, `\P{L}`. */
  | { kind: 'escape'; text: string }
  /** A positive class body: `0-9`, `\p{L}\p{Nd}`. */
  | { kind: 'body'; text: string }
  | { kind: 'class'; set: ClassSet };

/** The intersection of `operands`, each a union of items; complemented when `negated`. */
interface ClassSet {
  negated: boolean;
  operands: Item[][];
}

const HORIZONTAL = ' \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
const VERTICAL = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';
const negatedBody = (text: string): Item => ({ kind: 'class', set: { negated: true, operands: [[{ kind: 'body', text }]] } });

/** The set escape at `at` (`\d`, `\h`, `\p{…}`, …) as a class item, or undefined for any other escape. */
export function setEscape(c: Cursor, at: number): { item: Item; end: number } | undefined {
  const next = c.source[at + 1];
  if (next !== undefined && 'dDwWsS'.includes(next)) return { item: { kind: 'escape', text: `\\${next}` }, end: at + 1 };
  if (next === 'h') return { item: { kind: 'body', text: HORIZONTAL }, end: at + 1 };
  if (next === 'H') return { item: negatedBody(HORIZONTAL), end: at + 1 };
  if (next === 'V') return { item: negatedBody(VERTICAL), end: at + 1 };
  if (next !== 'p' && next !== 'P') return undefined;
  let name: string;
  let end: number;
  if (c.source[at + 2] === '{') {
    end = c.source.indexOf('}', at + 3);
    if (end === -1) refuse(`an unclosed \\${next}{`, at, 'is not valid');
    name = c.source.slice(at + 3, end);
  } else {
    name = c.source[at + 2] ?? refuse(`\\${next} without a property name`, at, 'is not valid');
    end = at + 2;
  }
  const set = javaProperty(name, c.flags.caseInsensitive, at);
  if ('escape' in set) return { item: { kind: 'escape', text: next === 'P' ? set.escape.replace('\\p', '\\P') : set.escape }, end };
  return { item: next === 'P' ? negatedBody(set.body) : { kind: 'body', text: set.body }, end };
}

/** A set escape used outside a class, as a node. */
export function setEscapeNode(item: Item, caseInsensitive: boolean): Node {
  if (item.kind === 'escape') return { type: 'raw', text: item.text };
  return classNode({ negated: false, operands: [[item]] }, caseInsensitive);
}

/** The class starting at `c.i` (a `[`), read up to its `]`. */
export function parseClass(c: Cursor): Node {
  return classNode(readClass(c), c.flags.caseInsensitive);
}

function readClass(c: Cursor): ClassSet {
  const start = c.i++;
  const negated = c.source[c.i] === '^';
  if (negated) c.i++;
  const operands: Item[][] = [[]];
  let any = false;
  for (;;) {
    skipIgnored(c);
    const ch = c.source[c.i];
    if (ch === undefined) refuse('an unclosed character class', start, 'is not valid');
    if (ch === ']' && any) break;
    if (ch === '[') operands.at(-1)!.push({ kind: 'class', set: readClass(c) });
    else if (ch === '&' && c.source[c.i + 1] === '&') {
      c.i += 2;
      operands.push([]);
    } else readItem(c, operands.at(-1)!);
    any = true;
  }
  c.i++;
  return { negated, operands: operands.filter((o) => o.length > 0) };
}

/** One character, range or set escape of a class (Java's `range()`). */
function readItem(c: Cursor, items: Item[]): void {
  const at = c.i;
  if (c.source[at] === '\\') {
    if (c.source[at + 1] === 'Q') {
      const end = c.source.indexOf('\\E', at + 2);
      const quoted = c.source.slice(at + 2, end === -1 ? undefined : end);
      for (const ch of quoted) items.push({ kind: 'char', char: { cp: ch.codePointAt(0)!, text: ch === ']' || ch === '\\' ? `\\${ch}` : ch } });
      c.i = end === -1 ? c.source.length : end + 2;
      return;
    }
    const set = setEscape(c, at);
    if (set) {
      // Never the start of a range: Java reads a `-` after it as a literal.
      items.push(set.item);
      c.i = set.end + 1;
      return;
    }
  }
  const from = readChar(c);
  if (c.source[c.i] === '-' && c.source[c.i + 1] !== undefined && !']['.includes(c.source[c.i + 1]!)) {
    c.i++;
    const to = readChar(c);
    if (to.cp < from.cp) refuse(`the range ${from.text}-${to.text}`, at, 'is out of order');
    items.push({ kind: 'range', from, to });
  } else items.push({ kind: 'char', char: from });
}

function readChar(c: Cursor): Char {
  const at = c.i;
  if (c.source[at] === '\\') {
    const e = charEscape(c.source, at, true);
    if (!e) refuse(`\\${c.source[at + 1]}`, at, 'is not a character Java accepts here (a set escape cannot end a range)');
    c.i = e.end + 1;
    return e;
  }
  const ch = literalAt(c.source, at);
  c.i += ch.text.length;
  return ch.text === ']' ? { cp: ch.cp, text: '\\]' } : ch;
}

function classNode(set: ClassSet, ci: boolean): Node {
  const text = setText(set, ci, false);
  const generation = setText(set, ci, true);
  return generation === text ? { type: 'raw', text } : { type: 'raw', text, generation };
}

/** Nested positive classes of one operand are unions: their items join the enclosing list. */
function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => (item.kind === 'class' && !item.set.negated && item.set.operands.length === 1 ? flatten(item.set.operands[0]!) : [item]));
}

function setText(set: ClassSet, ci: boolean, generation: boolean): string {
  if (set.operands.length === 1) {
    const items = flatten(set.operands[0]!);
    if (items.every((i) => i.kind !== 'class')) return `[${set.negated ? '^' : ''}${itemsText(items, set.negated, ci)}]`;
  }
  const positive = intersectionText(set.operands, ci, generation);
  if (!set.negated) return positive;
  return generation ? '[\\s\\S]' : `(?:(?!${positive})[\\s\\S])`;
}

function intersectionText(operands: readonly Item[][], ci: boolean, generation: boolean): string {
  if (operands.length === 0) return '[]';
  // Generation: the first operand alone (usually the bounded one, `[a-z&&[^x]]`), a superset.
  if (operands.length === 1 || generation) return unionText(operands[0]!, ci, generation);
  const last = unionText(operands.at(-1)!, ci, false);
  return `(?:${operands.slice(0, -1).map((o) => `(?=${unionText(o, ci, false)})`).join('')}${last})`;
}

function unionText(items: readonly Item[], ci: boolean, generation: boolean): string {
  const flat = flatten(items);
  const plain = flat.filter((i) => i.kind !== 'class');
  const parts = plain.length ? [`[${itemsText(plain, false, ci)}]`] : [];
  for (const i of flat) if (i.kind === 'class') parts.push(setText(i.set, ci, generation));
  if (parts.length === 0) return '[]';
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** The inside of one ECMAScript bracket; `ci` adds the other case of ASCII letters (Java's `(?i)`). */
function itemsText(items: readonly Item[], negated: boolean, ci: boolean): string {
  const extra: number[] = [];
  const out = items.map((item, k) => {
    if (item.kind === 'range') {
      if (ci) extra.push(...caseVariantsOfRange(item.from.cp, item.to.cp));
      return `${item.from.text}-${item.to.text}`;
    }
    if (item.kind !== 'char') return item.kind === 'class' ? '' : item.text;
    const other = ci ? otherCase(item.char.cp) : undefined;
    if (other !== undefined) extra.push(other);
    // A bare `-` between two atoms would make a range in ECMAScript.
    const inner = k > 0 && (k < items.length - 1 || ci) && items[k - 1]!.kind !== 'range';
    if (item.char.text === '-' && inner) return '\\-';
    if (item.char.text === '^' && k === 0 && !negated) return '\\^';
    return item.char.text;
  });
  return out.join('') + classBodyOf(extra);
}
