/**
 * Precompiled validators: the document compiled by ajv (Ajv2020, `strict: true`) into standalone
 * ESM source, inside the emitter, so consumers validate with no `ajv.compile` at run time and no
 * `new Function` (CSP-safe). A fresh ajv instance per call keeps the output a pure function of the
 * document (ajv numbers its functions per instance).
 */

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats, { type FormatName } from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { JsonSchema } from '../shared/json-schema-defs.js';
import { compileCopy } from './compile-copy.js';
import { dropStaticEvaluated, guardCodePointCounts, markPatternsPure, toEsmImports } from './postprocess.js';

/**
 * Options the precompiled code is built with, and that README tells ajv users to pass. `ownProperties`
 * makes a member named `constructor` or `toString` be looked up on the payload, not its prototype;
 * the precompiled code turns it off when no property name of the model is an `Object.prototype` one,
 * where it changes nothing but speed.
 */
export const AJV_OPTIONS = { strict: true, allErrors: false, ownProperties: true, unicodeRegExp: true } as const;

/** JSON Pointer token of a `$defs` key, URI-encoded for use in a fragment. */
export function defPointer(key: string): string {
  return `#/$defs/${encodeURI(key.replace(/~/g, '~0').replace(/\//g, '~1'))}`;
}

export interface StandaloneResult {
  code: string;
  /** Module specifiers the code imports (only `ajv/dist/runtime/*`, plus ajv-formats when a format is used). */
  imports: string[];
}

/**
 * Compiles `exports` (export name → `$defs` key) of `document` to one ESM module. Throws on any
 * ajv warning, so a schema that strict ajv merely tolerates never ships.
 */
export function compileStandalone(
  document: JsonSchema,
  exports: Readonly<Record<string, string>>,
  inlineInto: readonly string[] = [],
  options: { ajvInlineRefs?: boolean } = {},
): StandaloneResult {
  const { schema: compiled, formats, needsOwnProperties } = compileCopy(document, inlineInto);
  const complaints: string[] = [];
  const logger = { log: () => {}, warn: (...a: unknown[]) => complaints.push(a.join(' ')), error: (...a: unknown[]) => complaints.push(a.join(' ')) };
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ownProperties: needsOwnProperties, inlineRefs: options.ajvInlineRefs ?? true, logger, code: { source: true, esm: true, lines: true, optimize: options.ajvInlineRefs === false ? false : 1 } });
  if (formats.length) addFormats(ajv, formats as FormatName[]);
  ajv.addSchema(compiled);
  const id = compiled.$id as string;
  // ajv's standalone code repeats a function exported under two names (a redeclaration error), so
  // each definition is exported once and further names become aliases.
  const refs: Record<string, string> = {};
  const firstByDef = new Map<string, string>();
  const aliases: string[] = [];
  for (const [name, def] of Object.entries(exports)) {
    const first = firstByDef.get(def);
    if (first === undefined) {
      firstByDef.set(def, name);
      refs[name] = `${id}${defPointer(def)}`;
    } else aliases.push(`export const ${name} = ${first};`);
  }
  const source = standaloneCode(ajv, refs);
  if (complaints.length) throw new Error(`json-schema: ajv complained while compiling ${id}:\n${complaints.join('\n')}`);
  const result = toEsmImports(markPatternsPure(dropStaticEvaluated(guardCodePointCounts(source))));
  return aliases.length ? { ...result, code: `${result.code}${aliases.join('\n')}\n` } : result;
}
