/** `@httpChecksumRequired` in the IR: the operation carries it (the client serializer then sends Content-MD5). */
import { expect, it } from 'vitest';
import { buildIr } from '../../src/ir/build.js';
import { parseModel } from '../../src/load/read.js';

const model = (traits: Record<string, unknown>) =>
  JSON.stringify({
    smithy: '2.0',
    shapes: {
      'example.cs#Service': { type: 'service', version: '1', operations: [{ target: 'example.cs#Put' }], traits: { 'aws.protocols#restJson1': {} } },
      'example.cs#Put': { type: 'operation', input: { target: 'example.cs#PutInput' }, traits: { 'smithy.api#http': { method: 'POST', uri: '/put' }, ...traits } },
      'example.cs#PutInput': { type: 'structure', members: { data: { target: 'smithy.api#String' } }, traits: { 'smithy.api#input': {} } },
    },
  });

it('marks the operation that carries @httpChecksumRequired, and only it', () => {
  const op = (traits: Record<string, unknown>) => buildIr(parseModel(model(traits), 'cs.json'), { source: 'cs.json' }).operations[0]!;
  expect(op({ 'smithy.api#httpChecksumRequired': {} }).httpChecksumRequired).toBe(true);
  expect(op({})).not.toHaveProperty('httpChecksumRequired');
});
