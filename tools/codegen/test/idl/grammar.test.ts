/** The IDL forms one by one, and the assembly rules across files (the reference cases are in conformance.test.ts). */

import { describe, expect, it } from 'vitest';
import { assembleModel } from '../../src/load/assemble.js';
import type { AstModel } from '../../src/load/ast.js';
import { ModelError } from '../../src/load/errors.js';

const load = (...texts: string[]): AstModel => assembleModel(texts.map((text, i) => ({ file: `m${i}.smithy`, text })));
const error = (...texts: string[]): string => {
  try {
    load(...texts);
  } catch (e) {
    if (e instanceof ModelError) return e.message;
    throw e;
  }
  throw new Error('expected the model to be refused');
};
const HEAD = '$version: "2.0"\nnamespace a.b\n';
const doc = (m: AstModel, id: string): unknown => m.shapes[id]?.traits?.['smithy.api#documentation'];

describe('IDL strings, text blocks, numbers', () => {
  it('decodes every escape, \\u included, and joins escaped newlines', () => {
    const m = load(`${HEAD}@documentation("q\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u2028 x\\\ny")\nstring S\n`);
    expect(doc(m, 'a.b#S')).toBe('q" b\\ s/ \b\f\n\r\t é\u2028 xy');
  });

  it('refuses an unknown escape with file:line:column of the string', () => {
    expect(error(`${HEAD}\n@documentation("it\\'s")\nstring S\n`)).toBe("m0.smithy:4:16: invalid escape \\' in a quoted string");
  });

  it('strips a text block\'s incidental indentation and trailing spaces', () => {
    const m = load(`${HEAD}@documentation("""\n        a  \n          b\n\n        c\n        """)\nstring S\n`);
    expect(doc(m, 'a.b#S')).toBe('a\n  b\n\nc\n');
  });

  it('reads numbers in every form', () => {
    const m = load(`${HEAD}@tags([])\n@range(min: -1.5e+3, max: 2E2)\ninteger N\n`);
    expect(m.shapes['a.b#N']!.traits!['smithy.api#range']).toEqual({ min: -1500, max: 200 });
    expect(error(`${HEAD}@range(min: 1.)\ninteger N\n`)).toMatch(/^m0\.smithy:3:13: invalid number '1\.'/);
  });

  it('counts CRLF line endings once', () => {
    expect(error('$version: "2.0"\r\nnamespace a.b\r\n\r\nstring S $\r\n')).toMatch(/^m0\.smithy:4:10: /);
  });
});

describe('IDL statements', () => {
  it('treats commas as whitespace and allows comments between tokens', () => {
    const m = load(`${HEAD}structure S { // c\n  a: String,, b: Integer, // c\n  /// doc of c\n  c: Long }\n`);
    expect(Object.keys(m.shapes['a.b#S']!.members!)).toEqual(['a', 'b', 'c']);
    expect(m.shapes['a.b#S']!.members!.c!.traits).toEqual({ 'smithy.api#documentation': 'doc of c' });
  });

  it('names inline input/output with the control-statement suffixes', () => {
    const m = load(`$version: "2.0"\n$operationInputSuffix: "Req"\n$operationOutputSuffix: "Res"\nnamespace a.b\noperation Op {\n  input := { @required id: String }\n  output := @sensitive {}\n}\n`);
    expect(m.shapes['a.b#Op']).toMatchObject({ input: { target: 'a.b#OpReq' }, output: { target: 'a.b#OpRes' } });
    expect(m.shapes['a.b#OpReq']!.traits).toEqual({ 'smithy.api#input': {} });
    expect(m.shapes['a.b#OpRes']!.traits).toEqual({ 'smithy.api#output': {}, 'smithy.api#sensitive': {} });
  });

  it('resolves unquoted shape ids in trait values and keeps quoted ones as written', () => {
    const m = load(`${HEAD}@trait structure ref { target: String, name: String }\n@ref(target: Other, name: "Other")\nstring S\nstring Other\n`);
    expect(m.shapes['a.b#S']!.traits!['a.b#ref']).toEqual({ target: 'a.b#Other', name: 'Other' });
  });

  it('elides members from a resource and from mixins, and writes enum values', () => {
    const m = load(
      `${HEAD}resource R { identifiers: { id: String }, properties: { size: Integer } }\n@mixin structure M { tag: Long }\nstructure S for R with [M] { $id\n $size\n @required $tag }\nenum E { A, B = "b" }\nintEnum I { ONE = 1 }\n`,
    );
    expect(m.shapes['a.b#S']!.members).toEqual({ id: { target: 'smithy.api#String' }, size: { target: 'smithy.api#Integer' }, tag: { target: 'smithy.api#Long', traits: { 'smithy.api#required': {} } } });
    expect(m.shapes['a.b#E']!.members!.A!.traits).toEqual({ 'smithy.api#enumValue': 'A' });
    expect(m.shapes['a.b#E']!.members!.B!.traits).toEqual({ 'smithy.api#enumValue': 'b' });
    expect(m.shapes['a.b#I']!.members!.ONE!.traits).toEqual({ 'smithy.api#enumValue': 1 });
  });

  it('keeps a member named __proto__ as an ordinary key', () => {
    const m = load(`${HEAD}structure S { __proto__: String, constructor: Integer }\n`);
    const members = m.shapes['a.b#S']!.members!;
    expect(Object.keys(members)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(members)).toBe(null);
  });

  it('bounds node-value nesting with a position, not a stack overflow', () => {
    expect(error(`${HEAD}@tags(${'['.repeat(5000)})\nstring S\n`)).toMatch(/^m0\.smithy:3:\d+: node values nested more than 200 deep/);
  });
});

