/**
 * Compiles the type tests and the README's examples with the TypeScript compiler API, under the
 * repository's settings and under `exactOptionalPropertyTypes: true` (which vitest's typecheck, run
 * with the root tsconfig, does not cover). Unused `@ts-expect-error`s are errors, so the negatives
 * in the type tests must keep failing under both settings.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/model.js';

const TYPE_TESTS = ['sdk-compat.test-d.ts', 'errors.test-d.ts', 'enums.test-d.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url)));
const SHAPES = fileURLToPath(repoPath('packages/types/src/shapes.gen.ts'));

/** Each ```ts block of the README as a module beside the package's tests, so imports resolve the same way. */
const readmeSnippets = new Map(
  [...readFileSync(repoPath('packages/types/README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => [
    fileURLToPath(new URL(`readme-example-${i + 1}.ts`, import.meta.url)),
    m[1]!,
  ]),
);

const base = ts.getParsedCommandLineOfConfigFile(fileURLToPath(repoPath('tsconfig.json')), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!base) throw new Error('cannot read tsconfig.json');

/** Parsed source files shared by every program below: the SDK's declarations are parsed once. */
const sourceCache = new Map<string, ts.SourceFile>();

function compile(rootNames: string[], overrides: ts.CompilerOptions, replaced: ReadonlyMap<string, string> = new Map()): string[] {
  const options = { ...base!.options, ...overrides, noEmit: true };
  const host = ts.createCompilerHost(options);
  const files = new Map([...readmeSnippets, ...replaced]);
  const { fileExists, readFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (fileName, languageVersion) => {
    const text = files.get(fileName);
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    let sf = sourceCache.get(fileName);
    if (!sf) {
      const disk = readFile(fileName);
      if (disk === undefined) return undefined;
      sf = ts.createSourceFile(fileName, disk, languageVersion, true);
      sourceCache.set(fileName, sf);
    }
    return sf;
  };
  const program = ts.createProgram({ rootNames, options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('README examples', () => {
  it('has examples to check', () => {
    expect(readmeSnippets.size).toBeGreaterThanOrEqual(3);
  });

  it('compile with the repository settings', () => {
    expect(compile([...readmeSnippets.keys()], {})).toEqual([]);
  });
});

describe('under exactOptionalPropertyTypes', () => {
  it('the type tests and README examples compile, negatives included', () => {
    expect(compile([...TYPE_TESTS, ...readmeSnippets.keys()], { exactOptionalPropertyTypes: true })).toEqual([]);
  });

  it('catches optional members typed without `| undefined`, which the default settings miss', () => {
    // A scratch copy of the generated types as an emitter would write them without `| undefined`.
    const text = readFileSync(SHAPES, 'utf8');
    const stripped = text.replace(/\?: (.+) \| undefined;/g, '?: $1;');
    expect(stripped).not.toBe(text);
    const replaced = new Map([[SHAPES, stripped]]);

    expect(compile([TYPE_TESTS[0]!], {}, replaced)).toEqual([]);
    const errors = compile([TYPE_TESTS[0]!], { exactOptionalPropertyTypes: true }, replaced);
    // The SDK → ours assertions are what break: the SDK's optional members may hold `undefined`.
    const lines = readFileSync(TYPE_TESTS[0]!, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('expectTypeOf<Sdk._Stream>().toExtend<Ours._Stream>()')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(`sdk-compat.test-d.ts:${line}: `);
  });
});
