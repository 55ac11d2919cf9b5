import { buildIr } from '../ir/build.js';
import type { IrModel, ShapeId } from '../ir/types.js';
import { assembleModel, checkAssembledAst, readInputs, type ModelInput } from '../load/assemble.js';
import type { AstModel } from '../load/ast.js';
import { parseModel } from '../load/read.js';

export interface ModelSelection {
  service?: ShapeId;
  operations?: ShapeId[];
}

function toIr(ast: AstModel, source: string, selection: ModelSelection): IrModel {
  return buildIr(ast, {
    source,
    ...(selection.service ? { service: selection.service } : {}),
    ...(selection.operations?.length ? { operations: selection.operations } : {}),
  });
}

/**
 * Model text → IR, with the same service/operation selection `generate` uses. Throws `ModelError`.
 * `format` names the file the text came from: one ending in `.smithy` is read as IDL, anything else
 * as a JSON AST (default: `source`).
 */
export function irFromText(text: string, source: string, selection: ModelSelection = {}, format: string = source): IrModel {
  if (format.endsWith('.smithy')) return irFromInputs([{ file: source.endsWith('.smithy') ? source : format, text }], source, selection);
  return toIr(parseModel(text, source), source, selection);
}

/** Several model files (IDL and JSON AST) → IR. */
export function irFromInputs(inputs: readonly ModelInput[], source: string, selection: ModelSelection = {}): IrModel {
  if (inputs.length === 1 && !inputs[0]!.file.endsWith('.smithy')) return toIr(parseModel(inputs[0]!.text, inputs[0]!.file), source, selection);
  return toIr(checkAssembledAst(assembleModel(inputs), source), source, selection);
}

/** Model files and folders → IR. */
export function irFromPaths(paths: readonly string[], selection: ModelSelection = {}): IrModel {
  return irFromInputs(readInputs(paths), paths.join(', '), selection);
}
