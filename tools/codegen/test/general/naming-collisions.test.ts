/**
 * Derived identifiers step aside for shapes that already hold them (naming/claims.ts),
 * only where they clash and only in the module where they clash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFromText } from '../../src/generate.js';
import { names } from '../../src/naming/index.js';
import { modelsDir } from './harness.js';

const fileOf = (files: { path: string; contents: string }[], path: string) => files.find((f) => f.path === path)!.contents;

describe('derived identifiers beside shapes of the same name', () => {
  const { files } = generateFromText(readFileSync(join(modelsDir, 'naming-collisions.json'), 'utf8'), { source: 'naming-collisions.json' });
  const types = fileOf(files, 'packages/types/src/operations.gen.ts') + fileOf(files, 'packages/types/src/shapes.gen.ts');
  const msw = fileOf(files, 'packages/msw/src/handlers.gen.ts');

  it('the shape keeps its name, the operation symbol gets `_`', () => {
    expect(types).toMatch(/export interface BatchReadOperation \{/);
    expect(types).toMatch(/export const BatchReadOperation_ = /);
    expect(types).toMatch(/export type ListThingsErrorName_ = /);
    expect(types).toMatch(/export type ListThingsErrorName = string;/);
    expect(msw).toMatch(/\bBatchReadResolver_\b/); // the MSW resolver type, beside the imported output type
  });

  it('symbols without a clash keep their plain names', () => {
    expect(types).toMatch(/export const ListThingsOperation = /);
    expect(msw).toMatch(/\bListThingsResolver\b/);
    expect(msw).not.toMatch(/ListThingsResolver_/);
    expect(types).not.toMatch(/BatchReadErrorName_/);
  });

  it('a shape\'s derived names step aside for another shape\'s own name, or for an earlier derived one', () => {
    const zod = fileOf(files, 'packages/zod/src/schemas.gen.ts');
    expect(types).toMatch(/export interface ThingJson \{/); // the shape ThingJson keeps its name
    expect(types).toMatch(/export interface ThingJson_ \{/); // Thing's wire form
    expect(zod).toMatch(/export const ThingJsonSchema = /); // Thing's wire schema, claimed first
    expect(zod).toMatch(/export const ThingJsonSchema_ = /); // ThingJson's application schema
  });

  it('hold after the run, for whoever looks the exports up, until a model with the same names decides again', () => {
    expect(names.operationMeta('BatchRead')).toBe('BatchReadOperation_');
    expect(names.jsonType('Thing')).toBe('ThingJson_');
    const plain = JSON.stringify({
      smithy: '2.0',
      shapes: {
        'example.plain#Plain': { type: 'service', version: '1', operations: [{ target: 'example.plain#BatchRead' }], traits: { 'aws.protocols#restJson1': {} } },
        'example.plain#BatchRead': { type: 'operation', traits: { 'smithy.api#http': { method: 'POST', uri: '/read' } } },
      },
    });
    generateFromText(plain, { source: 'plain.json' });
    expect(names.operationMeta('BatchRead')).toBe('BatchReadOperation');
    expect(names.jsonType('Thing')).toBe('ThingJson_'); // not a shape of that model: left alone
  });
});
