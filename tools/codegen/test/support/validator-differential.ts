/**
 * The differential check of generated validators against runtime ajv (validator-oracle.ts): per
 * export, schema-driven inputs (validator-inputs.ts) judged by both; they agree when the boolean is
 * the same and `errors` deep-strictly equal (node:util isDeepStrictEqual: instancePath, schemaPath,
 * keyword, params, message, propertyName, no extra fields), on a first and on a second call (so
 * `errors` is reset to null after a pass). The module must also export exactly the job's names,
 * and names of one compiled definition must be one function (aliases), others distinct.
 */

import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { buildIr } from '../../src/ir/build.js';
import { parseModel } from '../../src/load/read.js';
import { MODES, planMode } from '../../src/emit/json-schema/index.js';
import type { ValidatorJob } from '../../src/emit/json-schema/job.js';
import type { ValidationMode } from '../../src/emit/shared/json-schema-defs.js';
import { InputGenerator } from './validator-inputs.js';
import { buildOracle, loadModule, type Subject, type Validator } from './validator-oracle.js';
import { describeValue } from './validator-values.js';

const root = resolve(import.meta.dirname, '../../../..');

export interface CheckOptions {
  /** Inputs per export (default 40). */
  runs?: number;
  /** At most this many inputs per mode: runs per export shrink to fit, down to `minRuns` (default unlimited). */
  maxInputsPerMode?: number;
  minRuns?: number;
  /** fast-check seed (default FC_SEED or 20251202); each export derives its own from it. */
  seed?: number;
  /** Shrink a counterexample (default true): slower on a failure, far easier to read. */
  shrink?: boolean;
  /** Stop at the first export with a mismatch (a fault test needs one, not all). */
  stopAtFirst?: boolean;
  /** Called with each export's seconds (profiling). */
  onExport?: (name: string, seconds: number) => void;
}

export interface Mismatch {
  mode: string;
  exportName: string;
  input: string;
  /** Which call disagreed: the first, or a second call on the same input. */
  call: 'first' | 'second';
  expected: string;
  actual: string;
  /** fast-check seed and path that replay it. */
  replay: string;
}

export interface ModeReport {
  mode: string;
  exports: number;
  inputs: number;
  /** Inputs ajv accepted: the generator must reach both verdicts to test anything. */
  accepted: number;
  /** Distinct error sites (schemaPath + keyword) among ajv's errors: how far past the first failure inputs reach. */
  sites: number;
  /** One per export that has a counterexample (shrunk), plus structural problems of the module. */
  mismatches: Mismatch[];
  problems: string[];
}

export const defaultSeed = () => (process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251202);

