/**
 * TypeScript beside the precompiled JavaScript: the `.gen.d.ts` that types each validator as a type
 * guard of the @ota-contract/types wire form, and a `by operation and role` table of validators.
 */

import type { IrMember, IrModel, IrShape, SimpleKind } from '../../ir/types.js';
import { names, packages } from '../../naming/index.js';
import type { ValidationMode } from '../shared/json-schema-defs.js';
import type { SchemaEntry } from './entries.js';
import { blockComment, jsString, propertyKey } from '../../naming/escape.js';

const PRELUDE_TYPES: Record<SimpleKind, string> = {
  string: 'string',
  boolean: 'boolean',
  byte: 'number',
  short: 'number',
  integer: 'number',
  long: 'number',
  float: `number | 'NaN' | 'Infinity' | '-Infinity'`,
  double: `number | 'NaN' | 'Infinity' | '-Infinity'`,
  bigInteger: 'number',
  bigDecimal: 'number',
  blob: 'string',
  document: 'unknown',
  timestamp: 'number',
};

/** Keys here sit in object literals (`operationValidators`, `schemaEntries`) and type literals alike. */
const quoteKey = (k: string) => propertyKey(k);
const docComment = (text: string) => `/** ${blockComment(text)} */`;

/** The wire type of a member's value, in `@ota-contract/types` terms (imported as `T`). */
function memberWireType(model: IrModel, member: IrMember): string {
  const target = model.shapes.get(member.target);
  if (!target) return '{}';
  if (target.kind === 'timestamp') return member.timestampFormat === 'date-time' || member.timestampFormat === 'http-date' ? 'string' : 'number';
  if (target.prelude) return PRELUDE_TYPES[target.kind as SimpleKind] ?? 'unknown';
  return `T.${names.jsonType(target)}`;
}

function entryWireType(model: IrModel, entry: SchemaEntry): string {
  if (entry.properties) {
    // Query parameter maps and prefix headers leave the object open.
    const open = entry.schema && (entry.schema.patternProperties || (entry.schema.additionalProperties ?? false) !== false) ? ' [key: string]: unknown;' : '';
    const props = entry.properties.map(({ key, member }) =>
      member.required ? `${quoteKey(key)}: ${memberWireType(model, member)};` : `${quoteKey(key)}?: ${memberWireType(model, member)} | undefined;`,
    );
    return `{ ${props.join(' ')}${open} }`;
  }
  if (entry.payload) return memberWireType(model, entry.payload);
  const shape = [...model.shapes.values()].find((s) => names.jsonSchemaDef(s) === entry.def);
  return shape ? `T.${names.jsonType(shape)}` : 'unknown';
}

function guardType(mode: ValidationMode, wire: string, isError: boolean): string {
  if (mode === 'lenient') return `Validator<Lenient<${wire}>>`;
  return isError ? `Validator<${wire} & ErrorTypeFields>` : `Validator<${wire}>`;
}

/** The `.gen.d.ts` of one mode's validators: every shape (`validateSJson`) and every HTTP-part entry. */
export function validatorDeclarations(model: IrModel, mode: ValidationMode, entries: readonly SchemaEntry[], exported: ReadonlyMap<string, string>): string {
  const lines = [
    `import type * as T from '${packages.types}';`,
    `import type { ${mode === 'lenient' ? 'Lenient, ' : ''}${mode === 'strict' ? 'ErrorTypeFields, ' : ''}Validator } from './runtime/validator.js';`,
    '',
  ];
  const shapeByDef = new Map<string, IrShape>();
  for (const id of model.shapeOrder) shapeByDef.set(names.jsonSchemaDef(model.shapes.get(id)!), model.shapes.get(id)!);
  const entryByValidator = new Map(entries.map((e) => [e.validator, e]));
  for (const [exportName, def] of exported) {
    const shape = shapeByDef.get(def);
    const entry = entryByValidator.get(exportName);
    const wire = entry && (entry.properties || !entry.shape) ? entryWireType(model, entry) : shape ? `T.${names.jsonType(shape)}` : 'unknown';
    const isError = shape?.kind === 'structure' && shape.error !== undefined && !(entry && entry.properties);
    const what = entry ? entry.usage.map((u) => `${u.operation} ${u.role}`).join(', ') : `the wire form of \`${shape?.name ?? def}\``;
    lines.push(docComment(`${mode === 'strict' ? 'Strict' : 'Lenient'} precompiled validator of ${what} (\`#/$defs/${def}\`). Read \`.errors\` after a \`false\`.`));
    lines.push(`export declare const ${exportName}: ${guardType(mode, wire, isError)};`);
  }
  return `${lines.join('\n')}\n`;
}

/** `operationValidators.<Operation>.<role>` (errors by name), for mocks and contract tests that pick by role. */
export function operationTable(model: IrModel, mode: ValidationMode, entries: readonly SchemaEntry[]): string {
  const lines = [`import * as v from './validators.${mode}.gen.js';`, ''];
  lines.push(docComment(`The ${mode} precompiled validator of each operation's request parts, response and errors.`));
  lines.push('export const operationValidators = {');
  for (const op of model.operations) {
    lines.push(`  ${quoteKey(op.name)}: {`);
    const mine = entries.flatMap((e) => e.usage.filter((u) => u.operation === op.name).map((u) => ({ e, u })));
    for (const { e, u } of mine.filter(({ u }) => u.role !== 'errorBody' && u.role !== 'errorHeaders')) lines.push(`    ${u.role}: v.${e.validator},`);
    for (const role of ['errorBody', 'errorHeaders'] as const) {
      const errs = mine.filter(({ u }) => u.role === role);
      if (!errs.length) continue;
      lines.push(`    ${role === 'errorBody' ? 'errors' : 'errorHeaders'}: {`);
      for (const { e } of errs) lines.push(`      ${quoteKey(e.shape ? model.shapes.get(e.shape)!.name : e.name)}: v.${e.validator},`);
      lines.push('    },');
    }
    lines.push('  },');
  }
  lines.push('} as const;');
  return `${lines.join('\n')}\n`;
}

/** Entry name → its `$defs` key, validator export and where it is used (same in both modes). */
export function entryTable(entries: readonly SchemaEntry[]): string {
  const lines = [docComment('Entries of the schema documents: `$defs` key, validator export name, and the operations and roles that use each.'), 'export const schemaEntries = {'];
  for (const e of entries) {
    const usage = e.usage.map((u) => `{ operation: ${jsString(u.operation)}, role: ${jsString(u.role)}${u.status !== undefined ? `, status: ${u.status}` : ''} }`).join(', ');
    lines.push(`  ${quoteKey(e.name)}: { def: ${jsString(e.def)}, validator: ${jsString(e.validator)}, usage: [${usage}] },`);
  }
  lines.push('} as const;', '', 'export type SchemaEntryName = keyof typeof schemaEntries;');
  return `${lines.join('\n')}\n`;
}
