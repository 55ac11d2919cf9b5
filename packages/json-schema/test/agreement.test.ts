/**
 * The cross-validator agreement proof (docs/VALIDATION.md): for the request path labels, the
 * GetOTAUpdate response body and every error body, zod (`@ota-contract/zod`, `/lenient`), ajv on
 * the schema document and the precompiled validator accept and reject exactly the same payloads,
 * in strict mode and in lenient mode.
 *
 * Payloads are valid by construction from the model (the IR, not the schema under test), then
 * mutated at random sites with values just inside and just outside each constraint, wrong types,
 * nulls, unknown fields and enum values, bad base64, NaN strings, `__proto__` keys...; plus an
 * exhaustive pass over every site of a maximal payload with every targeted mutation.
 * The fast-check seed is fixed (printed below); `FC_SEED=<n>` reruns another one, and
 * `pnpm exec tsx scripts/soak-agreement.ts --runs 1000000` runs the same property for longer.
 */

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StructureShape } from '@ota-contract/codegen';
import { maximalGetOTAUpdateResponse } from '../../../bench/validate-payload.js';
import { agreementSeed, agreementProperty, agreementTargets, judge, MODES, newStats, type AgreementStats, type Target } from './support/agreement.js';
import { loadModel } from './support/model.js';
import { applyMutations, candidates, collectSites } from './support/mutations.js';
import type { Json } from './support/wire-values.js';

const model = loadModel();
const seed = agreementSeed();
/** Random cases per entry; each case is judged in both modes by all three validators. */
const RUNS: Record<string, number> = { GetOTAUpdateResponse: 6_000, GetOTAUpdateRequestPath: 1_500 };
const ERROR_RUNS = 300;

const total = newStats();
const add = (stats: AgreementStats) => {
  for (const mode of MODES) {
    total[mode].runs += stats[mode].runs;
    total[mode].accepted += stats[mode].accepted;
  }
};

let targets: Target[];
beforeAll(async () => {
  console.log(`agreement: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);
  targets = await agreementTargets(model);
});

const entryNames = ['GetOTAUpdateRequestPath', 'GetOTAUpdateResponse', ...model.operations[0]!.errors.map((id) => model.shapes.get(id)!.name)];

/** Minimal valid payloads the exhaustive pass mutates, besides the maximal response. */
function seedsFor(entry: string): Json[] {
  if (entry === 'GetOTAUpdateResponse') {
    // Every member set; one file is enough (the others would repeat the same sites).
    const maximal = JSON.parse(JSON.stringify(maximalGetOTAUpdateResponse)) as { otaUpdateInfo: { otaUpdateFiles: unknown[] } };
    maximal.otaUpdateInfo.otaUpdateFiles = maximal.otaUpdateInfo.otaUpdateFiles.slice(0, 1);
    return [maximal as unknown as Json, { otaUpdateInfo: {} }];
  }
  if (entry === 'GetOTAUpdateRequestPath') return [{ otaUpdateId: 'fleet-rollout_01' }];
  return [{ message: 'Rate exceeded', __type: entry, code: entry }];
}

describe('zod ≡ ajv (document) ≡ precompiled, strict and lenient', () => {
  it.each(entryNames)('%s: random valid payloads with targeted mutations', (entry) => {
    const target = targets.find((t) => t.entry === entry)!;
    expect(target.judges.strict.map((j) => j.name)).toHaveLength(3);
    const stats = newStats();
    fc.assert(agreementProperty(model, target, stats), { seed, numRuns: RUNS[entry] ?? ERROR_RUNS });
    add(stats);
    // The generator must give both answers often, or agreement would be cheap.
    for (const mode of MODES) {
      expect(stats[mode].accepted / stats[mode].runs, `${mode} acceptance rate`).toBeGreaterThan(0.2);
      expect(stats[mode].accepted / stats[mode].runs, `${mode} acceptance rate`).toBeLessThan(0.85);
    }
  });

  it.each(entryNames)('%s: every site of a valid payload × every targeted mutation', (entry) => {
    const target = targets.find((t) => t.entry === entry)!;
    const stats = newStats();
    for (const valid of seedsFor(entry)) {
      const sites = collectSites(model, target.node, valid);
      expect(sites.length).toBeGreaterThan(0);
      for (const site of sites) for (const mutation of candidates(model, site)) judge(target, applyMutations(valid, [mutation]), stats);
    }
    add(stats);
    expect(stats.strict.accepted).toBeGreaterThan(0);
    expect(stats.strict.accepted).toBeLessThan(stats.strict.runs);
  });

  it('judged at least 10,000 payloads per mode', () => {
    console.log(`agreement: ${JSON.stringify(total)}`);
    for (const mode of MODES) expect(total[mode].runs).toBeGreaterThanOrEqual(10_000);
  });

  it('the maximal benchmark payload is valid in both modes for all three validators', () => {
    const target = targets.find((t) => t.entry === 'GetOTAUpdateResponse')!;
    for (const mode of MODES) expect(target.judges[mode].map((j) => j.accepts(maximalGetOTAUpdateResponse))).toEqual([true, true, true]);
    const info = (model.shapes.get('com.amazonaws.iot#OTAUpdateInfo') as StructureShape).members.map((m) => m.jsonName);
    expect(Object.keys(maximalGetOTAUpdateResponse.otaUpdateInfo!)).toEqual(info);
  });
});
