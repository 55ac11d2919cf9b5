import { buildIr } from '../ir/build.js';
import type { IrModel, ShapeId } from '../ir/types.js';
import { parseModel } from '../load/read.js';

export interface ModelSelection {
  service?: ShapeId;
  operations?: ShapeId[];
}

/** Model text → IR, with the same service/operation selection `generate` uses. Throws `ModelError`. */
export function irFromText(text: string, source: string, selection: ModelSelection = {}): IrModel {
  return buildIr(parseModel(text, source), {
    source,
    ...(selection.service ? { service: selection.service } : {}),
    ...(selection.operations?.length ? { operations: selection.operations } : {}),
  });
}
