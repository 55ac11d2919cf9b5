/**
 * A position in the token list with the grammar's whitespace rules as helpers: `ws` (spaces,
 * newlines, commas, comments), `sp` (spaces and tabs only), `br` (a line break, perhaps after a
 * comment). Documentation comments met while skipping whitespace are kept until the next
 * significant token is consumed, so only the ones directly before a shape or member attach to it.
 */

import { ModelError } from '../errors.js';
import { describeToken, type Token, type TokenKind } from './lexer.js';
import type { Pos } from './types.js';

export class Cursor {
  private p = 0;
  private docs: string[] = [];
  /** Nesting of node values: bounded, so hostile input cannot exhaust the stack. */
  depth = 0;

  constructor(
    readonly tokens: Token[],
    readonly text: string,
    readonly file: string,
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.p + offset, this.tokens.length - 1)]!;
  }

  get mark(): number {
    return this.p;
  }

  reset(mark: number): void {
    this.p = mark;
  }

  /** Consumes a significant token (anything but whitespace); pending doc comments are dropped. */
  next(): Token {
    const t = this.peek();
    if (t.kind === 'ERROR') this.fail(t, String(t.value));
    if (this.p < this.tokens.length - 1) this.p++;
    if (this.docs.length) this.docs = [];
    return t;
  }

  is(kind: TokenKind, lexeme?: string): boolean {
    const t = this.peek();
    return t.kind === kind && (lexeme === undefined || t.value === lexeme);
  }

  isKeyword(word: string): boolean {
    return this.is('IDENTIFIER', word);
  }

  expect(kind: TokenKind, what: string = KIND_NAMES[kind]): Token {
    if (this.peek().kind !== kind) this.unexpected(what);
    return this.next();
  }

  /** Optional whitespace: spaces, newlines, commas and comments, collecting `///` lines. */
  ws(): boolean {
    const start = this.p;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'DOC_COMMENT' && this.startsLine(this.p)) {
        const line = String(t.value);
        this.docs.push(line.startsWith(' ') ? line.slice(1) : line);
      } else if (t.kind === 'DOC_COMMENT') {
        // `string Foo /// text` documents nothing: a doc comment must start its line.
        if (this.docs.length) this.docs = [];
      } else if (t.kind === 'COMMENT') {
        // A plain comment between doc comments ends the documentation block before it.
        if (this.docs.length) this.docs = [];
      } else if (t.kind !== 'SPACE' && t.kind !== 'NEWLINE' && t.kind !== 'COMMA') break;
      this.p++;
    }
    return this.p > start;
  }

  /** True when only spaces separate token `index` from the previous line break (or the file start). */
  private startsLine(index: number): boolean {
    for (let k = index - 1; k >= 0; k--) {
      const kind = this.tokens[k]!.kind;
      if (kind === 'NEWLINE') return true;
      if (kind !== 'SPACE') return false;
    }
    return true;
  }

  /** Required whitespace (at least one token of it). */
  requireWs(): void {
    if (!this.ws()) this.unexpected('whitespace');
  }

  /** Optional spaces and tabs. */
  sp(): void {
    while (this.peek().kind === 'SPACE') this.p++;
  }

  requireSp(): void {
    if (this.peek().kind !== 'SPACE') this.unexpected(`a space`);
    this.sp();
  }

  /** BR: [SP] then a newline or comment (or the end of the file), then any whitespace. */
  br(): void {
    this.sp();
    const t = this.peek();
    if (t.kind === 'EOF') return;
    if (t.kind !== 'NEWLINE' && t.kind !== 'COMMENT' && t.kind !== 'DOC_COMMENT') this.unexpected('a line break');
    this.ws();
  }

  /** Doc comment lines collected since the last significant token, as one string. */
  takeDocs(): string | undefined {
    if (this.docs.length === 0) return undefined;
    const docs = this.docs;
    this.docs = [];
    return docs.join('\n');
  }

  pos(t: Token = this.peek()): Pos {
    return { line: t.line, column: t.column };
  }

  unexpected(what: string): never {
    const t = this.peek();
    if (t.kind === 'ERROR') this.fail(t, String(t.value));
    this.fail(t, `expected ${what} but found ${describeToken(t, this.text)}`);
  }

  fail(at: Token | Pos, message: string): never {
    const token = at as Token;
    const line = token.errorLine ?? at.line;
    const column = token.errorColumn ?? at.column;
    throw idlError(this.file, { line, column }, message);
  }
}

export function idlError(file: string, pos: Pos, message: string, shapeId?: string): ModelError {
  return new ModelError(file, [{ pointer: '', message, line: pos.line, column: pos.column, ...(shapeId ? { shapeId } : {}) }]);
}

const KIND_NAMES: Record<TokenKind, string> = {
  SPACE: 'a space', NEWLINE: 'a line break', COMMA: "','", COMMENT: 'a comment', DOC_COMMENT: 'a documentation comment',
  IDENTIFIER: 'an identifier', STRING: 'a quoted string', TEXT_BLOCK: 'a text block', NUMBER: 'a number',
  AT: "'@'", DOLLAR: "'$'", DOT: "'.'", POUND: "'#'", COLON: "':'", WALRUS: "':='", EQUAL: "'='",
  LBRACE: "'{'", RBRACE: "'}'", LBRACKET: "'['", RBRACKET: "']'", LPAREN: "'('", RPAREN: "')'",
  ERROR: 'a valid token', EOF: 'the end of the file',
};
