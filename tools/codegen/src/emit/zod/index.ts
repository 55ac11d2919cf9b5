/**
 * @ota-contract/zod: for every shape `S`, `SJsonSchema` (wire), `SSchema` (application) and `SCodec`
 * (wire ⇄ application), in two files: strict (`schemas.gen.ts`, the package root) and lenient
 * (`lenient.gen.ts`, `@ota-contract/zod/lenient`) — one printer parameterised by mode — plus the
 * response decoders of `@ota-contract/zod/client` (`client.gen.ts`, see client.ts).
 * Model-independent code lives in packages/zod/src/runtime and is imported as `rt`.
 */

import type { IrModel } from '../../ir/types.js';
import { generatedPath } from '../../naming/index.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import type { EmitContext } from './context.js';
import { operationDeclarations, shapeDeclarations } from './declarations.js';
import { buildPlan, type Mode } from './plan.js';
import { emitClientModule } from './client.js';
import { regexLiteral } from '../../naming/escape.js';

function emitMode(model: IrModel, mode: Mode): string {
  const ctx: EmitContext = { model, mode, plan: buildPlan(model, mode), patterns: new Map(), usesTypes: false };
  const body = ctx.plan.order.map((id) => shapeDeclarations(ctx, model.shapes.get(id)!));
  body.push(operationDeclarations(ctx, model));
  const header = [
    mode === 'strict'
      ? '// Strict mode: every constraint, closed enums, unknown properties rejected (docs/VALIDATION.md).'
      : '// Lenient mode: JSON types only, open enums, unknown properties dropped, null as absence (docs/VALIDATION.md).',
    `import * as z from 'zod';`,
    ...(ctx.usesTypes ? [`import type * as T from '@ota-contract/types';`] : []),
    `import * as rt from './runtime/index.js';`,
  ];
  // Compiled once, at module load, with the u flag (\p{...} means nothing without it).
  const patterns = [...ctx.patterns].map(([source, name]) => `const ${name} = ${regexLiteral(source, 'u')};`);
  return `${[...header, '', ...patterns, ...(patterns.length ? [''] : []), body.join('\n\n')].join('\n')}\n`;
}

function emitZod(model: IrModel): GeneratedFile[] {
  return [
    { path: generatedPath('zod', 'schemas.gen.ts'), contents: emitMode(model, 'strict') },
    { path: generatedPath('zod', 'lenient.gen.ts'), contents: emitMode(model, 'lenient') },
    { path: generatedPath('zod', 'client.gen.ts'), contents: emitClientModule(model) },
  ];
}

export const zodEmitter: Emitter = { name: 'zod', emit: emitZod };
