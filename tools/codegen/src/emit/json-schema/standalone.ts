/**
 * Precompiled validators: the document compiled by ajv (Ajv2020, `strict: true`) into standalone
 * ESM source, inside the emitter, so consumers validate with no `ajv.compile` at run time and no
 * `new Function` (CSP-safe). A fresh ajv instance per call keeps the output a pure function of the
 * document (ajv numbers its functions per instance).
 */

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats, { type FormatName } from 'ajv-formats';
import type { JsonSchema, JsonValue } from '../shared/json-schema-defs.js';
import { compileCopy, defKeyOf, defPointer, LOCAL_DEF, subschemasOf } from './compile-copy.js';
import { memoizedUriResolver } from './uri-resolver.js';
import { standaloneModule } from './standalone-module.js';
import { dropStaticEvaluated, guardCodePointCounts, markPatternsPure, toEsmImports } from './postprocess.js';

/**
 * Options the precompiled code is built with, and that README tells ajv users to pass. `ownProperties`
 * makes a member named `constructor` or `toString` be looked up on the payload, not its prototype;
 * the precompiled code turns it off when no property name of the model is an `Object.prototype` one,
 * where it changes nothing but speed.
 */
export const AJV_OPTIONS = { strict: true, allErrors: false, ownProperties: true, unicodeRegExp: true } as const;

export { defPointer } from './compile-copy.js';

/** One document to precompile: `exports` maps export name → `$defs` key. */
export interface StandaloneJob {
  document: JsonSchema;
  exports: Readonly<Record<string, string>>;
  /** `$defs` keys (entries) compiled with every `$ref` inlined, each while no larger than `inlineUpTo`. */
  inlineInto: readonly string[];
  /** Schema objects an inlined entry may hold (compile-copy.ts `inlinedSizeWithin`); default no limit. */
  inlineUpTo?: number;
  options: { ajvInlineRefs?: boolean };
}

export interface StandaloneResult {
  code: string;
  /** Module specifiers the code imports (only `ajv/dist/runtime/*`, plus ajv-formats when a format is used). */
  imports: string[];
}

/** Body of the functions ajv evaluates while compiling the document: they exist for their `.source` only. */
const NOT_EVALUATED = 'return function sourceOnly() { throw new Error("compiled for standalone source only"); }';

/** One meta-schema validator per thread for every document: each ajv instance would compile its own (~80 ms). */
let metaSchemaAjv: Ajv2020 | undefined;

/** Throws unless `document` (as shipped, annotations included) is a valid draft 2020-12 schema. */
export function assertValidDocument(document: JsonSchema): void {
  metaSchemaAjv ??= new Ajv2020({ ...AJV_OPTIONS, logger: false });
  if (!metaSchemaAjv.validateSchema(document)) {
    throw new Error(`json-schema: ${String(document.$id)} is not a valid 2020-12 schema: ${metaSchemaAjv.errorsText(metaSchemaAjv.errors)}`);
  }
}

/** A strict ajv instance holding the document (compiled copy), and the export → reference map for it. */
export interface PreparedAjv {
  ajv: Ajv2020;
  /** Export name → `$id#/$defs/…`, one name per definition (see `aliases`). */
  refs: Record<string, string>;
  /** `export const` lines for further names of an already exported definition. */
  aliases: string[];
  /** ajv's warnings and errors so far; compilation happens when the code is assembled. */
  complaints: string[];
  id: string;
  /** The compiled definitions (merged: see `representative`). */
  defs: Readonly<Record<string, JsonValue>>;
  /** Document `$defs` key → the compiled definition standing for it. */
  representative: ReadonlyMap<string, string>;
}

