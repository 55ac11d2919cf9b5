/**
 * The pipeline: model text → AST (validated) → IR → files. Pure until the caller hands the files to
 * `write/`, so `--check` and tests run it entirely in memory.
 */

import { buildIr, type BuildOptions } from './ir/build.js';
import type { IrModel } from './ir/types.js';
import type { AstModel } from './load/ast.js';
import { checkAssembledAst } from './load/assemble.js';
import { parseModel } from './load/read.js';
import { ModelError } from './load/errors.js';
import { findNameClashes } from './naming/index.js';
import { assignNames } from './naming/claims.js';
import { emitters } from './emit/index.js';
import type { Emitter, GeneratedFile } from './emit/emitter.js';
import { runEmitters } from './emit/parallel.js';
import { withHeader } from './write/header.js';
import { normalizeFiles } from './write/index.js';

export interface GenerateOptions extends Omit<BuildOptions, 'source'> {
  /** Model path as written in generated headers (repository-relative, `/` separators). */
  source: string;
  /** Only these emitters (package keys); default all. */
  only?: string[];
  /** Called after each stage with its wall time (and whether the worker thread ran it), for progress lines. */
  onStage?: (stage: string, ms: number, onWorker?: boolean) => void;
}

export interface GenerateResult {
  model: IrModel;
  files: GeneratedFile[];
}

/** JSON AST text (one file) → files. */
export function generateFromText(text: string, options: GenerateOptions, selected: readonly Emitter[] = emitters): GenerateResult {
  return generate(() => parseModel(text, options.source), options, selected);
}

/**
 * An assembled model (`loadModelFiles`: IDL and JSON AST files, folders) → files, through the same
 * normalisation and validation as a JSON model.
 */
export function generateFromAst(model: AstModel, options: GenerateOptions, selected: readonly Emitter[] = emitters): GenerateResult {
  return generate(() => checkAssembledAst(model, options.source), options, selected);
}

function generate(load: () => AstModel, options: GenerateOptions, selected: readonly Emitter[]): GenerateResult {
  const stage = <T>(name: string, fn: () => T): T => {
    const start = performance.now();
    const result = fn();
    options.onStage?.(name, performance.now() - start);
    return result;
  };
  const ast = stage('load', load);
  const model = stage('ir', () =>
    buildIr(ast, { source: options.source, ...(options.service ? { service: options.service } : {}), ...(options.operations ? { operations: options.operations } : {}) }),
  );
  // Derived identifiers that a shape's name already holds step aside (naming/claims.ts).
  assignNames(model);
  const clashes = findNameClashes(model);
  if (clashes.length) throw new ModelError(options.source, clashes.map((message) => ({ pointer: '/shapes', message })));
  const active = options.only?.length ? selected.filter((e) => options.only!.includes(e.name)) : selected;
  const files: GeneratedFile[] = [];
  const emitted = runEmitters(model, active, (name, ms, onWorker) => options.onStage?.(`emit ${name}`, ms, onWorker));
  for (const f of emitted.flat()) files.push({ path: f.path, contents: withHeader(f.path, f.contents, options.source) });
  return { model, files: normalizeFiles(files) };
}
