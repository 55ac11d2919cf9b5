/** `@requestCompression` in the IR: the encodings reach the operation, a malformed trait is a model error. */
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../src/ir/build.js';
import { parseModel } from '../../src/load/read.js';

function model(trait: unknown): string {
  const traits = trait === undefined ? {} : { 'smithy.api#requestCompression': trait };
  return JSON.stringify({
    smithy: '2.0',
    shapes: {
      'example.rc#Service': { type: 'service', version: '1', operations: [{ target: 'example.rc#Put' }], traits: { 'aws.protocols#restJson1': {} } },
      'example.rc#Put': { type: 'operation', input: { target: 'example.rc#PutInput' }, traits: { 'smithy.api#http': { method: 'POST', uri: '/put' }, ...traits } },
      'example.rc#PutInput': { type: 'structure', members: { data: { target: 'smithy.api#String' } }, traits: { 'smithy.api#input': {} } },
    },
  });
}
const build = (trait: unknown) => buildIr(parseModel(model(trait), 'rc.json'), { source: 'rc.json' });

describe('@requestCompression', () => {
  it('carries the encodings, in model order, on the operation', () => {
    expect(build({ encodings: ['gzip', 'br'] }).operations[0]!.requestCompression).toEqual({ encodings: ['gzip', 'br'] });
    expect(build(undefined).operations[0]).not.toHaveProperty('requestCompression');
  });

  it('refuses encodings that are not a list of strings, naming the operation and the pointer', () => {
    for (const bad of [{}, { encodings: 'gzip' }, { encodings: [1] }, null]) {
      expect(() => build(bad)).toThrow(/example\.rc#Put[\s\S]*requestCompression[\s\S]*must be a list of strings/);
    }
  });
});
