/**
 * pnpm bench:fixtures [--rounds N] [--ms N]
 *
 * Fixtures built per second: `fixtures.OTAUpdateInfo.build({ seed, preset: 'maximal' })` with a new
 * seed every call (so nothing is served from a cache), its wire form (`buildJson`, through the strict
 * codec), and the boundary preset (2,028- and 4,096-code-point strings on odd seeds), each beside
 * `JSON.parse` of a maximal OTAUpdateInfo's text as a yardstick of the machine. Rounds are
 * interleaved after a warm-up, so a busy machine slows all cases alike; the table shows the median
 * ops/s and the median of the per-round ratios to JSON.parse.
 */

import { parseArgs } from 'node:util';
import { fixtures } from '@ota-contract/fixtures';
import { measure, median, sinkValue, type Case } from './harness.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '9' }, ms: { type: 'string', default: '400' } } });
const rounds = Number(values.rounds);
const roundMs = Number(values.ms);

const text = JSON.stringify(fixtures.OTAUpdateInfo.buildJson({ seed: 0, preset: 'maximal' }));
let seed = 0;

const cases: Case[] = [
  { name: 'JSON.parse of a maximal OTAUpdateInfo (yardstick)', run: () => JSON.parse(text) },
  { name: 'build, maximal OTAUpdateInfo', run: () => fixtures.OTAUpdateInfo.build({ seed: seed++, preset: 'maximal' }) },
  { name: 'buildJson, maximal OTAUpdateInfo', run: () => fixtures.OTAUpdateInfo.buildJson({ seed: seed++, preset: 'maximal' }) },
  { name: 'build, boundary OTAUpdateInfo', run: () => fixtures.OTAUpdateInfo.build({ seed: seed++, preset: 'boundary' }) },
  { name: 'build, minimal OTAUpdateInfo', run: () => fixtures.OTAUpdateInfo.build({ seed: seed++, preset: 'minimal' }) },
];


for (const c of cases) measure(c, 300, 4); // warm-up: JIT every path, build every memoised arbitrary

const opsPerRound = cases.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) cases.forEach((c, i) => opsPerRound[i]!.push(measure(c, roundMs, 4)));

const baseline = opsPerRound[0]!;
const rows = cases.map((c, i) => ({
  case: c.name,
  'ops/s (median)': Math.round(median(opsPerRound[i]!)).toLocaleString('en-US'),
  '× JSON.parse': median(opsPerRound[i]!.map((ops, r) => ops / baseline[r]!)).toFixed(3),
}));

console.log(`@ota-contract/fixtures; ${rounds} interleaved rounds of ${roundMs} ms after warm-up; maximal OTAUpdateInfo is ${text.length} bytes of JSON; Node ${process.versions.node}`);
console.table(rows);
if (sinkValue() < 0) console.log(sinkValue());
