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

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '9' }, ms: { type: 'string', default: '400' } } });
const rounds = Number(values.rounds);
const roundMs = Number(values.ms);

const text = JSON.stringify(fixtures.OTAUpdateInfo.buildJson({ seed: 0, preset: 'maximal' }));
let seed = 0;

interface Case {
  name: string;
  run: () => unknown;
}

const cases: Case[] = [
  { name: 'JSON.parse of a maximal OTAUpdateInfo (yardstick)', run: () => JSON.parse(text) },
  { name: 'build, maximal OTAUpdateInfo', run: () => fixtures.OTAUpdateInfo.build({ seed: seed++, preset: 'maximal' }) },
  { name: 'buildJson, maximal OTAUpdateInfo', run: () => fixtures.OTAUpdateInfo.buildJson({ seed: seed++, preset: 'maximal' }) },
  { name: 'build, boundary OTAUpdateInfo', run: () => fixtures.OTAUpdateInfo.build({ seed: seed++, preset: 'boundary' }) },
  { name: 'build, minimal OTAUpdateInfo', run: () => fixtures.OTAUpdateInfo.build({ seed: seed++, preset: 'minimal' }) },
];

let sink = 0;
/** Runs `c` for about `ms` milliseconds, in batches so the clock is read rarely; returns ops/s. */
function measure(c: Case, ms: number): number {
  let ops = 0;
  let batch = 4;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) sink += c.run() ? 1 : 0;
    ops += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 20) batch *= 2;
  }
  return (ops * 1000) / elapsed;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

for (const c of cases) measure(c, 300); // warm-up: JIT every path, build every memoised arbitrary

const opsPerRound = cases.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) cases.forEach((c, i) => opsPerRound[i]!.push(measure(c, roundMs)));

const baseline = opsPerRound[0]!;
const rows = cases.map((c, i) => ({
  case: c.name,
  'ops/s (median)': Math.round(median(opsPerRound[i]!)).toLocaleString('en-US'),
  '× JSON.parse': median(opsPerRound[i]!.map((ops, r) => ops / baseline[r]!)).toFixed(3),
}));

console.log(`@ota-contract/fixtures; ${rounds} interleaved rounds of ${roundMs} ms after warm-up; maximal OTAUpdateInfo is ${text.length} bytes of JSON; Node ${process.versions.node}`);
console.table(rows);
if (sink < 0) console.log(sink);
