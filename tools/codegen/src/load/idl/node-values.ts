/**
 * Node values (https://smithy.io/2.0/spec/idl.html#node-values) and syntactic shape ids. Objects are
 * prototype-free so a key such as `__proto__` is just a key. Unquoted shape ids stay `ShapeIdNode`s
 * until the assembler resolves them (trait values) or keeps their text (metadata).
 */

import type { Cursor } from './cursor.js';
import { ShapeIdNode, type NodeValue } from './types.js';

const NODE_VALUE = "a node value (a string, text block, number, identifier, '{' or '[')";

/** Namespace = Identifier *("." Identifier) */
export function parseNamespace(c: Cursor): string {
  let ns = String(c.expect('IDENTIFIER').value);
  while (c.is('DOT')) {
    c.next();
    ns += '.' + String(c.expect('IDENTIFIER').value);
  }
  return ns;
}

/** ShapeId = (Namespace "#" Identifier / Identifier) ["$" Identifier], with no whitespace inside. */
export function parseShapeId(c: Cursor, allowMember = true): ShapeIdNode {
  const pos = c.pos();
  let text = String(c.expect('IDENTIFIER').value);
  if (c.is('DOT')) {
    while (c.is('DOT')) {
      c.next();
      text += '.' + String(c.expect('IDENTIFIER').value);
    }
    c.expect('POUND');
    text += '#' + String(c.expect('IDENTIFIER').value);
  } else if (c.is('POUND')) {
    c.next();
    text += '#' + String(c.expect('IDENTIFIER').value);
  }
  if (allowMember && c.is('DOLLAR')) {
    c.next();
    text += '$' + String(c.expect('IDENTIFIER').value);
  }
  return new ShapeIdNode(text, pos);
}

const MAX_DEPTH = 200;

export function parseNodeValue(c: Cursor): NodeValue {
  const t = c.peek();
  if (t.kind === 'LBRACE' || t.kind === 'LBRACKET') {
    if (++c.depth > MAX_DEPTH) c.fail(t, `node values nested more than ${MAX_DEPTH} deep`);
    try {
      return t.kind === 'LBRACE' ? parseNodeObject(c) : parseNodeArray(c);
    } finally {
      c.depth--;
    }
  }
  switch (t.kind) {
    case 'STRING':
    case 'TEXT_BLOCK':
    case 'NUMBER':
      c.next();
      return t.value!;
    case 'IDENTIFIER':
      if (t.value === 'true' || t.value === 'false' || t.value === 'null') {
        // A keyword only when the identifier ends there (`true.foo#Bar` is a shape id).
        const after = c.peek(1).kind;
        if (after !== 'DOT' && after !== 'POUND' && after !== 'DOLLAR') {
          c.next();
          return t.value === 'null' ? null : t.value === 'true';
        }
      }
      return parseShapeId(c);
    default:
      return c.unexpected(NODE_VALUE);
  }
}

function parseNodeArray(c: Cursor): NodeValue[] {
  c.expect('LBRACKET');
  c.ws();
  const items: NodeValue[] = [];
  while (!c.is('RBRACKET')) {
    if (c.is('EOF')) c.unexpected(NODE_VALUE);
    items.push(parseNodeValue(c));
    c.ws();
  }
  c.next();
  return items;
}

/** NodeObject = "{" [WS] [NodeObjectKvp *(WS NodeObjectKvp)] [WS] "}" */
export function parseNodeObject(c: Cursor): { [key: string]: NodeValue } {
  c.expect('LBRACE');
  c.ws();
  const out = Object.create(null) as { [key: string]: NodeValue };
  while (!c.is('RBRACE')) {
    if (!c.is('STRING') && !c.is('IDENTIFIER')) c.unexpected("'}', a quoted string or an identifier");
    parseKeyValue(c, out);
    c.ws();
  }
  c.next();
  return out;
}

/** NodeObjectKvp = NodeObjectKey [WS] ":" [WS] NodeValue; a repeated key is an error. */
export function parseKeyValue(c: Cursor, into: { [key: string]: NodeValue }): void {
  const keyToken = c.peek();
  const key = String(c.next().value);
  c.ws();
  c.expect('COLON');
  c.ws();
  if (Object.prototype.hasOwnProperty.call(into, key)) c.fail(keyToken, `duplicate object key ${JSON.stringify(key)}`);
  into[key] = parseNodeValue(c);
}
