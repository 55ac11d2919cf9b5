/** Malformed JSON AST inputs next to IDL: always a ModelError (from assembly or validation), never a crash. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleModel, checkAssembledAst } from '../../src/load/assemble.js';
import { ModelError } from '../../src/load/errors.js';

const IDL = '$version: "2.0"\nnamespace a.b\nstructure S with [M] { x: String }\napply S$x @required\n';
const cases: Record<string, unknown> = {
  'shape null': { 'a.b#M': null },
  'shape number': { 'a.b#M': 5 },
  'mixins a string': { 'a.b#M': { type: 'structure', mixins: 'x', traits: { 'smithy.api#mixin': {} } } },
  'mixins of numbers': { 'a.b#M': { type: 'structure', mixins: [5, null], traits: { 'smithy.api#mixin': {} } } },
  'members a string': { 'a.b#M': { type: 'structure', members: 'abc', traits: { 'smithy.api#mixin': {} } } },
  'member null': { 'a.b#M': { type: 'structure', members: { x: null }, traits: { 'smithy.api#mixin': {} } } },
  'traits an array': { 'a.b#M': { type: 'structure', traits: [] } },
  'apply with null traits': { 'a.b#M': { type: 'structure', traits: { 'smithy.api#mixin': {} } }, 'a.b#S$x': { type: 'apply', traits: null } },
  'type missing': { 'a.b#M': { traits: { 'smithy.api#mixin': {} } } },
};

describe('hostile JSON AST beside IDL', () => {
  for (const [name, shapes] of Object.entries(cases)) {
    it(`${name}: refused with a ModelError`, () => {
      const run = () => checkAssembledAst(assembleModel([{ file: 'a.smithy', text: IDL }, { file: 'b.json', text: JSON.stringify({ smithy: '2.0', shapes }) }]), 'model');
      expect(run).toThrow(ModelError);
    });
  }

  it('metadata that is not an object is refused', () => {
    expect(() => assembleModel([{ file: 'b.json', text: JSON.stringify({ smithy: '2.0', metadata: [1], shapes: {} }) }])).toThrow(ModelError);
  });
});


describe('hostile IDL text', () => {
  // Fragments of the grammar, shuffled: most results are syntax errors, some load; none may crash.
  const pieces = ['$version: "2.0"\n', 'namespace a.b\n', 'structure S ', 'list L ', 'map M ', 'enum E ', 'intEnum I ', 'operation O ', 'resource R ', 'service V ',
    '{', '}', '[', ']', '(', ')', '@', '$', '#', '.', ':', ':=', '=', ',', '\n', ' ', '///d\n', '//c\n', '"s"', '"""\n t\n"""', '"\\u12"', '1.5e3', '-', 'for ', 'with ',
    'input', 'output', 'errors', 'apply S ', 'use a.c#X\n', 'metadata k = ', 'String', 'member', 'key', 'value', 'x', 'smithy.api#Unit', 'identifiers: { id: String }', '\r', '\t', '__proto__', 'true', 'null'];
  it('random statements give a model or a ModelError, never another exception', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (withHead, parts) => {
        // Half the inputs start with a valid header, so the fuzzing reaches the shape statements.
        const text = (withHead ? '$version: "2.0"\nnamespace a.b\n' : '') + parts.join('');
        try {
          assembleModel([{ file: 'fuzz.smithy', text }]);
        } catch (e) {
          if (!(e instanceof ModelError)) throw e;
        }
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
