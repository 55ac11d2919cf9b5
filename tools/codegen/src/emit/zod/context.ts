/** State shared by the zod emitter's printers while one file (one mode) is printed. */

import type { IrModel, IrShape, ShapeId } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import type { Mode, Plan } from './plan.js';
import { jsonText, jsString } from '../../naming/escape.js';

/** `wire` = JSON (`SJsonSchema`), `app` = application form (`SSchema`), `codec` = wire ⇄ app (`SCodec`). */
export type Form = 'wire' | 'app' | 'codec';

export interface EmitContext {
  model: IrModel;
  mode: Mode;
  plan: Plan;
  /** ECMAScript pattern source → module-level const holding the compiled `RegExp`. */
  patterns: Map<string, string>;
  /** Set when printed code refers to `T.` (types of @ota-contract/types). */
  usesTypes: boolean;
  /** The shape whose declarations are being printed (references inside its cycle go through `z.lazy`). */
  current?: ShapeId;
}

export function shape(ctx: EmitContext, id: ShapeId): IrShape {
  return ctx.model.shapes.get(id)!;
}

export function schemaName(s: IrShape | string, form: Form): string {
  return form === 'wire' ? names.zodJsonSchema(s) : form === 'app' ? names.zodSchema(s) : names.zodCodec(s);
}

/** `T.Name` of @ota-contract/types, marking the import as needed. */
export function typeRef(ctx: EmitContext, s: IrShape, wire: boolean): string {
  ctx.usesTypes = true;
  return `T.${wire ? names.jsonType(s) : names.type(s)}`;
}

/** The const holding `new RegExp(source, 'u')`, declared once per pattern. */
export function patternConst(ctx: EmitContext, source: string, owner: string): string {
  let name = ctx.patterns.get(source);
  if (name === undefined) {
    try {
      new RegExp(source, 'u');
    } catch (e) {
      // A pattern that does not compile would throw when the generated module loads: fail here instead.
      throw new Error(`${owner}: @pattern ${jsString(source)} is not a valid ECMAScript regular expression with the u flag (${(e as Error).message})`);
    }
    name = `PATTERN_${ctx.patterns.size}`;
    ctx.patterns.set(source, name);
  }
  return name;
}

/** Model values as code: strings through `jsString`, numbers, booleans, arrays and objects as JSON text. */
export const lit = (v: unknown): string => (typeof v === 'string' ? jsString(v) : jsonText(v));
