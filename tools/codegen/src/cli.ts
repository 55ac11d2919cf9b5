#!/usr/bin/env node
/**
 * ota-codegen: Smithy models (IDL 2.0 `.smithy` or JSON AST `.json`, files or folders) → contract packages.
 *
 *   ota-codegen generate [--model <path>]... [--out <dir>] [--service <id>] [--operation <id>]... [--check]
 *   ota-codegen diff <old-model> <new-model>
 *   ota-codegen ast <path>...        the assembled model as a Smithy 2.0 JSON AST
 *   ota-codegen idl <model.json>     a JSON AST model printed as IDL 2.0
 */

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ModelError } from './load/errors.js';
import { loadModelFiles } from './load/assemble.js';
import { serializeIdl } from './load/idl/serialize.js';

const DEFAULT_MODEL = 'models/iot/get-ota-update.json';
const help = (packages: readonly string[]): string => `Usage: ota-codegen generate [options]
       ota-codegen diff <old-model> <new-model> [--service <id>] [--operation <id>]...
       ota-codegen ast <model>...
       ota-codegen idl <model.json>

Reads a Smithy model and writes the contract packages (${packages.join(', ')}) under
<out>/packages/*/src as *.gen.* files. A model is a Smithy IDL file (.smithy, IDL 2.0; 1.0 files
load too), a JSON AST file (.json), or a folder holding them; several are assembled into one model
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
  --only <pkg>         emit only this package (${packages.join(', ')}); repeatable
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
  OTA_CODEGEN_WORKERS  auto (default): share the emitters with a worker thread for models of
                       150 shapes or more when a core is free; on: always; off: never
                       (same output)
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

async function main(argv: string[]): Promise<number> {
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
    process.stdout.write(help((await import('./cli-generate.js')).PACKAGE_NAMES));
    return 0;
  }
  const selection = { ...(values.service ? { service: values.service } : {}), ...(values.operation ? { operations: values.operation } : {}) };
  if (command === 'diff') {
    if (positionals.length === 3) requireExisting(positionals.slice(1));
    const { diffCommand, PACKAGE_NAMES } = await import('./cli-generate.js');
    const result = diffCommand(positionals.slice(1), selection);
    process.stdout.write(result.exitCode === 2 ? '' : result.stdout);
    if (result.exitCode === 2) process.stderr.write(`ota-codegen: diff needs two models\n\n${help(PACKAGE_NAMES)}`);
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
    process.stderr.write(`ota-codegen: unknown command ${JSON.stringify(command)}\n\n${help((await import('./cli-generate.js')).PACKAGE_NAMES)}`);
    return 2;
  }
  const model = values.model ?? [DEFAULT_MODEL];
  requireExisting(model);
  const { runGenerate } = await import('./cli-generate.js');
  return runGenerate(
    {
      model,
      selection,
      check: values.check,
      quiet: values.quiet,
      changeset: values.changeset,
      ...(values.out ? { out: values.out } : {}),
      ...(values.only ? { only: values.only } : {}),
      ...(values['header-source'] ? { headerSource: values['header-source'] } : {}),
      ...(values.base ? { base: values.base } : {}),
    },
    (message, exitCode) => {
      throw new UsageError(message, exitCode);
    },
  );
}

function requireExisting(paths: readonly string[]): void {
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`model file not found: ${p}`, 1);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ModelError) {
    process.stderr.write(`ota-codegen: ${e.message}\nNothing was written.\n`);
    process.exitCode = 1;
  } else if (e instanceof UsageError) {
    process.stderr.write(`ota-codegen: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_')) {
    process.stderr.write(`ota-codegen: ${e.message}\n\n${help((await import('./cli-generate.js')).PACKAGE_NAMES)}`);
    process.exitCode = 2;
  } else if (e instanceof Error && e.name === 'WriteError') {
    // write/: the disk refused; it has already rolled back.
    process.stderr.write(`ota-codegen: ${e.message}\n${process.env.OTA_CODEGEN_DEBUG === '1' ? `${e.stack}\n` : ''}`);
    process.exitCode = 1;
  } else {
    // Never a stack trace for users; OTA_CODEGEN_DEBUG=1 shows it to whoever debugs the generator.
    const detail = process.env.OTA_CODEGEN_DEBUG === '1' ? `\n${(e as Error)?.stack ?? String(e)}` : ' (set OTA_CODEGEN_DEBUG=1 for the stack trace)';
    process.stderr.write(`ota-codegen: unexpected error: ${String((e as Error)?.message ?? e).split('\n')[0]}${detail}\n`);
    process.exitCode = 1;
  }
}
