/**
 * Error objects and failure paths of the emitted code, as ajv 8 builds them with
 * `allErrors: false` (`ajv/dist/compile/errors.js`):
 * - outside a composite keyword (anyOf, not, if, propertyNames) the first error is returned at
 *   once: `f.errors = [error]; return false`;
 * - inside one, errors are collected in `vErrors` (counted by `errors`) and the rest of the
 *   subschema is skipped; the composite keyword then keeps or drops them;
 * - a failed call to another definition's function adds that function's errors and skips the rest
 *   up to the innermost point that reads the outcome (a composite branch, a `then`/`else` clause,
 *   or the function's end), which is where ajv's guards would resume.
 * Every model-derived text reaches the code through `JSON.stringify`: model content is data.
 */

/** The instancePath of the value being checked: `instancePath` plus static and computed segments. */
export type PathPart = { text: string } | { code: string };

export interface FunctionState {
  name: string;
  /** Whether the body uses `vErrors`/`errors` (declared only then). */
  collects: boolean;
  nextId: number;
}

export interface Context {
  fn: FunctionState;
  /** Expression (a variable or `data`) holding the value. */
  data: string;
  path: readonly PathPart[];
  /** ajv's errSchemaPath of the schema: `#`, `#/$defs/X` after an inlined `$ref`, plus keywords. */
  schemaPath: string;
  /** Inside anyOf, not, if or propertyNames: errors are collected instead of returned. */
  composite: boolean;
  /** False inside `not` and `if`, whose errors are never shown: ajv pushes empty objects. */
  createErrors: boolean;
  /** The key being checked, inside `propertyNames` (ajv adds it to each error). */
  propertyName?: string;
  /** Label that ends the innermost block whose outcome is read; undefined: the function. */
  target?: string;
}

export const lit = (value: string | number | boolean): string => JSON.stringify(value);

/** ajv's JSON Pointer token escaping (instancePath segments). */
export const pointerToken = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** ajv's `escapeFragment` (schemaPath segments). */
export const fragmentToken = (key: string): string => encodeURIComponent(pointerToken(key));

export function fresh(ctx: Context, prefix: string): string {
  return `${prefix}${ctx.fn.nextId++}`;
}

export function pathCode(path: readonly PathPart[]): string {
  const pieces: string[] = ['instancePath'];
  let text = '';
  for (const part of path) {
    if ('text' in part) text += part.text;
    else {
      if (text) pieces.push(lit(text));
      text = '';
      pieces.push(part.code);
    }
  }
  if (text) pieces.push(lit(text));
  return pieces.join(' + ');
}

export const withStatic = (path: readonly PathPart[], segment: string): PathPart[] => [...path, { text: `/${pointerToken(segment)}` }];

export interface ErrorSpec {
  keyword: string;
  /** Object literal code of `params`. */
  params: string;
  /** Expression of `message`. */
  message: string;
}

export function errorObject(ctx: Context, spec: ErrorSpec): string {
  if (!ctx.createErrors) return '{}';
  const fields = [`instancePath: ${pathCode(ctx.path)}`, `schemaPath: ${lit(`${ctx.schemaPath}/${spec.keyword}`)}`, `keyword: ${lit(spec.keyword)}`, `params: ${spec.params}`, `message: ${spec.message}`];
  if (ctx.propertyName) fields.push(`propertyName: ${ctx.propertyName}`);
  return `{${fields.join(', ')}}`;
}

function collect(ctx: Context, error: string): string {
  ctx.fn.collects = true;
  return `(vErrors ??= []).push(${error}); errors++;`;
}

/** Leaves the current block after its errors are recorded in `vErrors`. */
export function leave(ctx: Context): string {
  if (ctx.target !== undefined) return `break ${ctx.target};`;
  ctx.fn.collects = true;
  return `${ctx.fn.name}.errors = vErrors; return false;`;
}

/** Records one error inside a composite keyword and carries on (ajv's type check before the other keywords). */
export function record(ctx: Context, spec: ErrorSpec): string {
  return collect(ctx, errorObject(ctx, spec));
}

/** ajv's `reportError`: one error, returned at once outside composite keywords. */
export function fail(ctx: Context, spec: ErrorSpec): string {
  if (!ctx.composite) return `${ctx.fn.name}.errors = [${errorObject(ctx, spec)}]; return false;`;
  return `${collect(ctx, errorObject(ctx, spec))} ${leave(ctx)}`;
}

/** ajv's `reportExtraError`: one error added to those already collected (anyOf, if, propertyNames). */
export function failAppend(ctx: Context, spec: ErrorSpec): string {
  ctx.fn.collects = true;
  if (!ctx.composite) return `${collect(ctx, errorObject(ctx, spec))} ${ctx.fn.name}.errors = vErrors; return false;`;
  return `${collect(ctx, errorObject(ctx, spec))} ${leave(ctx)}`;
}

/** After `callee` returned false: its errors join ours (ajv's `addErrorsFrom`), then the block ends. */
export function failFrom(ctx: Context, callee: string): string {
  ctx.fn.collects = true;
  return `vErrors = vErrors === null ? ${callee}.errors : vErrors.concat(${callee}.errors); errors = vErrors.length; ${leave(ctx)}`;
}

/** ajv's `resetErrorsCount`: drops the errors collected since `count` was taken. */
export function resetTo(ctx: Context, count: string): string {
  ctx.fn.collects = true;
  return `errors = ${count}; if (vErrors !== null) { if (${count}) vErrors.length = ${count}; else vErrors = null; }`;
}
