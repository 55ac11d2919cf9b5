/**
 * Smithy IDL 2.0 parser: control, metadata and shape sections
 * (https://smithy.io/2.0/spec/idl.html#idl-grammar). Recursive descent over the token list; the
 * first syntax error throws a `ModelError` naming file:line:column. Shape statements are in shapes.ts.
 */

import { Cursor } from './cursor.js';
import { tokenize } from './lexer.js';
import { parseKeyValue, parseNamespace, parseNodeValue, parseShapeId } from './node-values.js';
import { parseShapeStatement } from './shapes.js';
import { ANNOTATION, type NodeValue, type ParsedFile, type ParsedTrait } from './types.js';

export interface ParseState {
  c: Cursor;
  out: ParsedFile;
  inputSuffix: string;
  outputSuffix: string;
}

/** Parses one `.smithy` file. `file` names it in errors. */
export function parseIdl(text: string, file: string): ParsedFile {
  const c = new Cursor(tokenize(text), text, file);
  const out: ParsedFile = { file, version: '1.0', uses: new Map(), metadata: [], shapes: [], applies: [] };
  const state: ParseState = { c, out, inputSuffix: 'Input', outputSuffix: 'Output' };
  // A BOM is not whitespace in the grammar, but editors write one.
  c.ws();
  parseControlSection(state);
  parseMetadataSection(state);
  if (c.is('EOF')) return out;
  if (!c.isKeyword('namespace')) c.unexpected('a namespace definition');
  c.next();
  c.requireSp();
  out.namespace = parseNamespace(c);
  c.br();
  while (c.isKeyword('use')) parseUse(state);
  while (!c.is('EOF')) {
    parseShapeStatement(state);
    c.br();
  }
  return out;
}

function parseControlSection(s: ParseState): void {
  const { c } = s;
  const seen = new Set<string>();
  while (c.is('DOLLAR')) {
    c.next();
    const key = c.is('STRING') ? String(c.next().value) : String(c.expect('IDENTIFIER').value);
    c.sp();
    c.expect('COLON');
    c.sp();
    const valueToken = c.peek();
    const value = parseNodeValue(c);
    if (seen.has(key)) c.fail(valueToken, `duplicate control statement $${key}`);
    seen.add(key);
    if (key === 'version') {
      if (typeof value !== 'string') c.fail(valueToken, `the $version control statement must have a string value, but found ${JSON.stringify(value)}`);
      if (value === '1' || value === '1.0') s.out.version = '1.0';
      else if (value === '2' || value === '2.0') s.out.version = '2.0';
      else c.fail(c.peek(), `unsupported Smithy version number: ${value}`);
    } else if (key === 'operationInputSuffix' || key === 'operationOutputSuffix') {
      if (typeof value !== 'string') c.fail(valueToken, `$${key} must be a string`);
      if (key === 'operationInputSuffix') s.inputSuffix = value as string;
      else s.outputSuffix = value as string;
    }
    // Unknown control statements are ignored, as the reference loader does (with a warning).
    c.br();
  }
}

function parseMetadataSection(s: ParseState): void {
  const { c } = s;
  while (c.isKeyword('metadata')) {
    c.next();
    c.requireSp();
    const pos = c.pos();
    const key = c.is('STRING') ? String(c.next().value) : String(c.expect('IDENTIFIER').value);
    c.sp();
    c.expect('EQUAL');
    c.sp();
    s.out.metadata.push({ key, value: parseNodeValue(c), pos });
    c.br();
  }
}

function parseUse(s: ParseState): void {
  const { c, out } = s;
  c.next();
  c.requireSp();
  const pos = c.pos();
  const ns = parseNamespace(c);
  c.expect('POUND');
  const name = String(c.expect('IDENTIFIER').value);
  if (c.is('DOLLAR')) c.fail(c.peek(), 'use statements cannot use members');
  const id = `${ns}#${name}`;
  const previous = out.uses.get(name);
  if (previous && previous.id !== id) c.fail(pos, `cannot use name ${id} because it conflicts with ${previous.id}`);
  out.uses.set(name, { id, pos });
  c.br();
}

/** TraitStatements = *(Trait [WS]) */
export function parseTraits(c: Cursor): ParsedTrait[] {
  const traits: ParsedTrait[] = [];
  while (c.is('AT')) {
    traits.push(parseTrait(c));
    c.ws();
  }
  return traits;
}

/** Trait = "@" ShapeId ["(" [WS] [TraitStructure / TraitNode] ")"] */
export function parseTrait(c: Cursor): ParsedTrait {
  c.expect('AT');
  const name = parseShapeId(c, false);
  if (!c.is('LPAREN')) return { name, value: ANNOTATION };
  c.next();
  c.ws();
  if (c.is('RPAREN')) {
    c.next();
    return { name, value: ANNOTATION };
  }
  let value: NodeValue;
  if (isKeyValueStart(c)) {
    const object = Object.create(null) as { [key: string]: NodeValue };
    while (!c.is('RPAREN')) {
      if (!c.is('STRING') && !c.is('IDENTIFIER')) c.unexpected("')', a quoted string or an identifier");
      parseKeyValue(c, object);
      c.ws();
    }
    value = object;
  } else {
    value = parseNodeValue(c);
    c.ws();
  }
  c.expect('RPAREN');
  return { name, value };
}

/** A trait body is a structure when it starts with `key:` (a quoted string or identifier, then a colon). */
function isKeyValueStart(c: Cursor): boolean {
  const first = c.peek();
  if (first.kind !== 'STRING' && first.kind !== 'IDENTIFIER') return false;
  let k = 1;
  for (let t = c.peek(k); t.kind === 'SPACE' || t.kind === 'NEWLINE' || t.kind === 'COMMA' || t.kind === 'COMMENT' || t.kind === 'DOC_COMMENT'; t = c.peek(++k));
  return c.peek(k).kind === 'COLON';
}
