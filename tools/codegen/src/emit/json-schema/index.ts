/**
 * @ota-contract/json-schema: per mode (strict, lenient) one draft 2020-12 document with `$defs` per
 * shape and an entry per request part, response and error body; the document precompiled into ESM
 * validators with ajv's results and errors (`validateSJson` per shape, `validate<Entry>` per HTTP part) with
 * their `.d.ts`; and tables of entries and validators by operation. File names do not depend on
 * the model.
 */

import ajvPackage from 'ajv/package.json' with { type: 'json' };
import type { IrModel } from '../../ir/types.js';
import { generatedPath, names } from '../../naming/index.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import type { ValidationMode } from '../shared/json-schema-defs.js';
import { entryTable, operationTable, validatorDeclarations } from './declarations.js';
import { buildDocument } from './document.js';
import { buildEntries } from './entries.js';
import type { ValidatorJob, ValidatorModule } from './job.js';
import { emitValidators } from './validator-code/index.js';
import { jsonText } from '../../naming/escape.js';

export const MODES: readonly ValidationMode[] = ['strict', 'lenient'];

/** Export name → `$defs` key: every shape, then every entry whose validator is not a shape's. */
function validatorExports(model: IrModel, entries: ReturnType<typeof buildEntries>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of model.shapeOrder) {
    const shape = model.shapes.get(id)!;
    if (!shape.prelude) out.set(names.validator(shape), names.jsonSchemaDef(shape));
  }
  for (const e of entries) if (!out.has(e.validator)) out.set(e.validator, e.def);
  return out;
}

/** Closure size up to which entry validators are compiled with every `$ref` inlined. */
export const INLINE_ENTRIES_UP_TO_SHAPES = 400;

/**
 * Schema objects an inlined entry may hold. Inlining copies a shared subtree once per use: batch's
 * lenient DescribeJobsResponse became a 1.5 MB function of ~2,200 schema objects (its three largest
 * entries were half of the module, and batch's generation ~2.5× the CPU per shape of the median
 * model). GetOTAUpdateResponse, whose validation speed `pnpm bench:validate` holds, is ~210.
 */
export const INLINE_ENTRY_UP_TO_SCHEMAS = 400;

/** Everything of one mode but its precompiled validators. */
export interface ModePlan {
  mode: ValidationMode;
  entries: ReturnType<typeof buildEntries>;
  exported: Map<string, string>;
  /** The document (`job.document`) and what of it to precompile. */
  job: ValidatorJob;
}

export function planMode(model: IrModel, mode: ValidationMode): ModePlan {
  const entries = buildEntries(model, { mode });
  const document = buildDocument(model, mode, entries);
  const exported = validatorExports(model, entries);
  // Entries (what services and contract tests validate) compile to one function each; shape validators keep their `$ref` calls.
  // Inlining copies an entry's whole closure into it: worth it for a few operations (GetOTAUpdate's
  // validators run ~3× faster), but quadratic in size on whole-service models, so large models keep refs.
  const small = model.shapeOrder.length <= INLINE_ENTRIES_UP_TO_SHAPES;
  const job: ValidatorJob = { document, exports: Object.fromEntries(exported), inlineInto: small ? entries.map((e) => e.def) : [], inlineUpTo: INLINE_ENTRY_UP_TO_SCHEMAS, options: { ajvInlineRefs: small } };
  return { mode, entries, exported, job };
}

function modeFiles(model: IrModel, { mode, entries, exported, job: { document } }: ModePlan, validators: ValidatorModule): GeneratedFile[] {
  const imports = validators.imports.length ? `Imports only ${validators.imports.join(', ')}` : 'Imports nothing';
  const header = `/* ${mode === 'strict' ? 'Strict' : 'Lenient'} validators precompiled from ${mode}.gen.json: the results and errors of ajv ${AJV_VERSION} (Ajv2020, the package's ajvOptions). ${imports}; nothing is compiled at run time (CSP-safe). */\n`;
  return [
    { path: generatedPath('jsonSchema', `${mode}.gen.json`), contents: `${jsonText(document, 2)}\n` },
    { path: generatedPath('jsonSchema', `validators.${mode}.gen.js`), contents: header + validators.code },
    { path: generatedPath('jsonSchema', `validators.${mode}.gen.d.ts`), contents: validatorDeclarations(model, mode, entries, exported) },
    { path: generatedPath('jsonSchema', `operations.${mode}.gen.ts`), contents: operationTable(model, mode, entries) },
  ];
}

/** Recorded in the generated header: the errors are those of this ajv version. */
const AJV_VERSION: string = ajvPackage.version;

export const jsonSchemaEmitter: Emitter = {
  name: 'json-schema',
  emit(model) {
    const plans = MODES.map((mode) => planMode(model, mode));
    return [
      ...plans.flatMap((plan) => modeFiles(model, plan, emitValidators(plan.job))),
      { path: generatedPath('jsonSchema', 'entries.gen.ts'), contents: entryTable(plans.find((p) => p.mode === 'strict')!.entries) },
    ];
  },
};
