/**
 * Smithy IDL 2.0 tokenizer: one hand-written pass over the text, tracking line and column, with no
 * regular expression run over the input (linear time on any input). Whitespace, newlines and
 * comments are tokens too, because the grammar distinguishes `SP`, `NL` and `BR`
 * (https://smithy.io/2.0/spec/idl.html#lexical-notes); the parser decides where they may appear.
 *
 * A malformed literal does not throw here: it becomes an `ERROR` token carrying the message and the
 * position the reference loader reports, and the parser throws when it reaches it.
 */

import { parseQuotedString } from './strings.js';
import { parseTextBlock } from './text-block.js';

export type TokenKind =
  | 'SPACE' | 'NEWLINE' | 'COMMA' | 'COMMENT' | 'DOC_COMMENT'
  | 'IDENTIFIER' | 'STRING' | 'TEXT_BLOCK' | 'NUMBER'
  | 'AT' | 'DOLLAR' | 'DOT' | 'POUND' | 'COLON' | 'WALRUS' | 'EQUAL'
  | 'LBRACE' | 'RBRACE' | 'LBRACKET' | 'RBRACKET' | 'LPAREN' | 'RPAREN'
  | 'ERROR' | 'EOF';

export interface Token {
  kind: TokenKind;
  /** Offsets into the text: [start, end). */
  start: number;
  end: number;
  line: number;
  column: number;
  /** STRING / TEXT_BLOCK: the decoded value; NUMBER: the number; ERROR: the message. */
  value?: string | number;
  /** ERROR only: where the reference loader reports the problem, when not at the token start. */
  errorLine?: number;
  errorColumn?: number;
}

/** Single-character tokens by char code (an array: the fastest lookup for small integer keys). */
const PUNCTUATION: (TokenKind | undefined)[] = [];
for (const [ch, kind] of [['@', 'AT'], ['$', 'DOLLAR'], ['.', 'DOT'], ['#', 'POUND'], ['=', 'EQUAL'], [',', 'COMMA'], ['{', 'LBRACE'], ['}', 'RBRACE'], ['[', 'LBRACKET'], [']', 'RBRACKET'], ['(', 'LPAREN'], [')', 'RPAREN']] as const) {
  PUNCTUATION[ch.charCodeAt(0)] = kind;
}

export const isIdentStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isIdentChar = (c: number): boolean => isIdentStart(c) || isDigit(c);

