/**
 * Operation-derived identifiers step aside for shapes that already hold them (naming/operations.ts),
 * only where they clash, only in the module where they clash, and only for the run that needs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFromText } from '../../src/generate.js';
import { names } from '../../src/naming/index.js';
import { modelsDir } from './harness.js';

const fileOf = (files: { path: string; contents: string }[], path: string) => files.find((f) => f.path === path)!.contents;

describe('operation identifiers beside shapes of the same name', () => {
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

  it('are forgotten once the run is over', () => {
    expect(names.operationMeta('BatchRead')).toBe('BatchReadOperation');
  });
});
