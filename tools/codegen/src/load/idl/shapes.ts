/**
 * Shape statements (https://smithy.io/2.0/spec/idl.html#shape-section): simple shapes, enum and
 * intEnum, list / set / map / structure / union with `for` and `with [mixins]`, service and resource
 * bodies, operations with inline input and output (`:=`), and `apply` (single and block).
 * Members are kept in the order written; references stay as written for the assembler to resolve.
 */

import { SIMPLE_TYPES } from '../ast.js';
import type { Cursor } from './cursor.js';
import { parseNodeObject, parseNodeValue, parseShapeId } from './node-values.js';
import { parseTrait, parseTraits, type ParseState } from './parser.js';
import { ShapeIdNode, type NodeValue, type ParsedMember, type ParsedShape, type ParsedTrait, type Pos } from './types.js';

const SIMPLE: ReadonlySet<string> = new Set(SIMPLE_TYPES);
const AGGREGATE: ReadonlySet<string> = new Set(['list', 'set', 'map', 'structure', 'union']);
const DEFAULT = 'smithy.api#default';
const DOCUMENTATION = 'smithy.api#documentation';
const ENUM_VALUE = 'smithy.api#enumValue';

/** ShapeOrApplyStatement, with the traits and doc comment before it. */
export function parseShapeStatement(s: ParseState): void {
  const { c } = s;
  const docs = c.takeDocs();
  const traits = parseTraits(c);
  const typeToken = c.peek();
  if (!c.is('IDENTIFIER')) c.unexpected('a shape type or apply');
  const type = String(typeToken.value);
  if (type === 'apply') {
    if (traits.length) c.fail(typeToken, 'traits cannot be applied to an apply statement');
    return parseApply(s);
  }
  const isEnum = type === 'enum' || type === 'intEnum';
  if (!SIMPLE.has(type) && !AGGREGATE.has(type) && !isEnum && type !== 'service' && type !== 'resource' && type !== 'operation') {
    c.fail(typeToken, `unknown shape type: ${type}`);
  }
  c.next();
  c.requireSp();
  const name = String(c.expect('IDENTIFIER').value);
  const shape: ParsedShape = { id: `${s.out.namespace}#${name}`, type, pos: c.pos(typeToken), traits: withDocs(traits, docs, c.pos(typeToken)), mixins: [] };
  if (type === 'set' && s.out.version !== '1.0') c.fail(typeToken, 'set shapes cannot be used in Smithy version 2.0; use a list with @uniqueItems');
  if (isEnum && s.out.version === '1.0') c.fail(typeToken, `${type} shapes cannot be used in Smithy version 1.0`);
  const forResource = AGGREGATE.has(type) ? parseForResource(s) : undefined;
  if (forResource) {
    if (s.out.version === '1.0') c.fail(typeToken, 'structures can only be bound to resources with Smithy version 2 or later');
    shape.forResource = forResource;
  }
  shape.mixins = parseMixins(s);
  s.out.shapes.push(shape);
  if (SIMPLE.has(type)) return;
  c.ws();
  if (isEnum) shape.members = parseEnumMembers(s, shape);
  else if (AGGREGATE.has(type)) shape.members = parseMembers(s, shape);
  else if (type === 'operation') parseOperationBody(s, shape, name);
  else shape.body = parseNodeObject(c);
}

function withDocs(traits: ParsedTrait[], docs: string | undefined, pos: Pos): ParsedTrait[] {
  return docs === undefined ? traits : [{ name: new ShapeIdNode(DOCUMENTATION, pos), value: docs }, ...traits];
}

/** [SP "for" SP ShapeId], looked for on the same line only. */
function parseForResource(s: ParseState): ShapeIdNode | undefined {
  const { c } = s;
  const mark = c.mark;
  c.sp();
  if (!c.isKeyword('for')) {
    c.reset(mark);
    return undefined;
  }
  c.next();
  c.requireSp();
  return parseShapeId(c);
}

/** Mixins = [SP] "with" [WS] "[" [WS] 1*(ShapeId [WS]) "]", looked for on the same line only. */
function parseMixins(s: ParseState): ShapeIdNode[] {
  const { c } = s;
  const mark = c.mark;
  c.sp();
  if (!c.isKeyword('with')) {
    c.reset(mark);
    return [];
  }
  const withToken = c.next();
  if (s.out.version === '1.0') c.fail(withToken, 'mixins can only be used with Smithy version 2 or later');
  c.ws();
  c.expect('LBRACKET');
  c.ws();
  const ids: ShapeIdNode[] = [parseShapeId(c)];
  c.ws();
  while (!c.is('RBRACKET')) {
    ids.push(parseShapeId(c));
    c.ws();
  }
  c.next();
  return ids;
}

/** ShapeMembers = "{" [WS] *(ShapeMember [WS]) "}" */
function parseMembers(s: ParseState, shape: ParsedShape): ParsedMember[] {
  const { c } = s;
  c.expect('LBRACE');
  c.ws();
  const members: ParsedMember[] = [];
  const names = new Set<string>();
  while (!c.is('RBRACE')) {
    const docs = c.takeDocs();
    const traits = parseTraits(c);
    const pos = c.pos();
    let member: ParsedMember;
    if (c.is('DOLLAR')) {
      const dollar = c.next();
      if (s.out.version === '1.0') c.fail(dollar, 'members can only elide targets in IDL version 2 or later');
      member = { name: String(c.expect('IDENTIFIER').value), pos, traits: withDocs(traits, docs, pos) };
    } else {
      if (!c.is('IDENTIFIER')) c.unexpected("a member name or '}'");
      const name = String(c.next().value);
      c.sp();
      c.expect('COLON');
      c.sp();
      member = { name, pos, target: parseShapeId(c), traits: withDocs(traits, docs, pos) };
    }
    if (names.has(member.name)) c.fail(pos, `conflicting member name ${member.name} in ${shape.id}`);
    names.add(member.name);
    const value = parseValueAssignment(s, DEFAULT);
    if (value) member.traits.push(value);
    members.push(member);
    c.ws();
  }
  c.next();
  return members;
}

