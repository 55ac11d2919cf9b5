/**
 * Long run of the zod ≡ ajv ≡ precompiled agreement property (packages/json-schema/test/agreement.test.ts).
 *
 *   pnpm exec tsx scripts/soak-agreement.ts --runs 1000000
 *   pnpm exec tsx scripts/soak-agreement.ts --seconds 600 --seed 42 --entry GetOTAUpdateResponse
 *
 * --runs N       random payloads in all (default 100000); 70% go to the response body, 10% to the
 *                path labels, the rest is shared by the error bodies. Each is judged in both modes.
 * --seconds S    stop each entry after its share of S seconds instead (whichever comes first)
 * --seed N       fast-check seed (default: a fresh one, printed); a failure prints seed and path
 * --entry NAME   only this entry (e.g. GetOTAUpdateResponse, ThrottlingException)
 * Exit code 1 on the first disagreement, with the shrunk payload and every validator's verdict.
 */

import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { agreementProperty, agreementTargets, MODES, newStats } from '../packages/json-schema/test/support/agreement.js';
import { loadModel } from '../packages/json-schema/test/support/model.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '100000' }, seconds: { type: 'string' }, seed: { type: 'string' }, entry: { type: 'string' } },
});
const runs = Number(values.runs);
const seconds = values.seconds === undefined ? undefined : Number(values.seconds);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

const model = loadModel();
const targets = (await agreementTargets(model)).filter((t) => !values.entry || t.entry === values.entry);
if (targets.length === 0) throw new Error(`no entry ${values.entry}`);
const errors = targets.filter((t) => t.entry !== 'GetOTAUpdateResponse' && t.entry !== 'GetOTAUpdateRequestPath').length;
const share = (entry: string) =>
  targets.length === 1 ? 1 : entry === 'GetOTAUpdateResponse' ? 0.7 : entry === 'GetOTAUpdateRequestPath' ? 0.1 : 0.2 / Math.max(errors, 1);

console.log(`soak-agreement: seed ${seed}, ${runs} runs${seconds ? `, at most ${seconds} s` : ''}, ${targets.length} entries, modes ${MODES.join(' + ')}`);
let failed = false;
for (const target of targets) {
  const stats = newStats();
  const numRuns = Math.max(1, Math.round(runs * share(target.entry)));
  const started = performance.now();
  const result = fc.check(agreementProperty(model, target, stats), {
    seed,
    numRuns,
    ...(seconds ? { interruptAfterTimeLimit: seconds * 1000 * share(target.entry), markInterruptAsFailure: false } : {}),
  });
  const s = ((performance.now() - started) / 1000).toFixed(1);
  const rates = MODES.map((m) => `${m} ${stats[m].accepted}/${stats[m].runs} accepted`).join(', ');
  if (result.failed) {
    failed = true;
    console.log(`✗ ${target.entry}: ${fc.defaultReportMessage(result)}`);
    break;
  }
  console.log(`✓ ${target.entry}: ${stats.strict.runs} payloads agree in ${s} s (${rates})${result.interrupted ? ' [time limit]' : ''}`);
}
process.exitCode = failed ? 1 : 0;
