/**
 * Precompiled validators written from the schema document by our own emitter, with what ajv 8.20
 * (Ajv2020, `AJV_OPTIONS`) compiling the same copy would decide and report: the same results and
 * the same error objects (`tools/codegen/test/json-schema-validator-emitter.test.ts` holds both to
 * each other). Why not ajv's standalone code: compiling the document with ajv was about 45% of
 * generating a whole-service model (AWS IoT, ~1.6 s of CPU for both modes); this emitter writes
 * the same modules in about a third of that, cold (BENCHMARKS.md). The module imports only ajv's run-time helpers and ajv-formats' formats,
 * compiles nothing at run time (CSP-safe), and has no top-level side effects.
 */

import type { JsonValue } from '../../shared/json-schema-defs.js';
import { compileCopy } from '../compile-copy.js';
import type { ValidatorJob, ValidatorModule } from '../job.js';
import type { Context, FunctionState } from './errors.js';
import { SchemaError } from './keywords.js';
import { ModuleState } from './module-state.js';
import { schemaCode } from './schema.js';

/** ESM export names must be plain identifiers that no internal name can shadow. */
const IDENTIFIER = /^[A-Za-z$_][A-Za-z$_0-9]*$/;
const INTERNAL = /^(?:check|pattern|enum|set|func|formats|cjs)\d+$|^(?:pick|data|instancePath|vErrors|errors)$/;

function functionCode(m: ModuleState, key: string, name: string): string {
  const fn: FunctionState = { name, collects: false, nextId: 0 };
  const ctx: Context = { fn, data: 'data', path: [], schemaPath: '#', composite: false, createErrors: true };
  const body = schemaCode(m, ctx, m.defs[key]!);
  const counters = fn.collects ? 'let vErrors = null;\nlet errors = 0;\n' : '';
  return `function ${name}(data, instancePath = "") {\n${counters}${body}${body ? '\n' : ''}${name}.errors = null;\nreturn true;\n}\n`;
}

/** The job's exports as one ESM module. Throws, naming the keyword and where, on a schema it cannot compile. */
export function emitValidators(job: ValidatorJob): ValidatorModule {
  const { schema: compiled, needsOwnProperties, representative } = compileCopy(job.document, job.inlineInto, job.inlineUpTo);
  const defs = compiled.$defs as Record<string, JsonValue>;
  const m = new ModuleState(defs, job.options.ajvInlineRefs ?? true, needsOwnProperties);
  const exports: string[] = [];
  const aliases: string[] = [];
  const firstByDef = new Map<string, string>();
  for (const [name, exported] of Object.entries(job.exports)) {
    if (!IDENTIFIER.test(name) || INTERNAL.test(name)) throw new SchemaError(`json-schema: ${JSON.stringify(name)} cannot be an export name of the validators module`);
    const def = representative.get(exported) ?? exported;
    if (!Object.hasOwn(defs, def)) throw new SchemaError(`json-schema: export ${name} names no definition (${JSON.stringify(exported)})`);
    const first = firstByDef.get(def);
    // One function per definition; further names of it are aliases.
    if (first !== undefined) aliases.push(`export const ${name} = ${first};`);
    else {
      firstByDef.set(def, name);
      exports.push(`export const ${name} = ${m.functionFor(def)};`);
    }
  }
  const functions: string[] = [];
  for (let i = 0; i < m.pending.length; i++) {
    const key = m.pending[i]!;
    try {
      functions.push(functionCode(m, key, m.functionFor(key)));
    } catch (e) {
      if (e instanceof SchemaError) throw new SchemaError(`json-schema: ${compiled.$id as string}, $defs ${JSON.stringify(key)}: ${e.message}`);
      throw e;
    }
  }
  const head = m.head();
  const code = `${head}${head ? '\n' : ''}${exports.join('\n')}\n\n${functions.join('\n')}${aliases.length ? `${aliases.join('\n')}\n` : ''}`;
  return { code, imports: m.importedSpecifiers() };
}
