/**
 * The two sides of the validator differential check.
 *
 * Oracle: runtime ajv (Ajv2020 + ajv-formats) compiling the compiled copy of a job's document
 * with the options the precompiled code is built with, one validator per export. This is what the
 * generated validators must behave like: same boolean, deep-equal `errors`.
 *
 * Subject: the module `emitValidators` (validator-code/index.ts) writes for the job, written to a
 * scratch `.mjs` (its `ajv/…` and `ajv-formats/…` imports made absolute) and imported.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats, { type FormatName } from 'ajv-formats';
import { compileCopy } from '../../src/emit/json-schema/compile-copy.js';
import { AJV_OPTIONS, defPointer, type ValidatorJob, type ValidatorModule } from '../../src/emit/json-schema/job.js';
import { emitValidators } from '../../src/emit/json-schema/validator-code/index.js';

/** An ajv-style validator: boolean result, `errors` set by each call. */
export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export interface Oracle {
  /** Export name → runtime-compiled validator. */
  validators: Record<string, Validator>;
  /** Export name → compiled `$defs` key (merged definitions share one). */
  compiledDef: Record<string, string>;
  /** The compiled copy's definitions, which input generation walks. */
  defs: Readonly<Record<string, unknown>>;
}

export function buildOracle(job: ValidatorJob): Oracle {
  const { schema, formats, needsOwnProperties, representative } = compileCopy(job.document, job.inlineInto, job.inlineUpTo);
  const complaints: string[] = [];
  const logger = { log: () => {}, warn: (...a: unknown[]) => complaints.push(a.join(' ')), error: (...a: unknown[]) => complaints.push(a.join(' ')) };
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ownProperties: needsOwnProperties, inlineRefs: job.options.ajvInlineRefs ?? true, logger });
  if (formats.length) addFormats(ajv, formats as FormatName[]);
  ajv.addSchema(schema);
  const id = schema.$id as string;
  const validators: Record<string, Validator> = {};
  const compiledDef: Record<string, string> = {};
  for (const [name, key] of Object.entries(job.exports)) {
    const def = representative.get(key) ?? key;
    const validate = ajv.getSchema(`${id}${defPointer(def)}`);
    if (!validate) throw new Error(`oracle: no definition ${def} for ${name}`);
    validators[name] = validate as Validator;
    compiledDef[name] = def;
  }
  if (complaints.length) throw new Error(`oracle: ajv complained compiling ${id}:\n${complaints.join('\n')}`);
  return { validators, compiledDef, defs: schema.$defs as Record<string, unknown> };
}

export interface Subject {
  /** Which emitter wrote the modules: printed by the test and the corpus script. */
  name: 'emitValidators';
  emit: (job: ValidatorJob) => ValidatorModule;
}

/** The emitter under test (async, as callers await it). */
export async function chooseSubject(): Promise<Subject> {
  return { name: 'emitValidators', emit: emitValidators };
}

/** Absolute URL of an `ajv…`/`ajv-formats…` specifier, resolved from here (with `.js` added when ESM needs it). */
function resolveRuntime(spec: string): string {
  for (const candidate of [spec, `${spec}.js`]) {
    try {
      return import.meta.resolve(candidate);
    } catch {
      /* try the next form */
    }
  }
  throw new Error(`validator module imports ${spec}, which does not resolve`);
}

const RUNTIME_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])((?:ajv|ajv-formats)(?:\/[^"']*)?)\2/g;

let scratchDir: string | undefined;
let moduleCount = 0;

/** Imports module text as written by an emitter; `dir` defaults to one scratch directory per process. */
export async function loadModule(code: string, dir?: string): Promise<Record<string, unknown>> {
  scratchDir ??= dir ?? mkdtempSync(join(tmpdir(), 'ota-validators-'));
  const file = join(dir ?? scratchDir, `validators-${process.pid}-${moduleCount++}.mjs`);
  writeFileSync(file, code.replace(RUNTIME_IMPORT, (_m, head: string, _q: string, spec: string) => `${head}${JSON.stringify(resolveRuntime(spec))}`));
  return (await import(file)) as Record<string, unknown>;
}

/** The scratch directory `loadModule` writes to (for cleanup), once it has written. */
export const scratchDirectory = () => scratchDir;
