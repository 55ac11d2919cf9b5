/**
 * The form a client receives (`SReceived`) against `@aws-sdk/client-iot` 3.1169, for every shape of
 * the GetOTAUpdate closure, both directions, under the repository's settings and under
 * `exactOptionalPropertyTypes`. The assertions come from the raw model (support/sdk-assertions.ts)
 * and are compiled with the TypeScript compiler API, so a shape added to the model is checked too.
 */

import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/model.js';
import { operationClosure, sdkAssertions } from './support/sdk-assertions.js';

const base = ts.getParsedCommandLineOfConfigFile(fileURLToPath(repoPath('tsconfig.json')), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!base) throw new Error('cannot read tsconfig.json');
const FILE = fileURLToPath(new URL('sdk-received-assertions.ts', import.meta.url));
const sourceCache = new Map<string, ts.SourceFile>();

/** Diagnostics of the one virtual module `text`, as `line: message`. */
function compile(text: string, overrides: ts.CompilerOptions = {}): string[] {
  const options = { ...base!.options, ...overrides, noEmit: true };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile } = host;
  host.fileExists = (f) => f === FILE || fileExists(f);
  host.readFile = (f) => (f === FILE ? text : readFile(f));
  host.getSourceFile = (fileName, languageVersion) => {
    if (fileName === FILE) return ts.createSourceFile(fileName, text, languageVersion, true);
    let sf = sourceCache.get(fileName);
    if (!sf) {
      const disk = readFile(fileName);
      if (disk === undefined) return undefined;
      sf = ts.createSourceFile(fileName, disk, languageVersion, true);
      sourceCache.set(fileName, sf);
    }
    return sf;
  };
  const program = ts.createProgram({ rootNames: [FILE], options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === FILE)
    .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

const source = sdkAssertions('GetOTAUpdate');

describe('received form ⇄ @aws-sdk/client-iot, every shape of the GetOTAUpdate closure', () => {
  it('walks the whole closure, and every shape gets assertions', () => {
    const closure = operationClosure('GetOTAUpdate');
    expect(closure.size).toBeGreaterThanOrEqual(50);
    const uncovered = [...source.coverage].filter(([, count]) => count === 0).map(([name]) => name);
    expect(uncovered).toEqual([]);
  });

  it('compiles clean: SDK values fit our received types, and both our forms fit the SDK', () => {
    expect(compile(source.text)).toEqual([]);
  });

  it('compiles clean under exactOptionalPropertyTypes too', () => {
    expect(compile(source.text, { exactOptionalPropertyTypes: true })).toEqual([]);
  });

  it('negative control: with the strict form on our side, SDK → ours fails for exactly the shapes that hold a widened @required member', () => {
    const strict = sdkAssertions('GetOTAUpdate', (name) => (name === 'Stream' ? '_Stream' : name));
    const errors = compile(strict.text);
    const lines = strict.text.split('\n');
    const failing = new Set(errors.map((e) => /Sdk\.(\w+);$/.exec(lines[Number(e.split(':')[0]) - 1]!)?.[1]));
    expect([...failing].sort()).toEqual(['AwsJobExecutionsRolloutConfig', 'AwsJobExponentialRolloutRate', 'GetOTAUpdateRequest', 'GetOTAUpdateResponse', 'OTAUpdateInfo']);
  });
});
