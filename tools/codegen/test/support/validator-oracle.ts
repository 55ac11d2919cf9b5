/**
 * The two sides of the validator differential check.
 *
 * Oracle: runtime ajv (Ajv2020 + ajv-formats) compiling the compiled copy of a job's document
 * with the options the precompiled code is built with, one validator per export. This is what the
 * generated validators must behave like: same boolean, deep-equal `errors`.
 *
 * Subject: the module an emitter writes for the job, written to a scratch `.mjs` (its `ajv/…` and
 * `ajv-formats/…` imports made absolute) and imported. The emitter is `emitValidators`
 * (validator-code/index.ts) once that exists, else ajv's standalone code (`compileStandalone`), so
 * the harness runs before the new emitter lands; `VALIDATOR_SUBJECT=standalone` forces the latter.
 */

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats, { type FormatName } from 'ajv-formats';
import { compileCopy } from '../../src/emit/json-schema/compile-copy.js';
import { AJV_OPTIONS, compileStandalone, defPointer, type StandaloneJob, type StandaloneResult } from '../../src/emit/json-schema/standalone.js';

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

export function buildOracle(job: StandaloneJob): Oracle {
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
  name: 'emitValidators' | 'compileStandalone (ajv standalone fallback)';
  emit: (job: StandaloneJob) => StandaloneResult;
}

const emitterDir = resolve(import.meta.dirname, '../../src/emit/json-schema/validator-code');

/**
 * `emitValidators` when validator-code/index.ts exists and exports it, else `compileStandalone`.
 * An index that exists but fails to load is an error, never a silent fallback.
 */
export async function chooseSubject(): Promise<Subject> {
  const standalone: Subject = { name: 'compileStandalone (ajv standalone fallback)', emit: compileStandalone };
  if (process.env.VALIDATOR_SUBJECT === 'standalone' || !existsSync(join(emitterDir, 'index.ts'))) return standalone;
  const mod = (await import('../../src/emit/json-schema/validator-code/index.js' as string)) as { emitValidators?: Subject['emit'] };
  return typeof mod.emitValidators === 'function' ? { name: 'emitValidators', emit: mod.emitValidators } : standalone;
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
