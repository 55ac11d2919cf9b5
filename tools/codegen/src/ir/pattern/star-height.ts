/**
 * Removes one source of catastrophic backtracking without changing the language: an unbounded
 * quantifier directly over another one (through groups only). For any R, `(R+)+` is `R+`, and
 * `(R*)*`, `(R+)*`, `(R*)+` are `R*` (a language of the form L+ is closed under concatenation).
 * A backtracking engine (JavaScript's) tries every way of splitting a run among the iterations
 * of the two quantifiers, so `^([0-9]+)+$` on 80 digits and a `!` does not finish; `^[0-9]+$`
 * takes linear time. AWS's restJson1 suite checks exactly that (RestJsonMalformedPatternReDOSString).
 *
 * Only where nothing can tell the difference: both quantifiers greedy, outside atomic groups and
 * lookarounds (which commit to the first match found, not to the language), and a pattern without
 * backreferences (the groups removed may capture). Other ambiguous forms — `(a|a)*`, `(\d+,?)+`,
 * `\d*\d*` — are left as they are: a backtracking engine stays exponential or polynomial on them,
 * and only a linear-time matcher would close that in general.
 */

import type { Node } from './ast.js';
import type { Parsed } from './parse.js';

type Quant = Extract<Node, { type: 'quant' }>;

function hasBackref(node: Node): boolean {
  switch (node.type) {
    case 'backref':
      return true;
    case 'seq':
      return node.items.some(hasBackref);
    case 'alt':
      return node.branches.some(hasBackref);
    case 'group':
    case 'quant':
      return hasBackref(node.body);
    default:
      return false;
  }
}

const unbounded = (q: Quant): boolean => q.mode === 'greedy' && (q.text === '*' || q.text === '+');

/** The quantifier a node is once capture and non-capture groups (and one-item sequences) are looked through. */
function quantifierWithin(node: Node): Quant | undefined {
  let at = node;
  for (;;) {
    if (at.type === 'group' && (at.kind === 'capture' || at.kind === 'noncapture')) at = at.body;
    else if (at.type === 'seq' && at.items.length === 1) at = at.items[0]!;
    else return at.type === 'quant' ? at : undefined;
  }
}

function flatten(node: Node): Node {
  switch (node.type) {
    case 'seq':
      return { ...node, items: node.items.map(flatten) };
    case 'alt':
      return { ...node, branches: node.branches.map(flatten) };
    case 'group':
      // An atomic group or a lookaround keeps its body as written.
      return node.kind === 'capture' || node.kind === 'noncapture' ? { ...node, body: flatten(node.body) } : node;
    case 'quant': {
      // Inner quantifiers first, so `((R+)+)+` collapses all the way.
      const body = flatten(node.body);
      const inner = quantifierWithin(body);
      if (!inner || !unbounded(node) || !unbounded(inner)) return { ...node, body };
      const plus = node.text === '+' && inner.text === '+';
      return { type: 'quant', body: inner.body, text: plus ? '+' : '*', min: plus ? 1 : 0, mode: 'greedy' };
    }
    default:
      return node;
  }
}

/** `parsed` with directly nested unbounded quantifiers merged (see the module comment); unchanged when it has backreferences. */
export function flattenNestedQuantifiers(parsed: Parsed): Parsed {
  if (hasBackref(parsed.root)) return parsed;
  return { ...parsed, root: flatten(parsed.root) };
}
