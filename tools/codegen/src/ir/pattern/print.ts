/**
 * Prints a parsed pattern in one of two forms:
 *
 * - `exact`: the same language as Java. Possessive quantifiers and atomic groups, which ECMAScript
 *   lacks, are dropped where nothing after them could backtrack, else emulated: `(?>X)` is
 *   `(?=(X))\1`, a lookahead (atomic in ECMAScript) whose capture a backreference then consumes.
 *   Capture groups are renumbered around the inserted ones, backreferences with them.
 * - `generation`: what a test-data generator (fast-check's `stringMatching`) can draw from: no
 *   lookaround, no `\b`, no backreference (a copy of the group instead), no possessive or atomic
 *   syntax. Its strings are then filtered through the exact form, so it may accept more.
 */
import type { Node } from './ast.js';
import type { Parsed } from './parse.js';

export type Form = 'exact' | 'generation';

interface Mark {
  open?: object;
  name?: string;
  backref?: object;
}
type Token = string | Mark;

const LOOKAROUND = { lookahead: '(?=', 'negative-lookahead': '(?!', lookbehind: '(?<=', 'negative-lookbehind': '(?<!' } as const;

export function printPattern(parsed: Parsed, form: Form): string {
  const out: Token[] = [];
  const printer = new Printer(parsed, form, out);
  printer.node(parsed.root, true);
  return numberGroups(out);
}

class Printer {
  /** Groups being printed, so a backreference inside its own group is not copied into itself. */
  private readonly open = new Set<Node>();
  private copying = 0;
  constructor(
    private readonly parsed: Parsed,
    private readonly form: Form,
    private readonly out: Token[],
  ) {}

  node(node: Node, topLevel: boolean): void {
    const { out } = this;
    switch (node.type) {
      case 'seq':
        node.items.forEach((item, k) => {
          if (item.type === 'quant' && item.mode === 'possessive') this.possessive(item, topLevel && nothingCanBacktrack(node.items.slice(k + 1)));
          else this.node(item, topLevel);
        });
        return;
      case 'alt':
        node.branches.forEach((branch, k) => {
          if (k > 0) out.push('|');
          this.node(branch, topLevel);
        });
        return;
      case 'char':
        out.push(node.text);
        return;
      case 'raw':
        out.push(this.form === 'generation' && node.generation !== undefined ? node.generation : node.text);
        return;
      case 'assert':
        out.push(this.form === 'generation' ? node.generation : node.text);
        return;
      case 'quant':
        if (node.mode === 'possessive') return this.possessive(node, topLevel); // a whole branch: nothing follows
        this.quantified(node, node.mode === 'lazy' ? '?' : '');
        return;
      case 'backref':
        return this.backref(node);
      case 'group':
        return this.group(node);
    }
  }

  private group(node: Extract<Node, { type: 'group' }>): void {
    const { out } = this;
    if (node.kind !== 'capture' && node.kind !== 'noncapture' && node.kind !== 'atomic') {
      if (this.form === 'generation') return; // a lookaround only filters: the exact form does that
      out.push(LOOKAROUND[node.kind]);
    } else if (node.kind === 'atomic' && this.form === 'exact') {
      const ref = {};
      out.push('(?=', { open: ref });
      this.inside(node);
      out.push('))', { backref: ref });
      return;
    } else if (node.kind === 'capture' && this.copying === 0) {
      // A copy made for a backreference (generation form) captures nothing: a name may appear once.
      out.push({ open: node, ...(node.name !== undefined ? { name: node.name } : {}) });
    } else {
      out.push('(?:');
    }
    this.inside(node);
    out.push(')');
  }

  private inside(node: Extract<Node, { type: 'group' }>): void {
    this.open.add(node);
    this.node(node.body, false);
    this.open.delete(node);
  }

  private quantified(node: Extract<Node, { type: 'quant' }>, mark: string): void {
    const start = this.out.length;
    this.node(node.body, false);
    // A body the generation form dropped (a lookaround) leaves nothing to repeat.
    if (this.out.length > start && this.out.slice(start).some((t) => t !== '')) this.out.push(node.text + mark);
  }

  /** `safe`: nothing after it could backtrack into it, so possessive ≡ greedy. */
  private possessive(node: Extract<Node, { type: 'quant' }>, safe: boolean): void {
    if (this.form === 'generation' || safe) return this.quantified(node, '');
    const ref = {};
    this.out.push('(?=', { open: ref });
    this.quantified(node, '');
    this.out.push('))', { backref: ref });
  }

  private backref(node: Extract<Node, { type: 'backref' }>): void {
    const group = node.index !== undefined ? this.parsed.groups.get(node.index) : [...this.parsed.groups.values()].find((g) => g.name === node.name);
    if (this.form === 'exact') {
      if (group) this.out.push({ backref: group });
      else this.out.push(node.name !== undefined ? `\\k<${node.name}>` : `\\${node.index}`);
      return;
    }
    // Generation: the group's own text again (a superset of the repeated string); nothing if unset.
    if (!group || this.open.has(group)) return;
    this.out.push('(?:');
    this.copying++;
    this.inside(group);
    this.copying--;
    this.out.push(')');
  }
}

/** True when what follows at the top level is nothing, or only a final `$`. */
function nothingCanBacktrack(rest: readonly Node[]): boolean {
  return rest.length === 0 || (rest.length === 1 && rest[0]!.type === 'assert' && rest[0]!.text === '$');
}

/** Prints the tokens, numbering every capturing group in order of its opening parenthesis. */
function numberGroups(tokens: readonly Token[]): string {
  const numbers = new Map<object, number>();
  for (const t of tokens) if (typeof t !== 'string' && t.open) numbers.set(t.open, numbers.size + 1);
  let text = '';
  for (const t of tokens) {
    if (typeof t === 'string') text += t;
    else if (t.open) text += t.name !== undefined ? `(?<${t.name}>` : '(';
    else if (t.backref) text += `\\${numbers.get(t.backref)}`;
  }
  return text;
}