/** 32-bit FNV-1a: a stable per-export seed offset. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const verdict = (valid: unknown, errors: unknown) => JSON.stringify({ valid, errors }, (_k, v) => (v === undefined ? '<undefined>' : v));

/** One call's outcome: the boolean and `errors`, or what it threw (both sides must throw alike, too). */
function run(validate: Validator, input: unknown): { valid: unknown; errors: unknown } {
  try {
    const valid = validate(input);
    return { valid, errors: validate.errors };
  } catch (e) {
    return { valid: 'threw', errors: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

export interface Judgement {
  /** ajv's verdict. */
  accepted: boolean;
  /** ajv's errors (null when it accepted, a message when it threw). */
  errors: unknown;
  /** What differs, when subject and oracle disagree (on the first or the second subject call). */
  mismatch?: Pick<Mismatch, 'call' | 'expected' | 'actual'>;
}

export function judge(oracle: Validator, subject: Validator, input: unknown): Judgement {
  const want = run(oracle, input);
  const accepted = want.valid === true;
  for (const call of ['first', 'second'] as const) {
    const got = run(subject, input);
    if (got.valid !== want.valid || !isDeepStrictEqual(got.errors, want.errors)) return { accepted, errors: want.errors, mismatch: { call, expected: verdict(want.valid, want.errors), actual: verdict(got.valid, got.errors) } };
  }
  return { accepted, errors: want.errors };
}

/** Schema objects in a schema, `$ref`s not followed. */
function schemaObjects(schema: unknown): number {
  if (Array.isArray(schema)) return schema.reduce((n: number, s) => n + schemaObjects(s), 0);
  if (schema === null || typeof schema !== 'object') return 0;
  let n = 1;
  for (const [key, value] of Object.entries(schema)) if (key !== 'enum' && key !== 'required') n += value !== null && typeof value === 'object' ? schemaObjects(value) - (key === 'properties' || key === 'patternProperties' ? 1 : 0) : 0;
  return n;
}

/** Export names, alias grouping and function-ness of a loaded module against the job. */
function moduleProblems(job: ValidatorJob, compiledDef: Record<string, string>, module: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const names = Object.keys(job.exports);
  const extra = Object.keys(module).filter((k) => !Object.hasOwn(job.exports, k));
  if (extra.length) problems.push(`exports names the job does not: ${extra.join(', ')}`);
  const byDef = new Map<string, string>();
  for (const name of names) {
    const fn = module[name];
    if (typeof fn !== 'function') {
      problems.push(`${name} is not exported as a function`);
      continue;
    }
    const first = byDef.get(compiledDef[name]!);
    if (first === undefined) byDef.set(compiledDef[name]!, name);
    else if (module[first] !== fn) problems.push(`${name} and ${first} validate one definition (${compiledDef[name]}) but are different functions (ajv: an alias)`);
  }
  const firsts = [...byDef.values()];
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) {
      if (module[firsts[i]!] === module[firsts[j]!]) problems.push(`${firsts[i]} and ${firsts[j]} are one function, ajv has two (different definitions)`);
    }
  }
  return problems;
}

/** Compares a loaded module (the subject) with runtime ajv on one job. */
export function checkModule(mode: string, job: ValidatorJob, module: Record<string, unknown>, options: CheckOptions = {}): ModeReport {
  const oracle = buildOracle(job);
  const names = Object.keys(job.exports);
  const problems = moduleProblems(job, oracle.compiledDef, module);
  const seed = options.seed ?? defaultSeed();
  const runs = options.runs ?? 40;
  // Larger definitions (inlined entries) hold more error sites, each needing its own input past
  // allErrors:false's first failure: runs grow with the schema objects, up to 20 times.
  const weight = new Map(names.map((n) => [n, Math.min(20, Math.max(1, Math.ceil(schemaObjects(oracle.defs[oracle.compiledDef[n]!]) / 25)))]));
  const wanted = names.reduce((sum, n) => sum + runs * weight.get(n)!, 0);
  const scale = options.maxInputsPerMode && wanted > options.maxInputsPerMode ? options.maxInputsPerMode / wanted : 1;
  const runsOf = (name: string) => Math.max(options.minRuns ?? 5, Math.floor(runs * weight.get(name)! * scale));
  const generator = new InputGenerator(oracle.defs);
  const mismatches: Mismatch[] = [];
  let inputs = 0;
  let accepted = 0;
  const sites = new Set<string>();
  for (const name of names) {
    if (options.stopAtFirst && mismatches.length) break;
    const subject = module[name];
    if (typeof subject !== 'function') continue;
    const started = performance.now();
    const expected = oracle.validators[name]!;
    const exportSeed = (seed + hash(`${mode}:${name}`)) | 0;
    const arb = generator.forDef(oracle.compiledDef[name]!);
    let verdicts = 0;
    const property = fc.property(arb, (v) => {
      const { accepted: ok, errors, mismatch } = judge(expected, subject as Validator, v);
      if (ok) verdicts++;
      if (Array.isArray(errors)) for (const e of errors as { schemaPath: string; keyword: string }[]) sites.add(`${e.schemaPath} ${e.keyword}`);
      return mismatch === undefined;
    });
    const details = fc.check(property, { seed: exportSeed, numRuns: runsOf(name), endOnFailure: options.shrink === false });
    inputs += details.numRuns;
    // Shrinking judges more inputs: count acceptances of the passing runs only.
    if (!details.failed) accepted += verdicts;
    if (details.failed && details.counterexample) {
      const input = details.counterexample[0];
      const diff = judge(expected, subject as Validator, input).mismatch;
      mismatches.push({ mode, exportName: name, input: describeValue(input), call: diff?.call ?? 'first', expected: diff?.expected ?? '(agrees on replay)', actual: diff?.actual ?? '(agrees on replay)', replay: `seed ${exportSeed}, path "${details.counterexamplePath}"` });
    } else if (details.failed) {
      mismatches.push({ mode, exportName: name, input: '(none)', call: 'first', expected: '', actual: details.interrupted ? 'fast-check was interrupted' : 'fast-check skipped too many inputs', replay: `seed ${exportSeed}` });
    }
    options.onExport?.(name, (performance.now() - started) / 1000);
  }
  return { mode, exports: names.length, inputs, accepted, sites: sites.size, mismatches, problems };
}

/** The model file's IR and the json-schema job of each mode, as the generator plans them. */
export function jobsOf(file: string): { mode: ValidationMode; job: ValidatorJob }[] {
  const source = relative(root, file);
  const model = buildIr(parseModel(readFileSync(file, 'utf8'), source), { source });
  return MODES.map((mode) => ({ mode, job: planMode(model, mode).job }));
}

/** A planned job as whole-service models get it (over INLINE_ENTRIES_UP_TO_SHAPES shapes): no entry inlined, ajv's inlineRefs off. */
export const withoutInlining = (job: ValidatorJob): ValidatorJob => ({ ...job, inlineInto: [], options: { ajvInlineRefs: false } });

/** Emits each mode's module with the subject, imports it and compares it with runtime ajv. */
export async function checkModelFile(file: string, subject: Subject, options: CheckOptions & { job?: (job: ValidatorJob) => ValidatorJob } = {}): Promise<ModeReport[]> {
  const reports: ModeReport[] = [];
  for (const planned of jobsOf(file)) {
    const { mode } = planned;
    const job = options.job ? options.job(planned.job) : planned.job;
    const module = await loadModule(subject.emit(job).code);
    reports.push(checkModule(mode, job, module, options));
  }
  return reports;
}

/** Human-readable lines for a model's mismatches and problems (empty when all agree). */
export function formatFindings(model: string, reports: readonly ModeReport[]): string[] {
  return reports.flatMap((r) => [
    ...r.problems.map((p) => `${model} ${r.mode}: ${p}`),
    ...r.mismatches.map((m) => [`${model} ${m.mode} ${m.exportName} (${m.call} call; replay: ${m.replay})`, `  input:    ${m.input}`, `  ajv:      ${m.expected}`, `  emitted:  ${m.actual}`].join('\n')),
  ]);
}
