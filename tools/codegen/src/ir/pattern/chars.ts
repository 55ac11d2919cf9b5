/**
 * Single characters: Java's character escapes decoded to a code point, and the ECMAScript `u`-mode
 * text that denotes that code point in and out of a character class. Java lets any punctuation be
 * escaped (`\_`, `\@`); `u` mode only the syntax characters (and `-` in a class).
 */
import { refuse } from './ast.js';

export interface Char {
  cp: number;
  /** ECMAScript text for the code point in the context it was read in. */
  text: string;
}

const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
const SIMPLE: ReadonlyMap<string, number> = new Map([['t', 9], ['n', 10], ['r', 13], ['f', 12], ['a', 7], ['e', 0x1b], ['v', 0x0b]]);
/**
 * Escapes ECMAScript `u` mode accepts, kept as written with ECMAScript's meaning (`\v` is U+000B,
 * where Java 8+ reads any vertical whitespace: Smithy defines @pattern as ECMA-262).
 */
const SAME = new Set(['t', 'n', 'r', 'f', 'v']);

const hex = (cp: number) => cp.toString(16).toUpperCase();

/** ECMAScript text for a code point we write ourselves (case variants, decoded escapes). */
export function charText(cp: number, inClass: boolean): string {
  const ch = String.fromCodePoint(cp);
  if (cp >= 0x20 && cp < 0x7f) {
    // In a class only `\`, `]`, `-` and `^` can mean something else; outside, every syntax character.
    const special = inClass ? '\\]-^'.includes(ch) : SYNTAX.has(ch);
    return special ? `\\${ch}` : ch;
  }
  if (cp < 0x100) return `\\x${hex(cp).padStart(2, '0')}`;
  return cp < 0x10000 ? `\\u${hex(cp).padStart(4, '0')}` : `\\u{${hex(cp)}}`;
}

/** The code point starting at `i` of a pattern's text (a surrogate pair is one). */
export function literalAt(source: string, i: number): Char {
  const cp = source.codePointAt(i)!;
  return { cp, text: String.fromCodePoint(cp) };
}

/**
 * The character escape at `i` (a backslash) and the index of its last character, or undefined when
 * the escape is not a single character (`\d`, `\p{…}`, `\b`, `\1`, …).
 */
export function charEscape(source: string, i: number, inClass: boolean): (Char & { end: number }) | undefined {
  const next = source[i + 1];
  if (next === undefined) refuse('a trailing backslash', i, 'escapes nothing');
  const raw = (end: number) => source.slice(i, end + 1);
  const simple = SIMPLE.get(next);
  if (simple !== undefined) {
    const cp = simple;
    return { cp, text: SAME.has(next) ? raw(i + 1) : charText(cp, inClass), end: i + 1 };
  }
  if (next === 'x') {
    const braced = /^\\x\{([0-9a-fA-F]+)\}/.exec(source.slice(i));
    if (braced) return { cp: codePoint(parseInt(braced[1]!, 16), i), text: `\\u{${braced[1]}}`, end: i + braced[0].length - 1 };
    const two = /^\\x[0-9a-fA-F]{2}/.exec(source.slice(i));
    if (two) return { cp: parseInt(two[0].slice(2), 16), text: two[0], end: i + 3 };
    refuse('a malformed \\x escape', i, 'is not valid');
  }
  if (next === 'u') {
    const pair = /^\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(source.slice(i));
    if (pair) {
      const cp = 0x10000 + ((parseInt(pair[1]!, 16) - 0xd800) << 10) + (parseInt(pair[2]!, 16) - 0xdc00);
      return { cp, text: pair[0], end: i + 11 };
    }
    const four = /^\\u[0-9a-fA-F]{4}/.exec(source.slice(i));
    if (four) return { cp: parseInt(four[0].slice(2), 16), text: four[0], end: i + 5 };
    refuse('a malformed \\u escape', i, 'is not valid');
  }
  if (next === '0') {
    // Java octal: \0n, \0nn, \0mnn with m <= 3.
    const octal = /^\\0([0-3][0-7]{2}|[0-7]{1,2})/.exec(source.slice(i));
    if (!octal) refuse('\\0 without octal digits', i, 'is not valid in Java');
    const cp = parseInt(octal[1]!, 8);
    return { cp, text: charText(cp, inClass), end: i + octal[0].length - 1 };
  }
  if (next === 'c') {
    const letter = source[i + 2];
    if (letter === undefined) refuse('\\c without a control letter', i, 'is not valid');
    const cp = letter.charCodeAt(0) ^ 64;
    return { cp, text: /[A-Za-z]/.test(letter) ? raw(i + 2) : charText(cp, inClass), end: i + 2 };
  }
  if (next === 'N' && source[i + 2] === '{') refuse('the named character \\N{…}', i, '(ECMAScript has no character names)');
  if (/[A-Za-z0-9]/.test(next)) return undefined;
  // Escaped punctuation or a non-ASCII character: the character itself.
  const ch = literalAt(source, i + 1);
  const keep = SYNTAX.has(next) || (inClass && next === '-');
  return { cp: ch.cp, text: keep ? `\\${next}` : ch.cp >= 0x80 ? ch.text : charText(ch.cp, inClass), end: i + ch.text.length };
}

function codePoint(cp: number, at: number): number {
  if (cp > 0x10ffff) refuse(`the code point U+${hex(cp)}`, at, 'is beyond Unicode');
  return cp;
}

/** Java's default case-insensitive matching is ASCII-only: the other case of an ASCII letter, if any. */
export function otherCase(cp: number): number | undefined {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 32;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 32;
  return undefined;
}

/** ASCII letters whose other case is in `from..to` while they are not: what `(?i)` adds to a range. */
export function caseVariantsOfRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let cp = 0x41; cp <= 0x7a; cp++) {
    const other = otherCase(cp);
    if (other !== undefined && other >= from && other <= to && !(cp >= from && cp <= to)) out.push(cp);
  }
  return out;
}

/** Code points as a class body, consecutive runs written as ranges. */
export function classBodyOf(cps: readonly number[]): string {
  const sorted = [...new Set(cps)].sort((a, b) => a - b);
  let body = '';
  for (let k = 0; k < sorted.length; k++) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    body += charText(sorted[k]!, true);
    if (end > k) body += `${end > k + 1 ? '-' : ''}${charText(sorted[end]!, true)}`;
    k = end;
  }
  return body;
}
