/**
 * pnpm bench:codegen (after codegen.bench.ts), or alone: tsx bench/idl.bench.ts [--runs N]
 *
 * The IDL loader on AWS's restJson1 protocol suite with its trait files (../shared/upstream/smithy:
 * restJson1/**, shared-types, smithy.test, aws.*, the validation model; ~17,000 lines):
 *
 * 1. Whole process: `ota-codegen ast <files>` (the real bin, from its esbuild bundle) against bare
 *    `node -e ''` started the same way, alternating, `--runs` times each; the medians and the
 *    difference are printed. Budget: 300 ms beyond node.
 * 2. Linearity: the same files in memory, and the same files twice with every namespace renamed in
 *    the copy (so nothing merges), through `assembleModel`; medians of alternating runs. Budget:
 *    twice the input at most 2.2 times the time. The doubled model is also timed through the CLI.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { assembleModel, type ModelInput } from '../tools/codegen/src/load/assemble.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'tools/codegen/bin/ota-codegen.js');
const upstream = resolve(root, '../shared/upstream/smithy');
const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);

function smithyFiles(dir: string): string[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new Error(`upstream folder missing: ${dir} (see ../shared/upstream/README.md)`);
  }
  if (!stat.isDirectory()) return dir.endsWith('.smithy') ? [dir] : [];
  return readdirSync(dir).sort().flatMap((e) => smithyFiles(join(dir, e)));
}

const files = [
  ...smithyFiles(join(upstream, 'smithy-aws-protocol-tests/model/restJson1')),
  join(upstream, 'smithy-aws-protocol-tests/model/shared-types.smithy'),
  join(upstream, 'smithy-protocol-test-traits/src/main/resources/META-INF/smithy/smithy.test.smithy'),
  ...['api', 'auth', 'protocols', 'customizations'].map((n) => join(upstream, `smithy-aws-traits/src/main/resources/META-INF/smithy/aws.${n}.smithy`)),
  join(upstream, 'smithy-validation-model/model/smithy.framework.validation.smithy'),
];
const inputs: ModelInput[] = files.map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }));
const lines = inputs.reduce((n, i) => n + i.text.split('\n').length, 0);

/** A copy of every file with each namespace it declares renamed (`x.y` → `x.ycopy`), ids and use statements included. */
function renamedCopy(list: ModelInput[]): ModelInput[] {
  const namespaces = [...new Set(list.flatMap((i) => [...i.text.matchAll(/^namespace\s+([\w.]+)/gm)].map((m) => m[1]!)))].sort((a, b) => b.length - a.length);
  const escaped = namespaces.map((n) => n.replaceAll('.', '\\.'));
  const pattern = new RegExp(`(?<![\\w.])(${escaped.join('|')})(?=#|\\s*$)`, 'gm');
  return list.map((i) => ({ file: i.file.replace(/\.smithy$/, '.copy.smithy'), text: i.text.replace(pattern, '$1copy') }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Written by the child at exit: its CPU time (user + system), which a busy machine inflates less than wall time.
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.OTA_BENCH_REPORT, String((u.userCPUTime + u.systemCPUTime) / 1000)); });",
)}`;
const reportFile = join(mkdtempSync(join(tmpdir(), 'ota-idl-report-')), 'cpu');

/** Wall and CPU milliseconds of one child; node and the CLI start the same way (same preload). */
function spawnMs(args: string[]): { wall: number; cpu: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, OTA_BENCH_REPORT: reportFile } });
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.slice(0, 3).join(' ')} … failed (${r.status}):\n${r.stderr.slice(0, 2000)}`);
  return { wall, cpu: Number(readFileSync(reportFile, 'utf8')) };
}

const doubled = [...inputs, ...renamedCopy(inputs)];
const shapes1 = Object.keys(assembleModel(inputs).shapes).length;
const shapes2 = Object.keys(assembleModel(doubled).shapes).length;
if (shapes2 !== 2 * shapes1) throw new Error(`the renamed copy should double the shapes: ${shapes1} → ${shapes2}`);

// The doubled files on disk, for the CLI.
const scratch = mkdtempSync(join(tmpdir(), 'ota-idl-bench-'));
const doubledPaths = doubled.map((input, k) => {
  const p = join(scratch, `${String(k).padStart(3, '0')}-${input.file.split('/').pop()}`);
  writeFileSync(p, input.text);
  return p;
});

console.log(`IDL loader: ${files.length} files, ${lines} lines, ${shapes1} shapes (restJson1 suite + trait files); ${runs} runs each, alternating`);
spawnMs([bin, 'ast', ...files]); // builds the bundle if a source changed
const samples = { node: [] as { wall: number; cpu: number }[], ast: [] as { wall: number; cpu: number }[], ast2: [] as { wall: number; cpu: number }[] };
for (let r = 0; r < runs; r++) {
  samples.node.push(spawnMs(['-e', '']));
  samples.ast.push(spawnMs([bin, 'ast', ...files]));
  samples.ast2.push(spawnMs([bin, 'ast', ...doubledPaths]));
}
rmSync(scratch, { recursive: true, force: true });
const wall = (k: keyof typeof samples) => median(samples[k].map((x) => x.wall));
const cpu = (k: keyof typeof samples) => median(samples[k].map((x) => x.cpu));
const beyond = wall('ast') - wall('node');
const beyond2 = wall('ast2') - wall('node');
const line = (label: string, k: keyof typeof samples, extra = '') =>
  console.log(`  ${label.padEnd(30)} wall ${wall(k).toFixed(0).padStart(5)} ms   cpu ${cpu(k).toFixed(0).padStart(5)} ms${extra}`);
line("node -e ''", 'node');
line('ota-codegen ast (suite)', 'ast', `   ${beyond.toFixed(0)} ms wall / ${(cpu('ast') - cpu('node')).toFixed(0)} ms cpu beyond node (budget 300 ms wall) ${beyond <= 300 ? 'OK' : 'OVER'}`);
line('ota-codegen ast (suite twice)', 'ast2', `   ${beyond2.toFixed(0)} ms wall beyond node: ratio ${(beyond2 / beyond).toFixed(2)}× wall, ${((cpu('ast2') - cpu('node')) / (cpu('ast') - cpu('node'))).toFixed(2)}× cpu`);

// In-process: the loader alone, without process start-up, after a warm-up; a full GC before each
// timed run, so each one pays for its own garbage only.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
for (let k = 0; k < 3; k++) {
  assembleModel(inputs);
  assembleModel(doubled);
}
const once: number[] = [];
const twice: number[] = [];
for (let r = 0; r < Math.max(2 * runs, 15); r++) {
  gc();
  let t = performance.now();
  assembleModel(inputs);
  once.push(performance.now() - t);
  gc();
  t = performance.now();
  assembleModel(doubled);
  twice.push(performance.now() - t);
}
const ratio = median(twice) / median(once);
console.log(`  assembleModel in process: ${median(once).toFixed(1)} ms once, ${median(twice).toFixed(1)} ms twice: ratio ${ratio.toFixed(2)}× (budget 2.2×) ${ratio <= 2.2 ? 'OK' : 'OVER'}`);
