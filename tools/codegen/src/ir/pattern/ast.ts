/**
 * The tree a Java-dialect `@pattern` parses into. Leaves already hold ECMAScript (`u` flag) text
 * with Java's meaning; the printer (`print.ts`) only decides how groups, quantifiers and assertions
 * are written for the exact form and for the generation form.
 */

export class PatternTranslationError extends Error {}

/** Throws the error every refusal uses: the construct, and where it starts in the model's text. */
export function refuse(construct: string, at: number, why = 'has no ECMAScript equivalent'): never {
  throw new PatternTranslationError(`${construct} at index ${at} ${why}`);
}

export type GroupKind = 'capture' | 'noncapture' | 'atomic' | 'lookahead' | 'negative-lookahead' | 'lookbehind' | 'negative-lookbehind';

export type Node =
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; branches: Node[] }
  /** One literal code point; `text` is its ECMAScript atom. */
  | { type: 'char'; cp: number; text: string }
  /**
   * One code point out of a set, or another quantifiable ECMAScript atom (`[0-9]`, `\d`, `.`,
   * `(?:\r\n|…)`); `generation` replaces it in the generation form when it differs (a class written
   * with lookaheads).
   */
  | { type: 'raw'; text: string; generation?: string }
  /** Zero-width: `^`, `$`, `\b`, `(?=…$)`; `generation` is its text in the generation form ('' drops it). */
  | { type: 'assert'; text: string; generation: string }
  /** `index`: the Java capturing-group number (capture groups only); `name` for `(?<name>…)`. */
  | { type: 'group'; kind: GroupKind; body: Node; index?: number; name?: string }
  /** `text`: the ECMAScript quantifier (`*`, `{2,3}`), without the lazy or possessive mark. */
  | { type: 'quant'; body: Node; text: string; min: number; mode: 'greedy' | 'lazy' | 'possessive' }
  /** `\1` (by Java group number) or `\k<name>`. */
  | { type: 'backref'; index?: number; name?: string };

export function isZeroWidth(node: Node): boolean {
  return node.type === 'assert' || (node.type === 'group' && node.kind !== 'capture' && node.kind !== 'noncapture' && node.kind !== 'atomic');
}

export function hasCapture(node: Node): boolean {
  switch (node.type) {
    case 'seq':
      return node.items.some(hasCapture);
    case 'alt':
      return node.branches.some(hasCapture);
    case 'group':
      return node.kind === 'capture' || hasCapture(node.body);
    case 'quant':
      return hasCapture(node.body);
    default:
      return false;
  }
}

/** The Java flags in force at a point of the pattern (`(?i)`, `(?s)`, `(?x)`, `(?d)`). */
export interface Flags {
  caseInsensitive: boolean;
  dotAll: boolean;
  comments: boolean;
  unixLines: boolean;
}

/** Where the parser is: the model's text, the index of the next character, the flags in force. */
export interface Cursor {
  readonly source: string;
  i: number;
  flags: Flags;
}

/** In comments mode (`(?x)`) Java skips whitespace and `#…` to the end of the line, in classes too. */
export function skipIgnored(c: Cursor): void {
  if (!c.flags.comments) return;
  for (;;) {
    const ch = c.source[c.i];
    if (ch !== undefined && /[ \t\n\x0B\f\r]/.test(ch)) c.i++;
    else if (ch === '#') {
      while (c.i < c.source.length && c.source[c.i] !== '\n') c.i++;
    } else return;
  }
}
