/**
 * `ota-codegen generate` and `ota-codegen diff`: loaded by cli.ts only for these commands, so `ast`,
 * `idl` and `--help` never load the emitters and their dependencies (ajv, ...).
 */

import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { generateFromAst, generateFromText, type GenerateOptions, type GenerateResult } from './generate.js';
import { ModelError } from './load/errors.js';
import { loadModelFiles } from './load/assemble.js';
import { emitters } from './emit/index.js';
import { diffFiles, writeFiles } from './write/index.js';
import { diffCommand } from './diff/command.js';
import { prepareModelChangeset, writeChangeset, type ModelChangeset } from './changeset/index.js';
import type { ModelSelection } from './diff/load.js';
import { unsatisfiablePatterns, unsatisfiableWarning } from './ir/unsatisfiable.js';

export const PACKAGE_NAMES = emitters.map((e) => e.name);

export interface GenerateArgs {
  model: string[];
  out?: string;
  only?: string[];
  headerSource?: string;
  check: boolean;
  quiet: boolean;
  changeset: boolean;
  base?: string;
  selection: ModelSelection;
}

/** Exit code of `generate`; throws `ModelError` for a model that does not load. */
export function runGenerate(args: GenerateArgs, fail: (message: string, exitCode: number) => never): number {
  const unknown = (args.only ?? []).filter((name) => !PACKAGE_NAMES.includes(name));
  if (unknown.length) fail(`unknown --only value ${unknown.map((u) => JSON.stringify(u)).join(', ')}; valid values: ${PACKAGE_NAMES.join(', ')}`, 2);

  const outDir = resolve(args.out ?? '.');
  const modelPaths = args.model.map((p) => resolve(p));
  const source = args.headerSource ?? modelPaths.map((p) => relative(outDir, p).split(sep).join('/')).join(', ');
  const log = (line: string): void => {
    if (!args.quiet) process.stderr.write(`${line}\n`);
  };

  const started = performance.now();
  const options: GenerateOptions = {
    source,
    ...args.selection,
    ...(args.only ? { only: args.only } : {}),
    onStage: (stage, ms, onWorker) => log(`ota-codegen: ${stage.padEnd(18)} ${ms.toFixed(0).padStart(6)} ms${onWorker ? ' (worker)' : ''}`),
  };
  const { files, model } = generateFromPaths(modelPaths, options);
  for (const u of unsatisfiablePatterns(model)) log(unsatisfiableWarning(u));

  if (args.check) {
    const diffs = diffFiles(outDir, files, { removeStale: !args.only?.length });
    if (diffs.length === 0) {
      log(`ota-codegen: ${files.length} generated files match ${source}`);
      return 0;
    }
    process.stderr.write(
      `ota-codegen: ${diffs.length} generated file(s) differ from what ${source} gives:\n` +
        diffs.map((d) => `  ${d.kind.padEnd(8)} ${d.path}`).join('\n') +
        `\nRun \`pnpm generate\` and commit the result.\n`,
    );
    return 1;
  }
  let changeset: ModelChangeset | undefined;
  if (args.changeset) {
    try {
      changeset = prepareModelChangeset({ outDir, modelPaths, source, ...(args.base ? { base: resolve(args.base) } : {}), selection: args.selection, model });
    } catch (e) {
      if (e instanceof ModelError) throw e;
      process.stderr.write(`ota-codegen: ${(e as Error).message}\nNothing was written.\n`);
      return 1;
    }
  }
  const { written, removed } = writeFiles(outDir, files, { removeStale: !args.only?.length });
  log(`ota-codegen: ${files.length} files (${written.length} written, ${removed.length} removed) in ${(performance.now() - started).toFixed(0)} ms`);
  if (changeset) {
    if (changeset.file) writeChangeset(outDir, changeset.file);
    // Said even with --quiet: the user asked for this file.
    process.stderr.write(changeset.file ? `ota-codegen: ${changeset.diff.bump} change since ${changeset.baseLabel}: wrote ${changeset.file.path}\n` : `ota-codegen: no contract change since ${changeset.baseLabel}: no changeset written\n`);
  }
  return 0;
}

/** One JSON AST file takes the JSON loader as before; anything else (IDL, several files, folders) is assembled. */
function generateFromPaths(paths: readonly string[], options: GenerateOptions): GenerateResult {
  const single = paths.length === 1 && paths[0]!.endsWith('.json') ? paths[0]! : undefined;
  if (single) return generateFromText(readFileSync(single, 'utf8'), options);
  return generateFromAst(loadModelFiles(paths), options);
}

export { diffCommand };
