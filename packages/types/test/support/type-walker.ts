/**
 * Walks a boto3 Response Syntax tree through a generated TypeScript type with ts-morph, and
 * reports every field path whose type does not fit, in either form:
 *
 * | boto3         | application form (`S`)  | wire form (`SJson`)                          |
 * |---------------|-------------------------|----------------------------------------------|
 * | 'string'      | string                  | string                                       |
 * | 'A'\|'B'      | string-literal union ⊇ {A, B} (the page may predate newer values)      |
 * | 123           | number                  | number                                       |
 * | 123.0         | number                  | number \| 'NaN' \| 'Infinity' \| '-Infinity' |
 * | datetime(...) | Date                    | number (epoch seconds)                       |
 * | b'bytes'      | Uint8Array              | string (base64)                              |
 * | [ x ]         | x[]                     | x[]                                          |
 * | {'string': x} | Record<string, x>       | Record<string, x>                            |
 * | { k: x }      | object with exactly the keys k                                         |
 */

import type { Node, Type } from 'ts-morph';
import type { SyntaxNode } from './boto3-reference.js';

export type Form = 'app' | 'json';

export interface WalkResult {
  issues: string[];
  /** Field paths checked, e.g. `otaUpdateInfo.otaUpdateFiles[].fileLocation.stream.fileId`. */
  visited: string[];
}

const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity']);

export function walk(node: SyntaxNode, type: Type, form: Form, at: Node): WalkResult {
  const result: WalkResult = { issues: [], visited: [] };
  visit(node, type, '', form, at, result);
  return result;
}

function visit(node: SyntaxNode, declared: Type, path: string, form: Form, at: Node, out: WalkResult): void {
  const type = declared.getNonNullableType();
  const fail = (want: string) => out.issues.push(`${path || '(root)'}: expected ${want}, found ${type.getText(at)}`);
  const parts = type.isUnion() ? type.getUnionTypes() : [type];
  switch (node.kind) {
    case 'string':
      if (!type.isString()) fail('string');
      return;
    case 'enum': {
      const literals = parts.filter((t) => t.isStringLiteral()).map((t) => t.getLiteralValue());
      if (literals.length !== parts.length) return void fail(`a string enum of ${node.values.join('|')}`);
      const missing = node.values.filter((v) => !literals.includes(v));
      if (missing.length) fail(`enum values ${missing.join(', ')} as well`);
      return;
    }
    case 'integer':
      if (!type.isNumber()) fail('number');
      return;
    case 'float':
      if (form === 'app' ? !type.isNumber() : !isWireDouble(parts)) fail(form === 'app' ? 'number' : "number | 'NaN' | 'Infinity' | '-Infinity'");
      return;
    case 'timestamp':
      if (form === 'app' ? !isLibType(type, 'Date') : !type.isNumber()) fail(form === 'app' ? 'Date' : 'number (epoch seconds)');
      return;
    case 'blob':
      if (form === 'app' ? !isLibType(type, 'Uint8Array') : !type.isString()) fail(form === 'app' ? 'Uint8Array' : 'string (base64)');
      return;
    case 'list':
      if (!type.isArray()) return void fail('an array');
      out.visited.push(`${path}[]`);
      return visit(node.element, type.getArrayElementTypeOrThrow(), `${path}[]`, form, at, out);
    case 'map': {
      const value = type.getStringIndexType();
      if (!value || type.getProperties().length > 0) return void fail('Record<string, …>');
      out.visited.push(`${path}{}`);
      return visit(node.value, value, `${path}{}`, form, at, out);
    }
    case 'structure': {
      if (!type.isObject() || type.isArray()) return void fail('an object');
      const ours = type.getProperties().map((p) => p.getName());
      for (const extra of ours.filter((k) => !node.fields.has(k))) out.issues.push(`${join(path, extra)}: not in the reference`);
      for (const [key, child] of node.fields) {
        const prop = type.getProperty(key);
        const childPath = join(path, key);
        if (!prop) {
          out.issues.push(`${childPath}: missing`);
          continue;
        }
        out.visited.push(childPath);
        visit(child, prop.getTypeAtLocation(at), childPath, form, at, out);
      }
    }
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** restJson1 sends NaN and ±Infinity doubles as strings (docs/VALIDATION.md), so the wire type must admit all three. */
function isWireDouble(parts: Type[]): boolean {
  const strings = parts.filter((t) => t.isStringLiteral()).map((t) => String(t.getLiteralValue()));
  return (
    parts.some((t) => t.isNumber()) &&
    parts.every((t) => t.isNumber() || t.isStringLiteral()) &&
    strings.length === NON_FINITE.size &&
    strings.every((v) => NON_FINITE.has(v))
  );
}

/** The global `Date` / `Uint8Array` from the TypeScript lib, not a look-alike declared elsewhere. */
function isLibType(type: Type, name: string): boolean {
  const symbol = type.getSymbol();
  return symbol?.getName() === name && symbol.getDeclarations().every((d) => /[\\/]lib\.[^\\/]*\.d\.ts$/.test(d.getSourceFile().getFilePath()));
}
