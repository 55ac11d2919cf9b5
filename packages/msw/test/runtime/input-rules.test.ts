/** The input rules: malformed vs invalid input, and Smithy's wording of each violation. */

import { describe, expect, it } from 'vitest';
import { checkInputRules, validationMessage, type InputRuleTable } from '../../src/runtime/input-rules.js';

const table: InputRuleTable = {
  'ns#Input': {
    kind: 'structure',
    members: [
      { name: 'string', target: 'ns#String', length: { min: 2, max: 8 } },
      { name: 'required', target: 'ns#String', required: true },
      { name: 'count', target: 'ns#Integer', range: { min: '4', max: '6' } },
      { name: 'ratio', target: 'ns#Float', range: { min: '2.2' } },
      { name: 'code', target: 'ns#String', pattern: '^[a-m]+$' },
      { name: 'tags', target: 'ns#Tags', uniqueItems: true },
      { name: 'choice', target: 'ns#Choice' },
      { name: 'color', target: 'ns#Color' },
    ],
  },
  'ns#String': { kind: 'string' },
  'ns#Integer': { kind: 'integer' },
  'ns#Float': { kind: 'float' },
  'ns#Tags': { kind: 'list', member: { target: 'ns#String' } },
  'ns#Choice': { kind: 'union', members: [{ name: 'a', target: 'ns#String' }, { name: 'b', target: 'ns#Integer' }] },
  'ns#Color': { kind: 'enum', values: ['red', 'green', 'secret'], listed: ['red', 'green'] },
};

const check = (input: unknown) => checkInputRules(table, 'ns#Input', input);

describe('input rules', () => {
  it('word each violation as Smithy does, with JSON-pointer paths', () => {
    const { malformed, violations } = check({ string: 'é', count: 7, ratio: 1, code: 'xyz', tags: ['a', 'a'], color: 'blue' });
    expect(malformed).toEqual([]);
    expect(violations.map((v) => v.message)).toEqual([
      "Value with length 1 at '/string' failed to satisfy constraint: Member must have length between 2 and 8, inclusive",
      "Value at '/required' failed to satisfy constraint: Member must not be null",
      "Value at '/count' failed to satisfy constraint: Member must be between 4 and 6, inclusive",
      "Value at '/ratio' failed to satisfy constraint: Member must be greater than or equal to 2.2",
      "Value at '/code' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-m]+$",
      "Value at '/tags' failed to satisfy constraint: Member must have unique values",
      "Value at '/color' failed to satisfy constraint: Member must satisfy enum value set: [red, green]",
    ]);
    expect(validationMessage(violations.slice(0, 1))).toBe(`1 validation error detected. ${violations[0]!.message}`);
    expect(validationMessage(violations.slice(0, 2))).toMatch(/^2 validation errors detected\. .+; .+$/);
  });

  it('accept valid input, internal enum values included', () => {
    expect(check({ string: 'abc', required: 'x', count: 5, ratio: 3, code: 'abc', tags: ['a', 'b'], choice: { b: 1 }, color: 'secret' })).toEqual({ malformed: [], violations: [] });
  });

  it('call wrong types, integer overflow and ambiguous unions malformed, before any constraint', () => {
    expect(check({ required: 'x', count: '5' }).malformed).toEqual(['/count: expected an integer']);
    expect(check({ required: 'x', count: 2 ** 31 }).malformed).toEqual(['/count: 2147483648 does not fit an integer']);
    expect(check({ required: 'x', choice: { a: 'x', b: 1 } }).malformed).toEqual(['/choice: a union must have exactly one member set, got 2']);
    expect(check({ required: 'x', choice: { c: 1 } }).malformed).toEqual(['/choice: "c" is not a member of the union']);
    const both = check({ string: 'x', count: 'NaN-ish' });
    expect(both.violations).toEqual([]);
  });
});
