/** The IR of the repository's model, built by the real generator stages (load → IR). */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IrModel } from '@ota-contract/codegen';
// The stages themselves, not the package root: that one also loads every emitter (and ts-morph).
import { buildIr } from '../../../../tools/codegen/src/ir/build.js';
import { parseModel } from '../../../../tools/codegen/src/load/read.js';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
export const MODEL_SOURCE = 'models/iot/get-ota-update.json';

let cached: IrModel | undefined;

export function loadModel(): IrModel {
  cached ??= buildIr(parseModel(readFileSync(resolve(repoRoot, MODEL_SOURCE), 'utf8'), MODEL_SOURCE), { source: MODEL_SOURCE });
  return cached;
}