/** Tokenizes the whole text; the last token is always EOF. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  // Offsets of line starts are advanced by `advanceTo`, which also counts newlines inside literals.
  const advanceTo = (to: number): void => {
    for (let k = i; k < to; k++) {
      const ch = text.charCodeAt(k);
      // CRLF counts once (at its LF); a lone CR is a newline too.
      if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
        line++;
        lineStart = k + 1;
      }
    }
    i = to;
  };
  const position = (offset: number): { line: number; column: number } => {
    // Only used for errors inside a literal: walks from the token start, so cost is per error.
    let l = line;
    let ls = lineStart;
    for (let k = i; k < offset; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) { l++; ls = k + 1; }
    }
    return { line: l, column: offset - ls + 1 };
  };
  const push = (kind: TokenKind, end: number, value?: string | number): Token => {
    // Every field set in one literal: one hidden class for all tokens.
    const token: Token = { kind, start: i, end, line, column: i - lineStart + 1, value, errorLine: undefined, errorColumn: undefined };
    tokens.push(token);
    // Only these can hold a line break; every other token just moves the offset.
    if (kind === 'NEWLINE' || kind === 'STRING' || kind === 'TEXT_BLOCK' || kind === 'ERROR') advanceTo(end);
    else i = end;
    return token;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
      push('SPACE', j);
    } else if (c === 0x0a) {
      push('NEWLINE', i + 1);
    } else if (c === 0x0d) {
      // CRLF is one newline; a lone CR is one too.
      push('NEWLINE', text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1);
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      let j = i + 2;
      while (j < n && text.charCodeAt(j) !== 0x0a && text.charCodeAt(j) !== 0x0d) j++;
      const doc = text.charCodeAt(i + 2) === 0x2f;
      push(doc ? 'DOC_COMMENT' : 'COMMENT', j, doc ? text.slice(i + 3, j) : undefined);
    } else if (c === 0x3a) {
      push(text.charCodeAt(i + 1) === 0x3d ? 'WALRUS' : 'COLON', text.charCodeAt(i + 1) === 0x3d ? i + 2 : i + 1);
    } else if (PUNCTUATION[c] !== undefined) {
      push(PUNCTUATION[c], i + 1);
    } else if (isIdentStart(c)) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 0x5f) j++;
      // Identifier = *"_" ALPHA *(ALPHA / DIGIT / "_")
      if (j < n && isIdentStart(text.charCodeAt(j))) {
        while (j < n && isIdentChar(text.charCodeAt(j))) j++;
        push('IDENTIFIER', j, text.slice(i, j));
      } else {
        const at = position(j);
        const found = j < n ? text[j] : '[EOF]';
        const t = push('ERROR', j, `expected a valid identifier character, but found '${found}'`);
        t.errorLine = at.line;
        t.errorColumn = at.column;
      }
    } else if (c === 0x2d || isDigit(c)) {
      lexNumber();
    } else if (c === 0x22) {
      if (text.charCodeAt(i + 1) === 0x22 && text.charCodeAt(i + 2) === 0x22) lexTextBlock();
      else lexString();
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      push('ERROR', i + ch.length, `unexpected character '${ch}'`);
    }
  }
  tokens.push({ kind: 'EOF', start: n, end: n, line, column: n - lineStart + 1, value: undefined, errorLine: undefined, errorColumn: undefined });
  return tokens;

  function lexNumber(): void {
    let j = i;
    const fail = (message: string): void => {
      push('ERROR', j, `invalid number '${text.slice(i, j)}': ${message}`);
    };
    if (text.charCodeAt(j) === 0x2d) {
      j++;
      if (!isDigit(text.charCodeAt(j))) return fail(`'-' must be followed by a digit`);
    }
    while (isDigit(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 0x2e) {
      j++;
      if (!isDigit(text.charCodeAt(j))) return fail(`'.' must be followed by a digit`);
      while (isDigit(text.charCodeAt(j))) j++;
    }
    const e = text.charCodeAt(j);
    if (e === 0x65 || e === 0x45) {
      j++;
      const s = text.charCodeAt(j);
      if (s === 0x2b || s === 0x2d) j++;
      if (!isDigit(text.charCodeAt(j))) return fail(`'e', '+', and '-' must be followed by a digit`);
      while (isDigit(text.charCodeAt(j))) j++;
    }
    push('NUMBER', j, Number(text.slice(i, j)));
  }

  /** Finds the closing quote(s), skipping escaped characters; -1 when the input ends first. */
  function findClose(from: number, quotes: number): number {
    for (let j = from; j < n; j++) {
      const ch = text.charCodeAt(j);
      if (ch === 0x5c) j++;
      else if (ch === 0x22 && (quotes === 1 || (text.charCodeAt(j + 1) === 0x22 && text.charCodeAt(j + 2) === 0x22))) return j;
    }
    return -1;
  }

  function unclosed(): void {
    // Reported where the input ends, as the reference loader does.
    const at = position(n);
    const t = push('ERROR', n, `unclosed string: expected '"' but found the end of the file`);
    t.errorLine = at.line;
    t.errorColumn = at.column;
  }

  function lexString(): void {
    const close = findClose(i + 1, 1);
    if (close < 0) return unclosed();
    const decoded = parseQuotedString(text.slice(i + 1, close));
    if (typeof decoded === 'string') push('STRING', close + 1, decoded);
    else push('ERROR', close + 1, `${decoded.error} in a quoted string`);
  }

  function lexTextBlock(): void {
    const close = findClose(i + 3, 3);
    if (close < 0) return unclosed();
    const decoded = parseTextBlock(text.slice(i + 3, close));
    if (typeof decoded === 'string') push('TEXT_BLOCK', close + 3, decoded);
    else push('ERROR', close + 3, decoded.error.includes('text block') ? decoded.error : `${decoded.error} in a text block`);
  }
}

/** How a token looks in an error message: `IDENTIFIER('apply')`, `NEWLINE`, `EOF`. */
export function describeToken(token: Token, text: string): string {
  if (token.kind === 'EOF') return 'the end of the file';
  if (token.kind === 'NEWLINE') return 'a line break';
  if (token.kind === 'ERROR') return String(token.value);
  const lexeme = text.slice(token.start, Math.min(token.end, token.start + 40));
  return `${token.kind}(${JSON.stringify(lexeme)})`;
}
