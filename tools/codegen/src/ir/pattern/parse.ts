/**
 * A Java-dialect pattern → the tree of `ast.ts`, with java.util.regex's reading of what ECMAScript
 * `u` mode refuses or lacks: inline flags, unescaped `]` and `}`, quantified anchors and lookarounds,
 * a `{n}` with nothing before it (Java repeats an empty string: `X{11}{0,1011}` is `X{11}`), `\Q…\E`,
 * `\A` `\z` `\Z` `\G` `\R` `\h`, properties. Constructs ECMAScript also accepts keep ECMAScript's
 * meaning (`.`, `$`, `\s`, `\b`): Smithy defines @pattern as ECMA-262.
 */
import { hasCapture, isZeroWidth, refuse, skipIgnored, type Cursor, type Flags, type Node } from './ast.js';
import { charEscape, charText, literalAt, otherCase } from './chars.js';
import { parseClass, setEscape, setEscapeNode } from './classes.js';

export interface Parsed {
  root: Node;
  /** Capture groups by Java number, for backreferences. */
  groups: Map<number, Extract<Node, { type: 'group' }>>;
}

const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/;
const END_ZONE = '(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?$)';

export function parsePattern(source: string): Parsed {
  const c: Cursor = { source, i: 0, flags: { caseInsensitive: false, dotAll: false, comments: false, unixLines: false } };
  const groups = new Map<number, Extract<Node, { type: 'group' }>>();
  const state = { c, groups, count: 0 };
  const root = parseAlternation(state);
  if (c.i < source.length) refuse('an unmatched )', c.i, 'is not valid');
  return { root, groups };
}

interface State {
  c: Cursor;
  groups: Parsed['groups'];
  count: number;
}

function parseAlternation(s: State): Node {
  const branches = [parseSequence(s)];
  while (s.c.source[s.c.i] === '|') {
    s.c.i++;
    branches.push(parseSequence(s));
  }
  return branches.length === 1 ? branches[0]! : { type: 'alt', branches };
}

function parseSequence(s: State): Node {
  const { c } = s;
  const items: Node[] = [];
  /** Whether the last item can take a quantifier (not after one, nor after `(?i)`). */
  let quantifiable = false;
  for (;;) {
    skipIgnored(c);
    const ch = c.source[c.i];
    if (ch === undefined || ch === '|' || ch === ')') break;
    const q = QUANTIFIER.exec(c.source.slice(c.i));
    if (q) {
      const at = c.i;
      c.i += q[0].length;
      skipIgnored(c);
      const mark = c.source[c.i];
      const mode = mark === '?' ? 'lazy' : mark === '+' ? 'possessive' : 'greedy';
      if (mode !== 'greedy') c.i++;
      if (quantifiable) items.push(quantify(items.pop()!, q, mode));
      else if (q[0][0] !== '{') refuse(`the quantifier ${q[0]}`, at, 'has nothing to repeat');
      // else: Java repeats an empty atom, which matches the empty string: nothing to write.
      quantifiable = false;
      continue;
    }
    if (ch === '{') refuse('a { that starts no quantifier', c.i, 'is not valid in Java');
    if (ch === '\\' && c.source[c.i + 1] === 'Q') {
      const end = c.source.indexOf('\\E', c.i + 2);
      for (const lit of c.source.slice(c.i + 2, end === -1 ? undefined : end)) items.push(charNode(lit.codePointAt(0)!, charText(lit.codePointAt(0)!, false), c.flags));
      c.i = end === -1 ? c.source.length : end + 2;
      quantifiable = items.length > 0;
      continue;
    }
    const atom = parseAtom(s);
    if (atom) items.push(atom);
    quantifiable = atom !== undefined;
  }
  return items.length === 1 ? items[0]! : { type: 'seq', items };
}

function quantify(body: Node, q: RegExpExecArray, mode: 'greedy' | 'lazy' | 'possessive'): Node {
  const min = q[1] === undefined ? (q[0] === '+' ? 1 : 0) : Number(q[1]);
  const text = q[0];
  if (isZeroWidth(body)) {
    // ECMAScript `u` mode refuses a quantified assertion; repeating one changes nothing, so it is
    // required (min >= 1) or may be skipped (min 0: matches always; kept only for its captures).
    if (min >= 1) return body;
    return hasCapture(body) ? { type: 'quant', body: { type: 'group', kind: 'noncapture', body }, text: '?', min: 0, mode: 'greedy' } : { type: 'seq', items: [] };
  }
  return { type: 'quant', body, text, min, mode };
}

function charNode(cp: number, text: string, flags: Flags): Node {
  const other = flags.caseInsensitive ? otherCase(cp) : undefined;
  if (other === undefined) return { type: 'char', cp, text };
  return { type: 'raw', text: `[${String.fromCodePoint(cp)}${String.fromCodePoint(other)}]` };
}

