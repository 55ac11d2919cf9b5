/**
 * @ota-contract/msw: MSW handlers that answer each operation the way the real service does on the
 * wire (restJson1), backed by stores whose items are checked against the strict contract, with
 * failure and delay injection. Model-specific parts only; the runtime is hand-written in
 * `packages/msw/src/runtime/`.
 */

import type { IrModel, StructureShape } from '../../ir/types.js';
import { generatedPath } from '../../naming/index.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import { memberBindings } from './bindings.js';
import { handlersFile } from './handlers.js';
import { inputRulesStatement } from './input-rules.js';
import { planOperation } from './operation-spec.js';

function emitMsw(model: IrModel): GeneratedFile[] {
  const plans = model.operations.map((op) => planOperation(model, op));
  // Every modeled error, service-wide and per operation, sorted by shape id (as `modeledErrors`).
  const errorIds = [...new Set([...model.service.errors, ...model.operations.flatMap((o) => o.errors)])].sort();
  const errors = errorIds.map((id) => model.shapes.get(id) as StructureShape).map((shape) => ({ shape, bindings: memberBindings(model, shape) }));
  // Outputs too: their defaults are filled into what a resolver returns.
  const roots = plans.flatMap((p) => [...(p.input ? [p.input.id] : []), ...(p.output ? [p.output.id] : [])]);
  const rules = roots.length ? inputRulesStatement(model, roots) : '';
  return [{ path: generatedPath('msw', 'handlers.gen.ts'), contents: handlersFile(plans, errors, rules) }];
}

export const mswEmitter: Emitter = { name: 'msw', emit: emitMsw };
