/**
 * pnpm bench:codegen [--runs N] [--domains N] [--rounds N] [--part small|iot|linear]
 *
 * Whole-process wall time, CPU time and peak memory of a full `ota-codegen generate` (the real bin,
 * spawned as a child process, writing every package into a fresh directory) for GetOTAUpdate and for
 * the synthetic large model (scripts/make-large-model.ts). Peak RSS comes from a tiny preload that
 * reports `process.resourceUsage().maxRSS` at exit, so no /usr/bin/time is needed. Each case runs N
 * times; the median is printed with its ratio to a baseline measured in the same run (bare
 * `node -e ""`, and node with tsx registered), which makes figures from a busy machine comparable.
 *
 * Then the whole AWS IoT model (../shared/upstream, 270 operations) against openapi-typescript on
 * our own OpenAPI 3.1 export of the same model: the two run alternately, `--rounds` times each, so
 * both see the same machine load; medians and their ratio (ours ÷ theirs) are printed.
 *
 * `--part` runs one part only (repeatable): `small` (GetOTAUpdate and the large synthetic model),
 * `iot` (the IoT comparison), `linear` (CPU per 1,000 shapes). `tsx bench/codegen.bench.ts --part iot`.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeLargeModel } from '../scripts/make-large-model.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'tools/codegen/bin/ota-codegen.js');
const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { runs: { type: 'string', default: '5' }, domains: { type: 'string', default: '45' }, rounds: { type: 'string', default: '5' }, part: { type: 'string', multiple: true } } });
const PARTS = ['small', 'iot', 'linear'];
for (const p of values.part ?? []) if (!PARTS.includes(p)) throw new Error(`bench:codegen: --part must be one of ${PARTS.join(', ')} (got ${p})`);
const runsPart = (p: string) => !values.part || values.part.includes(p);
const runs = Number(values.runs);

// Written by the child at exit: peak RSS (KiB on Linux) and CPU time of the whole process.
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.OTA_BENCH_REPORT, JSON.stringify({ maxRss: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });",
)}`;

interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

function runOnce(args: string[], env: Record<string, string> = {}): Sample {
  const scratch = mkdtempSync(join(tmpdir(), 'ota-bench-'));
  const report = join(scratch, 'report.json');
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, ...args.map((a) => a.replaceAll('<scratch>', scratch))], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, OTA_BENCH_REPORT: report },
  });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const { maxRss, cpuMs } = JSON.parse(readFileSync(report, 'utf8')) as { maxRss: number; cpuMs: number };
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, cpuMs, maxRssMb: maxRss / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(label: string, args: string[], env?: Record<string, string>): Sample | undefined {
  let samples: Sample[];
  try {
    samples = Array.from({ length: runs }, () => runOnce(args, env));
  } catch (e) {
    const lines = (e as Error).message.split('\n');
    process.stdout.write(`${label.padEnd(38)} FAILED: ${lines.find((l) => /Error|error:/.test(l)) ?? lines[0]}\n`);
    process.exitCode = 1;
    return undefined;
  }
  const m = { wallMs: median(samples.map((s) => s.wallMs)), cpuMs: median(samples.map((s) => s.cpuMs)), maxRssMb: median(samples.map((s) => s.maxRssMb)) };
  const spread = `${Math.min(...samples.map((s) => s.wallMs)).toFixed(0)}–${Math.max(...samples.map((s) => s.wallMs)).toFixed(0)}`;
  process.stdout.write(`${label.padEnd(38)} wall ${m.wallMs.toFixed(0).padStart(6)} ms (${spread.padStart(11)})  cpu ${m.cpuMs.toFixed(0).padStart(6)} ms  peak RSS ${m.maxRssMb.toFixed(0).padStart(5)} MB\n`);
  return m;
}

// Warm-up: builds the CLI bundle if a source changed, so no timed run pays for it.
runOnce([bin, '--help']);
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'meets' : 'MISSES');
const generate = (model: string) => [bin, 'generate', '--quiet', '--model', model, '--out', '<scratch>'];
if (runsPart('small')) {
  const largeModel = writeLargeModel(join(mkdtempSync(join(tmpdir(), 'ota-bench-model-')), 'large-model.json'), { domains: Number(values.domains) });
  const model = JSON.parse(readFileSync(largeModel, 'utf8')) as { shapes: Record<string, { type: string }> };
  const operations = Object.values(model.shapes).filter((s) => s.type === 'operation').length;


  process.stdout.write(`ota-codegen generate, ${runs} runs each, median (min–max); node ${process.version}, ${process.platform}/${process.arch}\n\n`);
  const bare = measure('baseline: node -e ""', ['-e', ''])!;
  const tsxBase = measure('baseline: node + tsx startup', ['--import', 'tsx', '-e', ''])!;
  const small = measure('GetOTAUpdate (bundled CLI)', generate(join(root, 'models/iot/get-ota-update.json')));
  const smallTsx = measure('GetOTAUpdate (sources through tsx)', generate(join(root, 'models/iot/get-ota-update.json')), { OTA_CODEGEN_TSX: '1' });
  const large = measure(`large model (${operations} ops, ${Object.keys(model.shapes).length} shapes)`, generate(largeModel));
  // The same run without the worker thread json-schema starts for large models: what the thread buys.
  const largeOneThread = measure('large model, OTA_CODEGEN_WORKERS=off', generate(largeModel), { OTA_CODEGEN_WORKERS: 'off' });

  const ratio = (s: Sample | undefined) => (s ? `${(s.wallMs / bare.wallMs).toFixed(1)}× node, ${(s.wallMs / tsxBase.wallMs).toFixed(1)}× node+tsx` : 'n/a');
  process.stdout.write(`\nGetOTAUpdate:        ${ratio(small)}; tsx path ${ratio(smallTsx)}\n`);
  process.stdout.write(`large model:         ${ratio(large)}; one thread ${ratio(largeOneThread)}\n`);
  process.stdout.write(
    `targets: GetOTAUpdate ≤ 1 s: ${verdict(small && small.wallMs <= 1000)}; large ≤ 10 s: ${verdict(large && large.wallMs <= 10_000)}; large ≤ 1 GB: ${verdict(large && large.maxRssMb <= 1024)}\n`,
  );
  rmSync(resolve(largeModel, '..'), { recursive: true, force: true });
}

// --- Whole IoT model: us vs openapi-typescript, alternately ---------------------------------------
const iotModel = resolve(root, '../shared/upstream/aws-models/restJson1/iot-2015-05-28.json');
if (!existsSync(iotModel)) throw new Error(`bench:codegen: the shared upstream models are missing: ${resolve(root, '../shared/upstream/aws-models/restJson1')}`);
if (runsPart('iot')) {
  const openapiTs = join(root, 'node_modules/openapi-typescript/bin/cli.js');
  // Our OpenAPI export of IoT, generated once (the openapi emitter only) into a directory kept for the rounds.
  const exportDir = mkdtempSync(join(tmpdir(), 'ota-bench-openapi-'));
  runOnce([bin, 'generate', '--quiet', '--model', iotModel, '--only', 'openapi', '--out', exportDir]);
  const iotOpenapi = join(exportDir, 'packages/json-schema/src/openapi/openapi.gen.json');
  const rounds = Number(values.rounds);
  const ours: Sample[] = [];
  const theirs: Sample[] = [];
  for (let i = 0; i < rounds; i++) {
    ours.push(runOnce(generate(iotModel)));
    theirs.push(runOnce([openapiTs, iotOpenapi, '--output', '<scratch>/schema.ts']));
  }
  const med = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k]));
  process.stdout.write(`\nwhole IoT model (${rounds} alternating rounds, medians):\n`);
  for (const [label, xs] of [['ota-codegen generate (5 packages)', ours], ['openapi-typescript 7.13.0 (types only)', theirs]] as const) {
    process.stdout.write(`${label.padEnd(40)} wall ${med(xs, 'wallMs').toFixed(0).padStart(6)} ms  cpu ${med(xs, 'cpuMs').toFixed(0).padStart(6)} ms  peak RSS ${med(xs, 'maxRssMb').toFixed(0).padStart(5)} MB\n`);
  }
  const wallRatio = median(ours.map((o, i) => o.wallMs / theirs[i]!.wallMs));
  const cpuRatio = median(ours.map((o, i) => o.cpuMs / theirs[i]!.cpuMs));
  process.stdout.write(`ours ÷ openapi-typescript: wall ${wallRatio.toFixed(2)}×, cpu ${cpuRatio.toFixed(2)}× (median of per-round ratios)\n`);
  process.stdout.write(`targets: IoT ≤ 1.0× openapi-typescript (wall): ${verdict(wallRatio <= 1)}; IoT ≤ 400 MB: ${verdict(med(ours, 'maxRssMb') <= 400)}\n`);
  rmSync(exportDir, { recursive: true, force: true });
}

// --- Linear in shapes: CPU seconds per 1,000 shapes over a spread of shared models ---------------
// CPU time (user + system, the worker thread included) rather than wall time: on shared cores it
// does not depend on the load, and the slowest/median ratio is what the target constrains.
if (runsPart('linear')) {
  const LINEARITY_SAMPLE = [
    'braket-2019-09-01',
    'grafana-2020-08-18',
    'batch-2016-08-10',
    'lambda-2015-03-31',
    'omics-2022-11-28',
    'guardduty-2017-11-28',
    'mediaconvert-2017-08-29',
    'securityhub-2018-10-26',
    'iot-2015-05-28',
    'connect-2017-08-08',
    'quicksight-2018-04-01',
  ];
  const perModel = LINEARITY_SAMPLE.map((name) => {
    const path = resolve(iotModel, '..', `${name}.json`);
    const shapes = Object.keys((JSON.parse(readFileSync(path, 'utf8')) as { shapes: object }).shapes).length;
    const sample = runOnce(generate(path));
    return { name, shapes, ...sample, cpuSPer1k: sample.cpuMs / shapes };
  });
  process.stdout.write(`\nlinear in shapes (generate, ${perModel.length} shared models, one run each):\n`);
  for (const m of perModel) process.stdout.write(`${m.name.padEnd(34)} ${String(m.shapes).padStart(5)} shapes  cpu ${m.cpuMs.toFixed(0).padStart(6)} ms  ${m.cpuSPer1k.toFixed(2).padStart(6)} cpu s / 1,000 shapes  peak RSS ${m.maxRssMb.toFixed(0).padStart(5)} MB\n`);
  const rates = perModel.map((m) => m.cpuSPer1k);
  const slowest = perModel.reduce((a, b) => (b.cpuSPer1k > a.cpuSPer1k ? b : a));
  const medianRate = median(rates);
  process.stdout.write(`slowest ${slowest.name} ${slowest.cpuSPer1k.toFixed(2)} = ${(slowest.cpuSPer1k / medianRate).toFixed(2)}× the median ${medianRate.toFixed(2)}; target ≤ 2×: ${verdict(slowest.cpuSPer1k <= 2 * medianRate)}\n`);
}
