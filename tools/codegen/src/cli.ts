#!/usr/bin/env node
/**
 * ota-codegen: Smithy 2.0 JSON AST → contract packages.
 *
 *   ota-codegen generate [--model <file>] [--out <dir>] [--service <id>] [--operation <id>]... [--check]
 *   ota-codegen diff <old-model> <new-model>
 */

import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFromText } from './generate.js';
import { ModelError } from './load/errors.js';
import { diffFiles, writeFiles } from './write/index.js';
import { diffCommand } from './diff/command.js';
import { prepareModelChangeset, writeChangeset, type ModelChangeset } from './changeset/index.js';

const DEFAULT_MODEL = 'models/iot/get-ota-update.json';

const HELP = `Usage: ota-codegen generate [options]
       ota-codegen diff <old-model> <new-model> [--service <id>] [--operation <id>]...

Reads a Smithy 2.0 JSON AST model and writes the contract packages (types, zod, JSON Schema,
fixtures, MSW) under <out>/packages/*/src as *.gen.* files.

Options:
  --model <file>       Smithy JSON AST to read (default: ${DEFAULT_MODEL})
  --out <dir>          output root holding packages/ (default: the current directory)
  --service <id>       service shape id; needed when the model has several services
  --operation <id>     operation shape id to generate; repeat for several (default: every
                       operation of the service)
  --only <pkg>         emit only this package (types, zod, json-schema, fixtures, msw); repeatable
  --check              write nothing; exit 1 listing every generated file that differs from disk
  --quiet              no progress lines
  --changeset          also write .changeset/ota-model-<hash>.md for the fixed package group, with
                       the semver bump that \`ota-codegen diff\` gives from the previous model
  --base <file>        the previous model for --changeset (default: the model as committed at git HEAD)
  -h, --help           show this help

Environment:
  OTA_CODEGEN_WORKERS  auto (default): compile the lenient JSON Schema validators on a worker thread
                       for models of 150 shapes or more; on: always; off: never (same output)
  OTA_CODEGEN_TSX=1    run from the TypeScript sources through tsx instead of the esbuild bundle
`;

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      out: { type: 'string' },
      service: { type: 'string' },
      operation: { type: 'string', multiple: true },
      only: { type: 'string', multiple: true },
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
  if (command === 'diff') {
    const selection = { ...(values.service ? { service: values.service } : {}), ...(values.operation ? { operations: values.operation } : {}) };
    const result = diffCommand(positionals.slice(1), selection);
    process.stdout.write(result.exitCode === 2 ? '' : result.stdout);
    if (result.exitCode === 2) process.stderr.write(`ota-codegen: diff needs two model files\n\n${HELP}`);
    return result.exitCode;
  }
  if (command !== 'generate') {
    process.stderr.write(`ota-codegen: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return 2;
  }
  const outDir = resolve(values.out ?? '.');
  const modelPath = resolve(values.model ?? DEFAULT_MODEL);
  const source = relative(outDir, modelPath).split(sep).join('/');
  const log = (line: string): void => {
    if (!values.quiet) process.stderr.write(`${line}\n`);
  };

  const started = performance.now();
  const { files, model } = generateFromText(readFileSync(modelPath, 'utf8'), {
    source,
    ...(values.service ? { service: values.service } : {}),
    ...(values.operation ? { operations: values.operation } : {}),
    ...(values.only ? { only: values.only } : {}),
    onStage: (stage, ms) => log(`ota-codegen: ${stage.padEnd(18)} ${ms.toFixed(0).padStart(6)} ms`),
  });

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
    const selection = { ...(values.service ? { service: values.service } : {}), ...(values.operation ? { operations: values.operation } : {}) };
    try {
      changeset = prepareModelChangeset({ outDir, modelPath, source, ...(values.base ? { base: resolve(values.base) } : {}), selection, model });
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

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ModelError) {
    process.stderr.write(`ota-codegen: ${e.message}\nNothing was written.\n`);
    process.exitCode = 1;
  } else if (e instanceof TypeError && (e as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`ota-codegen: ${e.message}\n\n${HELP}`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
