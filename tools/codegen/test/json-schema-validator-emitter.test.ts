/**
 * The precompiled validators against runtime ajv, differentially: for every export of every
 * feature model, GetOTAUpdate and a few small AWS models, in both modes, the emitted module and
 * ajv compiling the same compiled copy with the same options must return the same boolean and
 * deep-equal `errors` on schema-driven inputs (test/support/validator-*.ts). The module under test
 * is `emitValidators` (validator-code/).
 *
 * The second part plants faults in the emitted code (an error message, a maxLength bound,
 * a required member, the reset of `errors`, instancePath escaping, an enum error in an anyOf
 * branch, an alias) and requires each to
 * be reported, so the comparison cannot pass by comparing nothing.
 *
 * FC_SEED overrides the fast-check seed; a mismatch prints the seed and path that replay it.
 */

import { readdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitValidators } from '../src/emit/json-schema/validator-code/index.js';
import { checkModelFile, checkModule, formatFindings, jobsOf, withoutInlining } from './support/validator-differential.js';
import { chooseSubject, loadModule, scratchDirectory } from './support/validator-oracle.js';

const root = resolve(import.meta.dirname, '../../..');
const modelsDir = join(root, 'tools/codegen/test/models');
const awsDir = join(root, '../shared/upstream/aws-models/restJson1');
const getOtaUpdate = join(root, 'models/iot/get-ota-update.json');

/**
 * Four of the smallest shared restJson1 models (by file size), for AWS-shaped documents beyond IoT;
 * and greengrassv2, whose one-sided float ranges give anyOf branches `{type: string, enum: [one value]}`
 * (where ajv reports the enum error after the type error): the first emitter mismatch the corpus script found.
 */
const AWS_MODELS = ['eks-auth-2023-11-26.json', 'apigatewaymanagementapi-2018-11-29.json', 'cloudtrail-data-2021-08-11.json', 'kinesis-video-signaling-2019-12-04.json', 'greengrassv2-2020-11-30.json'];

// unsupported-protocol.json does not generate (as in the other feature-model tests).
const featureModels = readdirSync(modelsDir).filter((f) => f.endsWith('.json') && f !== 'unsupported-protocol.json').sort().map((f) => join(modelsDir, f));
const models = [getOtaUpdate, ...featureModels, ...AWS_MODELS.map((f) => join(awsDir, f))];

/** Inputs per export (times up to 20 for large definitions, validator-differential.ts), and per mode at most. */
const RUNS = 60;
const MAX_INPUTS_PER_MODE = 10_000;

const subject = await chooseSubject();
console.log(`validators under test: ${subject.name}`);
afterAll(() => {
  const dir = scratchDirectory();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`${subject.name} ≡ runtime ajv (both modes, every export)`, () => {
  it.each(models.map((file) => [basename(file), file]))('%s', async (_name, file) => {
    const reports = await checkModelFile(file, subject, { runs: RUNS, maxInputsPerMode: MAX_INPUTS_PER_MODE });
    expect(formatFindings(basename(file), reports)).toEqual([]);
    for (const r of reports) {
      // Both verdicts must occur, or the inputs did not exercise the validators.
      expect(r.accepted, `${r.mode}: inputs ajv accepts`).toBeGreaterThan(0);
      expect(r.accepted, `${r.mode}: inputs ajv rejects`).toBeLessThan(r.inputs);
    }
  });
});

// Small models inline their entries and let ajv inline references; whole-service models do neither
// (index.ts INLINE_ENTRIES_UP_TO_SHAPES): functions call each other, errors come back through calls.
describe(`${subject.name} ≡ runtime ajv with whole-service options (no inlining)`, () => {
  const sample = [getOtaUpdate, ...['recursion.json', 'unions.json', 'collections.json', 'reserved-names.json', 'fixtures-union-document.json'].map((f) => join(modelsDir, f)), join(awsDir, AWS_MODELS[3]!)];
  it.each(sample.map((file) => [basename(file), file]))('%s', async (_name, file) => {
    const reports = await checkModelFile(file, subject, { runs: RUNS, maxInputsPerMode: MAX_INPUTS_PER_MODE, job: withoutInlining });
    expect(formatFindings(`${basename(file)} (no inlining)`, reports)).toEqual([]);
  });
});

interface Fault {
  name: string;
  model: string;
  mode: 'strict' | 'lenient';
  /** The planted fault: a small edit of the emitted module's text. */
  plant: (code: string) => string;
}

/** Replaces the first match of `re` (or every match, with the g flag) and insists that something matched. */
const edit = (re: RegExp, to: string) => (code: string) => {
  if (!re.test(code)) throw new Error(`fault pattern ${re} not found in the module`);
  re.lastIndex = 0;
  return code.replace(re, to);
};

const FAULTS: Fault[] = [
  { name: 'one error message changed', model: getOtaUpdate, mode: 'strict', plant: edit(/message: "must be string"/, 'message: "must be a string"') },
  // Only the code point count (behind the UTF-16 length guard): caught only by astral strings of exactly maxLength code points.
  { name: 'maxLength: > became >= in the code point comparison', model: getOtaUpdate, mode: 'strict', plant: edit(/(func\d+\(\w+\)) > (\d+)/g, '$1 >= $2') },
  { name: 'a required member no longer checked', model: getOtaUpdate, mode: 'strict', plant: edit(/if \((\w+)\["(\w+)"\] === undefined\)/, 'if (false)') },
  { name: 'errors not reset to null after a pass', model: getOtaUpdate, mode: 'strict', plant: edit(/^(check\d+)\.errors = null;$/gm, '') },
  { name: 'instancePath no longer escapes ~', model: getOtaUpdate, mode: 'strict', plant: edit(/\.replace\(\/~\/g, "~0"\)/g, '') },
  // The emitter's first corpus mismatch, replayed: a one-value enum left unchecked after its branch's type check failed.
  { name: 'an anyOf branch skips its enum error after a type error', model: join(awsDir, 'greengrassv2-2020-11-30.json'), mode: 'strict', plant: edit(/if \(!\((\w+) === ("[^"]*")\)\) \{/g, 'if (typeof $1 === "string" && !($1 === $2)) {') },
  { name: 'an alias became a function of its own', model: join(modelsDir, 'java-patterns.json'), mode: 'lenient', plant: edit(/^export const (\w+) = (validate[A-Z]\w*);$/m, 'export const $1 = (data) => $2(data);') },
];

describe('the comparison reports planted faults (emitted code, edited)', () => {
  const jobOf = (model: string, mode: string) => jobsOf(model).find((j) => j.mode === mode)!.job;

  it('agrees with the unedited code (control)', async () => {
    const job = jobOf(getOtaUpdate, 'strict');
    const report = checkModule('strict', job, await loadModule(emitValidators(job).code), { runs: RUNS });
    expect(formatFindings('get-ota-update.json', [report])).toEqual([]);
  });

  it.each(FAULTS.map((f) => [f.name, f] as const))('%s', async (_name, fault) => {
    const job = jobOf(fault.model, fault.mode);
    const code = emitValidators(job).code;
    const faulty = fault.plant(code);
    expect(faulty).not.toBe(code);
    const report = checkModule(fault.mode, job, await loadModule(faulty), { runs: 100, shrink: false, stopAtFirst: true });
    expect(report.mismatches.length + report.problems.length, 'mismatches reported').toBeGreaterThan(0);
  });
});
