#!/usr/bin/env node
/**
 * ota-codegen: Smithy models (IDL 2.0 `.smithy` or JSON AST `.json`, files or folders) → contract packages.
 *
 *   ota-codegen generate [--model <path>]... [--out <dir>] [--service <id>] [--operation <id>]... [--check]
 *   ota-codegen diff <old-model> <new-model>
 *   ota-codegen ast <path>...        the assembled model as a Smithy 2.0 JSON AST
 *   ota-codegen idl <model.json>     a JSON AST model printed as IDL 2.0
 */

import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFromAst, generateFromText, type GenerateOptions, type GenerateResult } from './generate.js';
import { ModelError } from './load/errors.js';
import { loadModelFiles } from './load/assemble.js';
import { serializeIdl } from './load/idl/serialize.js';
import { emitters } from './emit/index.js';
import { diffFiles, writeFiles } from './write/index.js';
import { diffCommand } from './diff/command.js';
import { prepareModelChangeset, writeChangeset, type ModelChangeset } from './changeset/index.js';

const DEFAULT_MODEL = 'models/iot/get-ota-update.json';
const PACKAGE_NAMES = emitters.map((e) => e.name);

const HELP = `Usage: ota-codegen generate [options]
       ota-codegen diff <old-model> <new-model> [--service <id>] [--operation <id>]...
       ota-codegen ast <model>...
       ota-codegen idl <model.json>

Reads a Smithy model and writes the contract packages (${PACKAGE_NAMES.join(', ')}) under
<out>/packages/*/src as *.gen.* files. A model is a Smithy IDL 2.0 file (.smithy; IDL 1.0 files are
upgraded), a JSON AST file (.json), or a folder holding them; several are assembled into one model
(shapes merged, apply across files, metadata merged, conflicting definitions refused).

Commands:
  generate             write (or --check) the generated files (the default command)
  diff <old> <new>     print each contract change between two models with its semver class
  ast <model>...       print the assembled model as a Smithy 2.0 JSON AST (prelude excluded)
  idl <model.json>     print a JSON AST model as Smithy IDL 2.0

Options:
  --model <path>       model file or folder to read; repeat for several
                       (default: ${DEFAULT_MODEL})
  --out <dir>          output root holding packages/ (default: the current directory)
  --service <id>       service shape id; needed when the model has several services
  --operation <id>     operation shape id to generate; repeat for several (default: every
                       operation of the service)
  --only <pkg>         emit only this package (${PACKAGE_NAMES.join(', ')}); repeatable
  --header-source <s>  the model name written in generated headers (default: the --model paths
                       relative to --out), e.g. to get the same bytes from a .smithy and a .json model
  --check              write nothing; exit 1 listing every generated file that differs from disk
  --quiet              no progress lines
  --changeset          also write .changeset/ota-model-<hash>.md for the fixed package group, with
                       the semver bump that \`ota-codegen diff\` gives from the previous model
  --base <path>        the previous model for --changeset (default: the model files as committed
                       at git HEAD)
  -h, --help           show this help

Environment:
  OTA_CODEGEN_WORKERS  auto (default): compile the lenient JSON Schema validators on a worker thread
                       for models of 150 shapes or more; on: always; off: never (same output)
  OTA_CODEGEN_TSX=1    run from the TypeScript sources through tsx instead of the esbuild bundle
  OTA_CODEGEN_DEBUG=1  print the stack trace of an unexpected error
`;

/** A user error: one line on stderr, then the exit code. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string', multiple: true },
      out: { type: 'string' },
      service: { type: 'string' },
      operation: { type: 'string', multiple: true },
      only: { type: 'string', multiple: true },
      'header-source': { type: 'string' },
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      changeset: { type: 'boolean', default: false },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0] ?? 'generate';
  if (values.help || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const selection = { ...(values.service ? { service: values.service } : {}), ...(values.operation ? { operations: values.operation } : {}) };
  if (command === 'diff') {
    if (positionals.length === 3) requireExisting(positionals.slice(1));
    const result = diffCommand(positionals.slice(1), selection);
    process.stdout.write(result.exitCode === 2 ? '' : result.stdout);
    if (result.exitCode === 2) process.stderr.write(`ota-codegen: diff needs two models\n\n${HELP}`);
    return result.exitCode;
  }
  if (command === 'ast') {
    const paths = positionals.slice(1);
    if (paths.length === 0) throw new UsageError('ast needs at least one model file or folder', 2);
    requireExisting(paths);
    process.stdout.write(`${JSON.stringify(loadModelFiles(paths), null, 4)}\n`);
    return 0;
  }
  if (command === 'idl') {
    const paths = positionals.slice(1);
    if (paths.length !== 1) throw new UsageError('idl needs one JSON AST model file', 2);
    requireExisting(paths);
    process.stdout.write(serializeIdl(loadModelFiles(paths)));
    return 0;
  }
  if (command !== 'generate') {
    process.stderr.write(`ota-codegen: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return 2;
  }
  const unknown = (values.only ?? []).filter((name) => !PACKAGE_NAMES.includes(name));
  if (unknown.length) throw new UsageError(`unknown --only value ${unknown.map((u) => JSON.stringify(u)).join(', ')}; valid values: ${PACKAGE_NAMES.join(', ')}`, 2);

  const outDir = resolve(values.out ?? '.');
  const modelPaths = (values.model ?? [DEFAULT_MODEL]).map((p) => resolve(p));
  requireExisting(modelPaths);
  const source = values['header-source'] ?? modelPaths.map((p) => relative(outDir, p).split(sep).join('/')).join(', ');
  const log = (line: string): void => {
    if (!values.quiet) process.stderr.write(`${line}\n`);
  };

  const started = performance.now();
  const options: GenerateOptions = {
    source,
    ...selection,
    ...(values.only ? { only: values.only } : {}),
    onStage: (stage, ms) => log(`ota-codegen: ${stage.padEnd(18)} ${ms.toFixed(0).padStart(6)} ms`),
  };
  const { files, model } = generateFromPaths(modelPaths, options);

  if (values.check) {
    const diffs = diffFiles(outDir, files, { removeStale: !values.only?.length });
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
  if (values.changeset) {
    try {
      changeset = prepareModelChangeset({ outDir, modelPaths, source, ...(values.base ? { base: resolve(values.base) } : {}), selection, model });
    } catch (e) {
      if (e instanceof ModelError) throw e;
      process.stderr.write(`ota-codegen: ${(e as Error).message}\nNothing was written.\n`);
      return 1;
    }
  }
  const { written, removed } = writeFiles(outDir, files, { removeStale: !values.only?.length });
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

function requireExisting(paths: readonly string[]): void {
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`model file not found: ${p}`, 1);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ModelError) {
    process.stderr.write(`ota-codegen: ${e.message}\nNothing was written.\n`);
    process.exitCode = 1;
  } else if (e instanceof UsageError) {
    process.stderr.write(`ota-codegen: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_')) {
    process.stderr.write(`ota-codegen: ${e.message}\n\n${HELP}`);
    process.exitCode = 2;
  } else {
    // Never a stack trace for users; OTA_CODEGEN_DEBUG=1 shows it to whoever debugs the generator.
    const detail = process.env.OTA_CODEGEN_DEBUG === '1' ? `\n${(e as Error)?.stack ?? String(e)}` : ' (set OTA_CODEGEN_DEBUG=1 for the stack trace)';
    process.stderr.write(`ota-codegen: unexpected error: ${String((e as Error)?.message ?? e).split('\n')[0]}${detail}\n`);
    process.exitCode = 1;
  }
}
