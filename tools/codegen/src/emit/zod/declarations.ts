/** The three exports of one shape (`SJsonSchema`, `SSchema`, `SCodec`) and the per-operation helpers. */

import type { IrModel, IrShape, StructureShape } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import { jsdoc } from '../shared/jsdoc.js';
import { appType, memberBase, shapeExpr } from './aggregates.js';
import { lit, schemaName, shape, typeRef, type EmitContext, type Form } from './context.js';
import { blockComment, propertyKey, stringKey } from '../../naming/escape.js';

function comment(text: string | undefined): string {
  if (!text) return '';
  return `/**\n${blockComment(text).split('\n').map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\n`;
}

const FORM_NOTE: Record<Form, string> = {
  wire: 'JSON wire form (restJson1 body)',
  app: 'application form (as the AWS SDK hands it out: `Date`, `Uint8Array`)',
  codec: 'codec: `.decode(json)` gives the application form, `.encode(value)` the JSON wire form',
};

/** Explicit types for shapes on a cycle, which TypeScript cannot infer through `z.lazy`. */
function annotation(ctx: EmitContext, s: IrShape, form: Form): string {
  if (!ctx.plan.cyclic.has(s.id)) return '';
  const wire = typeRef(ctx, s, true);
  const app = appType(ctx, s);
  const output = form === 'wire' ? wire : app;
  // Lenient input types are looser than the model's (null, absent required members): left open.
  const input = ctx.mode === 'lenient' ? 'unknown' : form === 'app' ? app : wire;
  return `: z.ZodType<${output}, ${input}>`;
}

export function shapeDeclarations(ctx: EmitContext, s: IrShape): string {
  ctx.current = s.id;
  const modelDoc = jsdoc({ docs: s.docs, constraints: s.constraints, kind: s.kind });
  // The model's documentation once, on the wire schema; the other two point at it.
  const doc = (form: Form) =>
    form === 'wire' ? comment([modelDoc, `\`${s.name}\`, ${FORM_NOTE.wire}.`].filter(Boolean).join('\n\n')) : `/** \`${blockComment(s.name)}\`, ${FORM_NOTE[form]}. */\n`;
  const decl = (form: Form) => `${doc(form)}export const ${schemaName(s, form)}${annotation(ctx, s, form)} = ${shapeExpr(ctx, s, form)};`;
  if (!ctx.plan.distinct.has(s.id)) {
    // Same value in both forms: one schema, three names.
    const wire = schemaName(s, 'wire');
    return [decl('wire'), `${doc('app')}export const ${schemaName(s, 'app')} = ${wire};`, `${doc('codec')}export const ${schemaName(s, 'codec')} = ${wire};`].join('\n');
  }
  return [decl('wire'), decl('app'), decl('codec')].join('\n');
}

/** `GetOTAUpdateSchemas`: what a mock server or client needs for one operation, by role. */
export function operationDeclarations(ctx: EmitContext, model: IrModel): string {
  ctx.current = undefined;
  const emptyObject = `${ctx.mode === 'strict' ? 'z.strictObject' : 'z.object'}({}, { error: rt.objectError })`;
  const out: string[] = [];
  for (const op of model.operations) {
    const input = op.input ? (shape(ctx, op.input) as StructureShape) : undefined;
    const output = op.output ? shape(ctx, op.output) : undefined;
    const labels = input?.members.filter((m) => m.http?.kind === 'label') ?? [];
    let path = emptyObject;
    if (input && labels.length === input.members.length && labels.length > 0) path = schemaName(input, 'app');
    else if (labels.length) {
      const fn = ctx.mode === 'strict' ? 'z.strictObject' : 'z.object';
      const wrap = (e: string) => (ctx.mode === 'strict' ? e : `rt.lenientOptional(${e})`);
      path = `${fn}({ ${labels.map((m) => `${propertyKey(m.name)}: ${wrap(memberBase(ctx, m, 'app'))}`).join(', ')} }, { error: rt.objectError })`;
    }
    const role = (s: IrShape | undefined, form: Form) => (s ? schemaName(s, form) : emptyObject);
    const errors = [...new Set([...op.errors, ...model.service.errors])].sort().map((id) => shape(ctx, id));
    const entries = [
      `/** The path labels (application form), e.g. MSW's \`params\`. */`,
      `path: ${path},`,
      `/** The input in the application form, HTTP-bound members included: what a server checks. */`,
      `input: ${role(input, 'app')},`,
      `/** The input's JSON body. */`,
      `inputBody: ${role(input, 'wire')},`,
      `inputCodec: ${role(input, 'codec')},`,
      `output: ${role(output, 'app')},`,
      `/** The output's JSON body. */`,
      `outputBody: ${role(output, 'wire')},`,
      `outputCodec: ${role(output, 'codec')},`,
      `/** Codec of each modeled error's JSON body, by error name. */`,
      `errors: {`,
      ...errors.map((e) => `  ${stringKey(e.name)}: ${schemaName(e, 'codec')},`),
      `},`,
    ];
    const doc = comment(`Schemas of \`${op.id}\` (${op.http.method} ${op.http.uri}) by role. ${ctx.mode === 'strict' ? 'Strict' : 'Lenient'} mode.`);
    out.push(`${doc}export const ${names.zodOperation(op.name)} = {\n${entries.map((l) => `  ${l}`).join('\n')}\n} as const;`);
  }
  out.push(`/** Every operation's schemas, by operation name. */\nexport const operationSchemas = {\n${model.operations.map((o) => `  ${stringKey(o.name)}: ${names.zodOperation(o.name)},`).join('\n')}\n} as const;`);
  return out.join('\n');
}

