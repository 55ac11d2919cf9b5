/**
 * `@endpoint` / `@hostLabel` in the IR: the host prefix reaches the operation split into literal
 * text and labels; a prefix that could leave the host, or a label without `@hostLabel`, is a model
 * error naming the operation and the pointer.
 */
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../src/ir/build.js';
import { parseModel } from '../../src/load/read.js';

function model(endpoint: unknown, hostLabel = true): string {
  const traits = endpoint === undefined ? {} : { 'smithy.api#endpoint': endpoint };
  return JSON.stringify({
    smithy: '2.0',
    shapes: {
      'example.hp#Service': { type: 'service', version: '1', operations: [{ target: 'example.hp#Put' }], traits: { 'aws.protocols#restJson1': {} } },
      'example.hp#Put': { type: 'operation', input: { target: 'example.hp#PutInput' }, traits: { 'smithy.api#http': { method: 'POST', uri: '/put' }, ...traits } },
      'example.hp#PutInput': {
        type: 'structure',
        members: { label: { target: 'smithy.api#String', traits: { 'smithy.api#required': {}, ...(hostLabel ? { 'smithy.api#hostLabel': {} } : {}) } } },
        traits: { 'smithy.api#input': {} },
      },
    },
  });
}
const build = (endpoint: unknown, hostLabel = true) => buildIr(parseModel(model(endpoint, hostLabel), 'hp.json'), { source: 'hp.json' });

describe('@endpoint host prefixes', () => {
  it('splits the prefix into literal text and @hostLabel members', () => {
    const ir = build({ hostPrefix: 'foo.{label}.' });
    expect(ir.operations[0]!.hostPrefix).toEqual([{ kind: 'literal', value: 'foo.' }, { kind: 'label', member: 'label' }, { kind: 'literal', value: '.' }]);
    expect((ir.shapes.get('example.hp#PutInput') as { members: { hostLabel?: true }[] }).members[0]!.hostLabel).toBe(true);
    expect(build(undefined).operations[0]).not.toHaveProperty('hostPrefix');
  });

  it('refuses a prefix that is not host text, or a label that is not a @hostLabel member', () => {
    expect(() => build({ hostPrefix: 'evil.com/' })).toThrow(/example\.hp#Put[\s\S]*hostPrefix[\s\S]*may hold only letters/);
    expect(() => build({ hostPrefix: 'a@b.' })).toThrow(/may hold only letters/);
    expect(() => build({ hostPrefix: '{other}.' })).toThrow(/\{other\} must name an input member with @hostLabel/);
    expect(() => build({ hostPrefix: '{label}.' }, false)).toThrow(/\{label\} must name an input member with @hostLabel/);
    expect(() => build({})).toThrow(/must be a non-empty string/);
  });
});
