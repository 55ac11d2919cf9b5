/**
 * Runs the reference loader's own IDL cases (smithy-model's loader/valid and loader/invalid) through
 * our assembler, the way upstream's ValidSmithyModelLoaderRunnerTest and its invalid-model runner do.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assembleModel, type ModelInput } from '../../src/load/assemble.js';
import type { AstModel } from '../../src/load/ast.js';
import { ModelError } from '../../src/load/errors.js';
import { normalizeModel } from '../../src/load/normalize.js';
import { deepEqual } from '../../src/load/idl/merge.js';
import { filesUnder, loaderCases } from './upstream.js';

const input = (file: string): ModelInput => ({ file: relative(loaderCases, file), text: readFileSync(file, 'utf8') });

export interface ValidResult {
  file: string;
  ok: boolean;
  detail?: string;
}

/** X.smithy + __shared.json against X.json + __shared.json, both with mixins flattened. */
export function runValidCases(): ValidResult[] {
  const valid = join(loaderCases, 'valid');
  const shared = input(join(valid, '__shared.json'));
  return filesUnder(valid, '.json')
    .filter((f) => !f.endsWith('__shared.json'))
    .map((jsonFile) => {
      const smithyFile = jsonFile.replace(/\.json$/, '.smithy');
      const file = relative(loaderCases, smithyFile);
      try {
        const expected = flatten(assembleModel([input(jsonFile), shared]));
        const actual = flatten(assembleModel([input(smithyFile), shared]));
        if (deepEqual(actual, expected)) return { file, ok: true };
        return { file, ok: false, detail: firstDifference(actual, expected) };
      } catch (e) {
        return { file, ok: false, detail: (e as Error).message.split('\n')[0] };
      }
    });
}

/**
 * Mixins flattened, then the forms the reference `Model` treats as equal made one: an operation
 * without input or output has smithy.api#Unit; no members and `"members": {}` are the same, as are
 * no errors and `"errors": []`.
 */
/**
 * `X.flattened.smithy` is X's model with mixins flattened away: compared with X.smithy after
 * flattening, dropping the mixin shapes and the `mixins` lists. Files with neither a `.json` nor a
 * `.flattened.smithy` partner must still load.
 */
export function runFlattenedCases(): ValidResult[] {
  const valid = join(loaderCases, 'valid');
  const shared = input(join(valid, '__shared.json'));
  const all = filesUnder(valid, '.smithy');
  const results: ValidResult[] = [];
  for (const smithyFile of all) {
    if (smithyFile.endsWith('.flattened.smithy')) continue;
    const file = relative(loaderCases, smithyFile);
    const flattenedFile = smithyFile.replace(/\.smithy$/, '.flattened.smithy');
    const hasJson = existsSync(smithyFile.replace(/\.smithy$/, '.json'));
    try {
      const model = assembleModel([input(smithyFile), shared]);
      if (!all.includes(flattenedFile)) {
        if (!hasJson) results.push({ file, ok: true });
        continue;
      }
      const actual = withoutMixins(flatten(model) as AstModel);
      const expected = withoutMixins(flatten(assembleModel([input(flattenedFile), shared])) as AstModel);
      results.push(deepEqual(actual, expected) ? { file: relative(loaderCases, flattenedFile), ok: true } : { file: relative(loaderCases, flattenedFile), ok: false, detail: firstDifference(actual, expected) });
    } catch (e) {
      results.push({ file, ok: false, detail: (e as Error).message.split('\n')[0] });
    }
  }
  return results;
}

function withoutMixins(model: AstModel): AstModel {
  const shapes: AstModel['shapes'] = {};
  for (const [id, shape] of Object.entries(model.shapes)) {
    if (shape.traits && 'smithy.api#mixin' in shape.traits) continue;
    const { mixins: _mixins, ...rest } = shape;
    shapes[id] = rest;
  }
  return { ...model, shapes };
}

export function flatten(model: AstModel): unknown {
  const flat = JSON.parse(JSON.stringify(normalizeModel(model))) as AstModel;
  for (const shape of Object.values(flat.shapes)) {
    if (shape.type === 'operation') {
      shape.input ??= { target: 'smithy.api#Unit' };
      shape.output ??= { target: 'smithy.api#Unit' };
    }
    if (shape.members && Object.keys(shape.members).length === 0) delete shape.members;
    if (shape.errors && shape.errors.length === 0) delete shape.errors;
  }
  return flat;
}

export function firstDifference(actual: unknown, expected: unknown, path = ''): string {
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return `${path || '/'}: got ${JSON.stringify(actual)?.slice(0, 200)}, expected ${JSON.stringify(expected)?.slice(0, 200)}`;
  }
  const a = actual as Record<string, unknown>;
  const b = expected as Record<string, unknown>;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!deepEqual(a[k], b[k])) return firstDifference(a[k], b[k], `${path}/${k}`);
  }
  return `${path}: differs`;
}

export interface InvalidResult {
  file: string;
  refused: boolean;
  /** Line/column the first-line comment names, when it names one. */
  expected?: { line: number; column?: number };
  actual?: { line?: number; column?: number; message: string };
  positionMatches?: boolean;
}

/** Every invalid/**.smithy loaded on its own must be refused, at the position its first line names. */
export function runInvalidCases(): InvalidResult[] {
  return filesUnder(join(loaderCases, 'invalid'), '.smithy').map((path) => {
    const file = relative(loaderCases, path);
    const text = readFileSync(path, 'utf8');
    const m = /line (\d+)(?:, column (\d+))?/.exec(text.split('\n', 1)[0]!);
    const expected = m ? { line: Number(m[1]), ...(m[2] ? { column: Number(m[2]) } : {}) } : undefined;
    try {
      assembleModel([{ file, text }]);
      return { file, refused: false, ...(expected ? { expected } : {}) };
    } catch (e) {
      if (!(e instanceof ModelError)) return { file, refused: false, actual: { message: `crashed: ${(e as Error).stack}` } };
      const issue = e.issues[0]!;
      const actual = { ...(issue.line !== undefined ? { line: issue.line } : {}), ...(issue.column !== undefined ? { column: issue.column } : {}), message: e.message.split('\n')[0]! };
      const positionMatches = expected ? e.issues.some((i) => i.line === expected.line && (expected.column === undefined || i.column === expected.column)) : undefined;
      return { file, refused: true, actual, ...(expected ? { expected, positionMatches } : {}) };
    }
  });
}
