/**
 * check:corpus on a fixed sample of AWS's published restJson1 models (../shared/upstream), spread
 * from 10 to about 400 shapes: each must generate, type-check without a diagnostic and pass every
 * runtime check (fixtures through zod and ajv, every MSW handler and forced error), each in its own
 * process group with a 2 GB heap. Two at a time; about 170 s of CPU in all (11–35 s a model, most of
 * it the type-check). The wall-clock bound per model is 300 s, not check:corpus's 120 s: the test
 * runs beside the rest of the suite on shared cores, and a hang is what it must catch.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { checkCorpus, recordLine } from '../../../../scripts/check-corpus.js';
import { repoRoot } from './harness.js';

const corpus = resolve(repoRoot, '../shared/upstream/aws-models/restJson1');

/** Shapes (IR count) in brackets, as measured; small to large. */
const SAMPLE = [
  'marketplace-reporting-2018-05-10', // 10
  'sso-2019-06-10', // 31
  'connect-contact-lens-2020-08-21', // 36: nested collections of long generic-pattern strings
  'iot-jobs-data-plane-2017-09-29', // 61
  'polly-2016-06-10', // 84
  'braket-2019-09-01', // 106
  'ivs-2020-07-14', // 190
  'batch-2016-08-10', // 263
  'appsync-2017-07-25', // 311
  'lambda-2015-03-31', // 375
];

it(`check:corpus passes end to end on ${SAMPLE.length} shared AWS models`, async () => {
  if (!existsSync(corpus)) throw new Error(`the shared upstream models are missing: ${corpus} (expected beside the repository)`);
  const models = SAMPLE.map((name) => join(corpus, `${name}.json`));
  const missing = models.filter((m) => !existsSync(m));
  expect(missing, `missing from ${corpus}`).toEqual([]);
  const records = await checkCorpus(models, { jobs: 2, timeoutS: 300, maxOldSpaceMb: 2048 });
  const failed = records.filter((r) => !r.passed).map(recordLine);
  expect(failed).toEqual([]);
  expect(records.every((r) => r.checks! > 0 && r.failures === 0 && r.diagnostics === 0)).toBe(true);
}, 1_200_000);
