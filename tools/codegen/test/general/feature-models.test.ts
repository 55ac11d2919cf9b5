/**
 * Every hand-written feature model under test/models, generated end to end into a scratch copy of
 * the packages: the generated packages type-check together with the hand-written runtime code,
 * fixtures pass both validators (zod and ajv, strict and lenient) and the MSW handlers answer.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { featureModels, generateWorkspace, modelsDir, removeWorkspace, runtimeCheck, typeCheck, type Workspace } from './harness.js';

const models = featureModels();
const workspaces = new Map<string, Workspace>();
const failures = new Map<string, unknown>();
let diagnostics: Map<string, string[]>;

beforeAll(() => {
  for (const file of models) {
    try {
      workspaces.set(file, generateWorkspace(join(modelsDir, file), {}, file.replace('.json', '')));
    } catch (e) {
      failures.set(file, e); // reported by that model's test, so one emitter bug does not hide the rest
    }
  }
  diagnostics = typeCheck([...workspaces.values()]);
}, 180_000);
afterAll(() => workspaces.forEach(removeWorkspace));

describe.each(models)('%s', (file) => {
  it('generates packages that type-check', () => {
    if (failures.has(file)) throw failures.get(file);
    const ws = workspaces.get(file)!;
    expect(ws.generatedFiles.length).toBeGreaterThan(0);
    expect(diagnostics.get(ws.dir)).toEqual([]);
  });

  it('fixtures pass both validators and the MSW handlers answer', async () => {
    if (failures.has(file)) throw failures.get(file);
    const report = await runtimeCheck(workspaces.get(file)!);
    expect(report.failures).toEqual([]);
    expect(report.checks).toBeGreaterThan(0);
  });
});

it('no diagnostics outside the generated workspaces', () => {
  expect(diagnostics.get('') ?? []).toEqual([]);
});
