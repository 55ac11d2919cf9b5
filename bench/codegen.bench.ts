/**
 * pnpm bench:codegen [--runs N] [--domains N]
 *
 * Whole-process wall time, CPU time and peak memory of a full `ota-codegen generate` (the real bin,
 * spawned as a child process, writing every package into a fresh directory) for GetOTAUpdate and for
 * the synthetic large model (scripts/make-large-model.ts). Peak RSS comes from a tiny preload that
 * reports `process.resourceUsage().maxRSS` at exit, so no /usr/bin/time is needed. Each case runs N
 * times; the median is printed with its ratio to a baseline measured in the same run (bare
 * `node -e ""`, and node with tsx registered), which makes figures from a busy machine comparable.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeLargeModel } from '../scripts/make-large-model.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'tools/codegen/bin/ota-codegen.js');
const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { runs: { type: 'string', default: '5' }, domains: { type: 'string', default: '45' } } });
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

const largeModel = writeLargeModel(join(mkdtempSync(join(tmpdir(), 'ota-bench-model-')), 'large-model.json'), { domains: Number(values.domains) });
const model = JSON.parse(readFileSync(largeModel, 'utf8')) as { shapes: Record<string, { type: string }> };
const operations = Object.values(model.shapes).filter((s) => s.type === 'operation').length;

// Warm-up: builds the CLI bundle if a source changed, so no timed run pays for it.
runOnce([bin, '--help']);

process.stdout.write(`ota-codegen generate, ${runs} runs each, median (min–max); node ${process.version}, ${process.platform}/${process.arch}\n\n`);
const bare = measure('baseline: node -e ""', ['-e', ''])!;
const tsxBase = measure('baseline: node + tsx startup', ['--import', 'tsx', '-e', ''])!;
const generate = (model: string) => [bin, 'generate', '--quiet', '--model', model, '--out', '<scratch>'];
const small = measure('GetOTAUpdate (bundled CLI)', generate(join(root, 'models/iot/get-ota-update.json')));
const smallTsx = measure('GetOTAUpdate (sources through tsx)', generate(join(root, 'models/iot/get-ota-update.json')), { OTA_CODEGEN_TSX: '1' });
const large = measure(`large model (${operations} ops, ${Object.keys(model.shapes).length} shapes)`, generate(largeModel));
// The same run without the worker thread json-schema starts for large models: what the thread buys.
const largeOneThread = measure('large model, OTA_CODEGEN_WORKERS=off', generate(largeModel), { OTA_CODEGEN_WORKERS: 'off' });

const ratio = (s: Sample | undefined) => (s ? `${(s.wallMs / bare.wallMs).toFixed(1)}× node, ${(s.wallMs / tsxBase.wallMs).toFixed(1)}× node+tsx` : 'n/a');
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'meets' : 'MISSES');
process.stdout.write(`\nGetOTAUpdate:        ${ratio(small)}; tsx path ${ratio(smallTsx)}\n`);
process.stdout.write(`large model:         ${ratio(large)}; one thread ${ratio(largeOneThread)}\n`);
process.stdout.write(
  `targets: GetOTAUpdate ≤ 1 s: ${verdict(small && small.wallMs <= 1000)}; large ≤ 10 s: ${verdict(large && large.wallMs <= 10_000)}; large ≤ 1 GB: ${verdict(large && large.maxRssMb <= 1024)}\n`,
);
rmSync(resolve(largeModel, '..'), { recursive: true, force: true });
