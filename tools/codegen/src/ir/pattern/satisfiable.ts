/**
 * Proves that a parsed pattern can match no string, for `@pattern`s that are valid Smithy but
 * unsatisfiable (AWS ships `/^[\d]{12}$/`, slashes included: `^` after a consumed `/`). Sound, not
 * complete: it answers "never matches" only when every path through the tree fails, over an
 * abstract state that says whether input was consumed since the match began (`^` and `\A` then
 * fail: the `u`-flag, non-multiline `^` holds only at index 0) and whether `$` or `\z` was just
 * asserted (a consuming atom then fails). Whatever it cannot judge (`\b`, lookbehinds, negative
 * lookarounds, backreferences) is assumed to succeed, so it only ever removes paths proven dead.
 */
import type { Node } from './ast.js';

/** Bit 1: input consumed since the match began. Bit 2: at the end of input (a `$` was asserted since). */
type State = 0 | 1 | 2 | 3;
type States = number; // a bit set over the four states
const CONSUMED = 1;
const AT_END = 2;
const START: States = 1 << 0;

export function canMatchNothing(root: Node): boolean {
  return step(root, START) === 0;
}

function each(states: States, f: (s: State) => States): States {
  let out = 0;
  for (let s = 0; s < 4; s++) if (states & (1 << s)) out |= f(s as State);
  return out;
}

/**
 * A consuming atom: moves to "consumed, not at the end"; after `$` it fails, unless it can match a
 * line terminator (Java's `$` also holds before a final one, so it is not judged there).
 */
const consume = (states: States, terminator = true): States => each(states, (s) => (s & AT_END && !terminator ? 0 : 1 << CONSUMED));

const TERMINATORS = ['\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029'];
function mayMatchTerminator(atom: string): boolean {
  try {
    const re = new RegExp(`^(?:${atom})$`, 'u');
    return TERMINATORS.some((t) => re.test(t));
  } catch {
    return true; // not judged
  }
}

function step(node: Node, states: States): States {
  if (states === 0) return 0;
  switch (node.type) {
    case 'seq':
      return node.items.reduce((acc, item) => step(item, acc), states);
    case 'alt':
      return node.branches.reduce((acc, branch) => acc | step(branch, states), 0);
    case 'char':
      return consume(states, TERMINATORS.includes(String.fromCodePoint(node.cp)));
    case 'raw':
      return node.text === '[]' ? 0 : consume(states, mayMatchTerminator(node.text));
    case 'assert':
      if (node.text === '^') return each(states, (s) => (s & CONSUMED ? 0 : 1 << s));
      if (node.text === '$') return each(states, (s) => 1 << (s | AT_END));
      return states; // \b, \B, the `\Z` lookahead: not judged
    case 'group':
      if (node.kind === 'capture' || node.kind === 'noncapture' || node.kind === 'atomic') return step(node.body, states);
      // A positive lookahead must match from here, but leaves the position unchanged.
      if (node.kind === 'lookahead') return each(states, (s) => (step(node.body, 1 << s) ? 1 << s : 0));
      return states;
    case 'quant':
      return repeat(node.body, states, node.min, maxOf(node.text));
    case 'backref':
      return states | consume(states); // the group may have matched empty, or something
  }
}

/** `{n,m}` `{n,}` `{n}` `*` `+` `?`: the upper bound, Infinity when there is none. */
function maxOf(text: string): number {
  if (text === '*' || text === '+') return Infinity;
  if (text === '?') return 1;
  const m = /^\{(\d+)(,(\d*))?\}$/.exec(text);
  if (!m) return Infinity; // unknown form: the widest bound only adds paths
  if (m[2] === undefined) return Number(m[1]);
  return m[3] === '' ? Infinity : Number(m[3]);
}

/**
 * The states after min..max repetitions. The sets after k repetitions form an eventually periodic
 * sequence over at most 16 values, so `min` is reduced modulo the cycle and the union needs at
 * most 16 further steps.
 */
function repeat(body: Node, states: States, min: number, max: number): States {
  const seen: States[] = [states];
  let current = states;
  for (let k = 1; k <= min; k++) {
    current = step(body, current);
    const earlier = seen.indexOf(current);
    if (earlier >= 0) {
      const period = k - earlier;
      current = seen[earlier + ((min - earlier) % period)]!;
      break;
    }
    seen.push(current);
  }
  let union = current;
  for (let k = min; k < max && k < min + 16; k++) {
    current = step(body, current);
    union |= current;
  }
  return union;
}