describe('assembling several files', () => {
  it('resolves relative ids against shapes of other files, applies across files, merges metadata', () => {
    const m = load(
      `$version: "2.0"\nmetadata list = [1]\nmetadata same = "x"\nnamespace a.b\nstructure S { t: T }\napply T @sensitive\napply S$t { @required }\n`,
      `$version: "2.0"\nmetadata list = [2]\nmetadata same = "x"\nnamespace a.b\nstring T\n`,
    );
    expect(m.shapes['a.b#S']!.members!.t).toEqual({ target: 'a.b#T', traits: { 'smithy.api#required': {} } });
    expect(m.shapes['a.b#T']!.traits).toEqual({ 'smithy.api#sensitive': {} });
    expect(m.metadata).toEqual({ list: [1, 2], same: 'x' });
  });

  it('assembles IDL with JSON AST files', () => {
    const m = assembleModel([
      { file: 'a.smithy', text: `${HEAD}structure S { t: T }\n` },
      { file: 'b.json', text: JSON.stringify({ smithy: '2.0', shapes: { 'a.b#T': { type: 'string' }, 'a.b#S$t': { type: 'apply', traits: { 'smithy.api#documentation': 'from json' } } } }) },
    ]);
    expect(m.shapes['a.b#S']!.members!.t).toEqual({ target: 'a.b#T', traits: { 'smithy.api#documentation': 'from json' } });
  });

  it('prints shapes in one key order, whatever order a JSON file wrote them in', () => {
    const fromIdl = assembleModel([{ file: 'a.smithy', text: `${HEAD}@sensitive @documentation("d")\nstructure S { @required t: String }\n` }]);
    const json = { smithy: '2.0', shapes: { 'a.b#S': { traits: { 'smithy.api#sensitive': {}, 'smithy.api#documentation': 'd' }, members: { t: { traits: { 'smithy.api#required': {} }, target: 'smithy.api#String' } }, type: 'structure' } } };
    const fromJson = assembleModel([{ file: 'b.json', text: JSON.stringify(json) }]);
    expect(JSON.stringify(fromJson)).toBe(JSON.stringify(fromIdl));
    expect(JSON.stringify(fromIdl)).toBe('{"smithy":"2.0","shapes":{"a.b#S":{"type":"structure","members":{"t":{"target":"smithy.api#String","traits":{"smithy.api#required":{}}}},"traits":{"smithy.api#documentation":"d","smithy.api#sensitive":{}}}}}');
  });

  it('refuses conflicting definitions, metadata and trait values', () => {
    expect(error(`${HEAD}string T\n`, `${HEAD}integer T\n`)).toContain('conflicting definitions of a.b#T in m0.smithy and m1.smithy');
    expect(error(`metadata k = "x"\n`, `metadata k = "y"\n`)).toContain('metadata conflicting values for k');
    expect(error(`${HEAD}@documentation("x")\nstring T\napply T @documentation("y")\n`)).toContain('conflicting values for smithy.api#documentation');
  });

  it('names the shape and position of an unresolved target or trait', () => {
    expect(error(`${HEAD}structure S {\n    t: Missing\n}\n`)).toBe('m0.smithy:4:8: a.b#S$t: member target Missing does not resolve to a shape (resolved as a.b#Missing)');
    expect(error(`${HEAD}@nope\nstring S\n`)).toBe('m0.smithy:3:2: a.b#S: unknown trait @nope (resolved as a.b#nope)');
  });
});