/** EnumShapeMembers = "{" [WS] 1*(EnumShapeMember [WS]) "}"; a member without a value gets its name (enum). */
function parseEnumMembers(s: ParseState, shape: ParsedShape): ParsedMember[] {
  const { c } = s;
  c.expect('LBRACE');
  c.ws();
  const members: ParsedMember[] = [];
  const names = new Set<string>();
  while (!c.is('RBRACE')) {
    const docs = c.takeDocs();
    const traits = parseTraits(c);
    const pos = c.pos();
    if (!c.is('IDENTIFIER')) c.unexpected("an enum member name or '}'");
    const name = String(c.next().value);
    if (names.has(name)) c.fail(pos, `conflicting member name ${name} in ${shape.id}`);
    names.add(name);
    const member: ParsedMember = { name, pos, target: new ShapeIdNode('smithy.api#Unit', pos), traits: withDocs(traits, docs, pos) };
    const value = parseValueAssignment(s, ENUM_VALUE);
    if (value) member.traits.push(value);
    members.push(member);
    c.ws();
  }
  c.next();
  return members;
}

/** ValueAssignment = [SP] "=" [SP] NodeValue [SP] [Comma] BR, as a trait (default or enumValue). */
function parseValueAssignment(s: ParseState, trait: string): ParsedTrait | undefined {
  const { c } = s;
  const mark = c.mark;
  c.sp();
  if (!c.is('EQUAL')) {
    c.reset(mark);
    return undefined;
  }
  const equal = c.next();
  if (s.out.version === '1.0') c.fail(equal, '@default assignment is only supported in IDL version 2 or later');
  c.sp();
  const value = parseNodeValue(c);
  c.sp();
  if (c.is('COMMA')) c.next();
  if (!c.is('RBRACE')) c.br();
  return { name: new ShapeIdNode(trait, c.pos(equal)), value };
}

/** OperationBody = "{" [WS] *(OperationProperty [WS]) "}" */
function parseOperationBody(s: ParseState, shape: ParsedShape, name: string): void {
  const { c } = s;
  c.expect('LBRACE');
  c.ws();
  while (!c.is('RBRACE')) {
    const keyToken = c.peek();
    if (!c.is('IDENTIFIER')) c.unexpected("input, output, errors or '}'");
    const word = String(c.next().value);
    if (word !== 'input' && word !== 'output' && word !== 'errors') c.fail(keyToken, `unknown property ${word} for ${shape.id}`);
    const key = word as 'input' | 'output' | 'errors';
    if (shape[key] !== undefined) c.fail(keyToken, `duplicate operation ${key} property for ${shape.id}`);
    c.ws();
    if (key !== 'errors' && c.is('WALRUS')) {
      const role: 'input' | 'output' = key;
      const walrus = c.next();
      if (s.out.version === '1.0') c.fail(walrus, 'inlined operation inputs and outputs can only be used with Smithy version 2 or later');
      c.ws();
      shape[role] = parseInlineStructure(s, `${name}${role === 'input' ? s.inputSuffix : s.outputSuffix}`, role, c.pos(walrus));
    } else {
      c.expect('COLON');
      c.ws();
      if (key === 'errors') shape.errors = parseShapeIdList(c);
      else shape[key] = parseShapeId(c);
    }
    c.ws();
  }
  c.next();
}

/** InlineStructure = ":=" [WS] TraitStatements [ForResource] [Mixins] [WS] ShapeMembers */
function parseInlineStructure(s: ParseState, name: string, role: 'input' | 'output', pos: Pos): ShapeIdNode {
  const { c } = s;
  const docs = c.takeDocs();
  const traits = withDocs(parseTraits(c), docs, pos);
  traits.push({ name: new ShapeIdNode(`smithy.api#${role}`, pos), value: Object.create(null) as { [key: string]: NodeValue } });
  const shape: ParsedShape = { id: `${s.out.namespace}#${name}`, type: 'structure', pos, traits, mixins: [] };
  const forResource = parseForResource(s);
  if (forResource) shape.forResource = forResource;
  shape.mixins = parseMixins(s);
  c.ws();
  shape.members = parseMembers(s, shape);
  s.out.shapes.push(shape);
  return new ShapeIdNode(shape.id, pos);
}

function parseShapeIdList(c: Cursor): ShapeIdNode[] {
  c.expect('LBRACKET');
  c.ws();
  const ids: ShapeIdNode[] = [];
  while (!c.is('RBRACKET')) {
    ids.push(parseShapeId(c));
    c.ws();
  }
  c.next();
  return ids;
}

/** ApplyStatement = "apply" SP ShapeId WS (Trait / "{" [WS] TraitStatements "}") */
function parseApply(s: ParseState): void {
  const { c } = s;
  c.next();
  c.requireSp();
  const target = parseShapeId(c);
  c.requireWs();
  let traits: ParsedTrait[] = [];
  if (c.is('AT')) traits = [parseTrait(c)];
  else if (c.is('LBRACE')) {
    c.next();
    c.ws();
    traits = parseTraits(c);
    c.expect('RBRACE');
  } else c.unexpected("'@' or '{'");
  s.out.applies.push({ target, traits });
}
