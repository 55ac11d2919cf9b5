/**
 * `ota-codegen --model <file> [--operation <id>]... [--service <id>] --out <dir>` through the real
 * bin: the closure of the chosen operations (default: every operation of the service), the choice
 * of service when a model has several, per-stage progress lines, and clear errors for bad choices.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelsDir, repoRoot } from './harness.js';

const bin = join(repoRoot, 'tools/codegen/bin/ota-codegen.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
const shapesOf = (dir: string) => readFileSync(join(dir, 'packages/types/src/shapes.gen.ts'), 'utf8');

describe('choosing operations and services', () => {
  it('defaults to every operation of the service (resources included) and prints a line per stage', () => {
    const out = mkdtempSync(join(tmpdir(), 'ota-sel-'));
    const r = run(['--model', join(modelsDir, 'http-bindings.json'), '--out', out, '--only', 'types'], out);
    expect(r.status, r.stderr).toBe(0);
    for (const stage of ['load', 'ir', 'emit types']) expect(r.stderr).toMatch(new RegExp(`ota-codegen: ${stage} +\\d+ ms`));
    const ops = readFileSync(join(out, 'packages/types/src/operations.gen.ts'), 'utf8');
    for (const op of ['DeleteThing', 'GetObject', 'PutConfig', 'PutDocument', 'PutShape', 'PutText']) expect(ops).toContain(`export const ${op}Operation`);
  });

  it('--operation (repeatable) generates only the closure of those operations', () => {
    const out = mkdtempSync(join(tmpdir(), 'ota-sel-'));
    const r = run(['generate', '--model', join(modelsDir, 'http-bindings.json'), '--out', out, '--only', 'types', '--operation', 'example.http#PutConfig', '--operation', 'example.http#DeleteThing', '--quiet'], out);
    expect(r.status, r.stderr).toBe(0);
    const shapes = shapesOf(out);
    expect(shapes).toContain('export interface Config ');
    expect(shapes).toContain('export interface DeleteThingInput ');
    expect(shapes).not.toContain('GetObjectInput');
    expect(shapes).not.toContain('PlainText');
  });

  it('an operation that is not in the service is refused', () => {
    const out = mkdtempSync(join(tmpdir(), 'ota-sel-'));
    const r = run(['--model', join(modelsDir, 'http-bindings.json'), '--out', out, '--operation', 'example.http#Nope'], out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('example.http#Nope at /shapes/example.http#Nope: is not an operation in the model');
  });

  it('a model with two services needs --service, and generates the chosen one', () => {
    const a = JSON.parse(readFileSync(join(modelsDir, 'errors.json'), 'utf8')) as { shapes: Record<string, unknown> };
    const b = JSON.parse(readFileSync(join(modelsDir, 'enums.json'), 'utf8')) as { shapes: Record<string, unknown> };
    const work = mkdtempSync(join(tmpdir(), 'ota-sel-'));
    writeFileSync(join(work, 'two.json'), JSON.stringify({ smithy: '2.0', shapes: { ...a.shapes, ...b.shapes } }));
    const ambiguous = run(['--model', 'two.json', '--out', '.', '--only', 'types'], work);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('the model has 2 services (example.enums#EnumService, example.errors#ErrorService): choose one with --service');
    const chosen = run(['--model', 'two.json', '--out', '.', '--only', 'types', '--service', 'example.enums#EnumService', '--quiet'], work);
    expect(chosen.status, chosen.stderr).toBe(0);
    expect(shapesOf(work)).toContain('export const Color = {');
    expect(shapesOf(work)).not.toContain('NotFound');
  });
});