function parseAtom(s: State): Node | undefined {
  const { c } = s;
  const at = c.i;
  const ch = c.source[at]!;
  switch (ch) {
    case '(':
      return parseGroup(s);
    case '[':
      return parseClass(c);
    case '\\':
      return parseEscape(s);
    case '^':
    case '$':
      c.i++;
      return { type: 'assert', text: ch, generation: ch };
    case '.':
      c.i++;
      return { type: 'raw', text: c.flags.dotAll ? '[\\s\\S]' : c.flags.unixLines ? '[^\\n]' : '.' };
    default: {
      const lit = literalAt(c.source, at);
      c.i += lit.text.length;
      // Java reads a `]` or `}` outside a class as the character; `u` mode wants it escaped.
      return charNode(lit.cp, ch === ']' || ch === '}' ? `\\${ch}` : lit.text, c.flags);
    }
  }
}

const FLAG_LETTERS = /^\(\?([idmsuxU]*)(?:-([idmsuxU]*))?([:)])/;

function parseGroup(s: State): Node | undefined {
  const { c } = s;
  const at = c.i;
  const rest = c.source.slice(at);
  const saved = { ...c.flags };
  let node: Extract<Node, { type: 'group' }>;
  const prefix = /^\((?:\?(?::|=|!|<=|<!|>|<([a-zA-Z][a-zA-Z0-9]*)>))?/.exec(rest)!;
  if (prefix[0] === '(' && rest[1] === '?') {
    const flags = FLAG_LETTERS.exec(rest);
    if (!flags) refuse(`the group syntax ${rest.slice(0, 3)}`, at, 'is not Java regex syntax');
    setFlags(c.flags, flags[1]!, true, at);
    setFlags(c.flags, flags[2] ?? '', false, at);
    c.i += flags[0].length;
    if (flags[3] === ')') return undefined; // `(?i)`: applies to the rest of the enclosing group
    node = { type: 'group', kind: 'noncapture', body: parseAlternation(s) };
  } else {
    c.i += prefix[0].length;
    const kinds = { '(': 'capture', '(?:': 'noncapture', '(?=': 'lookahead', '(?!': 'negative-lookahead', '(?<=': 'lookbehind', '(?<!': 'negative-lookbehind', '(?>': 'atomic' } as const;
    const kind = prefix[1] !== undefined ? 'capture' : kinds[prefix[0] as keyof typeof kinds];
    node = { type: 'group', kind, body: { type: 'seq', items: [] } };
    if (kind === 'capture') {
      node.index = ++s.count;
      if (prefix[1] !== undefined) node.name = prefix[1];
      s.groups.set(node.index, node);
    }
    node.body = parseAlternation(s);
  }
  if (c.source[c.i] !== ')') refuse('an unclosed group', at, 'is not valid');
  c.i++;
  c.flags = saved;
  return node;
}

function setFlags(flags: Flags, letters: string, on: boolean, at: number): void {
  for (const letter of letters) {
    if (letter === 'i') flags.caseInsensitive = on;
    else if (letter === 's') flags.dotAll = on;
    else if (letter === 'x') flags.comments = on;
    else if (letter === 'd') flags.unixLines = on;
    else if (letter === 'u' && !on) continue;
    else if (on) refuse(`the inline flag (?${letter})`, at, letter === 'm' ? '(multi-line anchors) is not translated' : letter === 'u' ? '(Unicode case folding) is not translated' : '(Unicode character classes) is not translated');
  }
}

function parseEscape(s: State): Node {
  const { c } = s;
  const at = c.i;
  const next = c.source[at + 1];
  const assert = (text: string, generation: string): Node => {
    c.i = at + 2;
    return { type: 'assert', text, generation };
  };
  switch (next) {
    case 'b':
    case 'B':
      if (c.source[at + 2] === '{') refuse('the boundary \\b{…}', at);
      return assert(`\\${next}`, '');
    case 'A':
    case 'G': // one search from the start: the end of the previous match is the start of the input
      return assert('^', '^');
    case 'z':
      return assert('$', '$');
    case 'Z':
      return assert(END_ZONE, '$');
    case 'R':
      c.i = at + 2;
      return { type: 'raw', text: '(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])' };
    case 'X':
      return refuse('the grapheme cluster \\X', at);
    case 'k': {
      const named = /^\\k<([a-zA-Z][a-zA-Z0-9]*)>/.exec(c.source.slice(at));
      if (!named) refuse('a malformed \\k<name>', at, 'is not valid');
      if (c.flags.caseInsensitive) refuse('a backreference under (?i)', at, 'is not translated (it compares case-insensitively)');
      c.i = at + named[0].length;
      return { type: 'backref', name: named[1]! };
    }
  }
  if (next !== undefined && /[1-9]/.test(next)) {
    // Java takes more digits while they still name an existing group.
    let end = at + 2;
    while (/[0-9]/.test(c.source[end] ?? '') && Number(c.source.slice(at + 1, end + 1)) <= s.count) end++;
    if (c.flags.caseInsensitive) refuse('a backreference under (?i)', at, 'is not translated (it compares case-insensitively)');
    c.i = end;
    return { type: 'backref', index: Number(c.source.slice(at + 1, end)) };
  }
  const set = setEscape(c, at);
  if (set) {
    c.i = set.end + 1;
    return setEscapeNode(set.item, c.flags.caseInsensitive);
  }
  const ch = charEscape(c.source, at, false);
  if (!ch) return refuse(`the escape \\${next}`, at, 'is not valid in Java');
  c.i = ch.end + 1;
  return charNode(ch.cp, ch.text, c.flags);
}
