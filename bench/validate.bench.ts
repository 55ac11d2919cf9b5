/**
 * pnpm bench:validate [--rounds N] [--ms N]
 *
 * Validation throughput on a maximal GetOTAUpdateResponse wire payload (bench/validate-payload.ts,
 * 8.7 kB of JSON): zod strict `parse`, zod codec `decode`, ajv (the strict document compiled at
 * startup) and the precompiled standalone validator, each beside `JSON.parse` of the same payload's
 * text. Rounds are interleaved (every case once per round, in turn) after a warm-up, so a busy
 * machine slows all cases alike; the table shows the median ops/s and the median of the per-round
 * ratios to JSON.parse. Targets: precompiled ≥ 3× JSON.parse, zod strict ≥ 0.5×.
 */

import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { ajvOptions, schema, validateGetOTAUpdateResponseJson } from '@ota-contract/json-schema';
import { GetOTAUpdateResponseCodec, GetOTAUpdateResponseJsonSchema } from '@ota-contract/zod';
import { maximalGetOTAUpdateResponse } from './validate-payload.js';
import { measure, median, sinkValue, type Case } from './harness.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '9' }, ms: { type: 'string', default: '400' } } });
const rounds = Number(values.rounds);
const roundMs = Number(values.ms);

const payload = maximalGetOTAUpdateResponse;
const text = JSON.stringify(payload);
const ajv = new Ajv2020(ajvOptions);
ajv.addSchema(schema);
const ajvValidate = ajv.getSchema(`${schema.$id}#/$defs/GetOTAUpdateResponse`)!;

const cases: Case[] = [
  { name: 'JSON.parse (baseline)', run: () => JSON.parse(text) },
  { name: 'zod strict parse', run: () => GetOTAUpdateResponseJsonSchema.parse(payload) },
  { name: 'zod codec decode', run: () => GetOTAUpdateResponseCodec.decode(payload) },
  { name: 'ajv (compiled at startup)', run: () => ajvValidate(payload) },
  { name: 'precompiled validator', run: () => validateGetOTAUpdateResponseJson(payload) },
];

// Every case must agree that the payload is valid, or the figures measure an error path.
for (const c of cases.slice(1)) {
  const r = c.run();
  if (r === false) throw new Error(`${c.name} rejects the benchmark payload`);
}


for (const c of cases) measure(c, 300); // warm-up: JIT every path

const opsPerRound = cases.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) cases.forEach((c, i) => opsPerRound[i]!.push(measure(c, roundMs)));

const baseline = opsPerRound[0]!;
const rows = cases.map((c, i) => {
  const ratio = median(opsPerRound[i]!.map((ops, r) => ops / baseline[r]!));
  return { case: c.name, 'ops/s (median)': Math.round(median(opsPerRound[i]!)).toLocaleString('en-US'), '× JSON.parse': ratio.toFixed(2) };
});

console.log(`GetOTAUpdateResponse, maximal wire payload (${text.length} bytes of JSON); ${rounds} interleaved rounds of ${roundMs} ms after warm-up; Node ${process.versions.node}`);
console.table(rows);
const ratioOf = (name: string) => Number(rows.find((r) => r.case === name)!['× JSON.parse']);
const checks = [
  ['precompiled validator', 3],
  ['zod strict parse', 0.5],
] as const;
for (const [name, target] of checks) console.log(`${name}: ${ratioOf(name).toFixed(2)}× JSON.parse (target ≥ ${target}×) ${ratioOf(name) >= target ? 'met' : 'MISSED'}`);
if (sinkValue() === -1) console.log('');