export function prepareAjv({ document, exports, inlineInto, inlineUpTo, options }: StandaloneJob): PreparedAjv {
  const { schema: compiled, formats, needsOwnProperties, representative } = compileCopy(document, inlineInto, inlineUpTo);
  const complaints: string[] = [];
  const logger = { log: () => {}, warn: (...a: unknown[]) => complaints.push(a.join(' ')), error: (...a: unknown[]) => complaints.push(a.join(' ')) };
  const id = compiled.$id as string;
  // ajv evaluates each function it generates (`new Function`), ~15% of the run on large models;
  // only the source text is wanted here, so the document's functions are not evaluated.
  const sourceOnly = (code: string, env?: { root: { baseId: string } }) => (env?.root.baseId === id ? NOT_EVALUATED : code);
  assertValidDocument(document);
  // Checked against the meta-schema above, so this instance neither loads nor compiles it. ajv's
  // code optimiser stays off: it took 40% of GetOTAUpdate's generation for output 10% smaller
  // (gzipped) and no faster (`pnpm bench:validate`, BENCHMARKS.md).
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ownProperties: needsOwnProperties, inlineRefs: options.ajvInlineRefs ?? true, logger, meta: false, validateSchema: false, uriResolver: memoizedUriResolver(), code: { source: true, esm: true, lines: true, optimize: false, process: sourceOnly } });
  if (formats.length) addFormats(ajv, formats as FormatName[]);
  ajv.addSchema(compiled);
  // ajv's standalone code repeats a function exported under two names (a redeclaration error), so
  // each definition is exported once and further names become aliases.
  const refs: Record<string, string> = {};
  const firstByDef = new Map<string, string>();
  const aliases: string[] = [];
  for (const [name, exported] of Object.entries(exports)) {
    const def = representative.get(exported) ?? exported;
    const first = firstByDef.get(def);
    if (first === undefined) {
      firstByDef.set(def, name);
      refs[name] = `${id}${defPointer(def)}`;
    } else aliases.push(`export const ${name} = ${first};`);
  }
  return { ajv, refs, aliases, complaints, id, defs: compiled.$defs as Record<string, JsonValue>, representative };
}

/** `$defs` keys reachable from `roots`, each after every key its definition refers to (cycles cut). */
export function dependenciesFirst(defs: Readonly<Record<string, JsonValue>>, roots: Iterable<string>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key) || !Object.hasOwn(defs, key)) return;
    seen.add(key);
    for (const target of refTargets(defs[key]!)) visit(target);
    order.push(key);
  };
  for (const root of roots) visit(root);
  return order;
}

/** The `$defs` keys a schema refers to through local `#/$defs/…` references, in document order. */
function refTargets(schema: JsonValue, out: string[] = []): string[] {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return out;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith(LOCAL_DEF)) out.push(defKeyOf(schema.$ref));
  for (const sub of subschemasOf(schema)) refTargets(sub, out);
  return out;
}

/**
 * Compiles the exported definitions, each after the ones it refers to. ajv compiles a definition
 * twice when a `$ref` reaches it before it is exported (the `$ref` and the export each get a
 * function); compiled in this order, every `$ref` finds the exported function. A third fewer
 * functions on large models; only recursive definitions are still compiled twice.
 */
export function compileDependenciesFirst({ ajv, refs, defs, representative }: PreparedAjv, { exports }: StandaloneJob): void {
  const compiledDef = (exported: string) => representative.get(exported) ?? exported;
  const refByDef = new Map(Object.entries(refs).map(([name, ref]) => [compiledDef(exports[name]!), ref]));
  for (const def of dependenciesFirst(defs, Object.values(exports).map(compiledDef))) {
    const ref = refByDef.get(def);
    if (ref !== undefined) ajv.getSchema(ref);
  }
}

/**
 * Compiles the job's exports to one ESM module. Throws on any ajv warning, so a schema that strict
 * ajv merely tolerates never ships.
 */
export function compileStandalone(job: StandaloneJob): StandaloneResult {
  const prepared = prepareAjv(job);
  const { ajv, refs, aliases, complaints, id } = prepared;
  compileDependenciesFirst(prepared, job);
  const source = standaloneModule(ajv, refs);
  if (complaints.length) throw new Error(`json-schema: ajv complained while compiling ${id}:\n${complaints.join('\n')}`);
  const result = toEsmImports(markPatternsPure(dropStaticEvaluated(guardCodePointCounts(source))));
  return aliases.length ? { ...result, code: `${result.code}${aliases.join('\n')}\n` } : result;
}
