/**
 * pnpm exec tsx scripts/check-model.ts <model.json> [--service <shapeId>] [--operation <shapeId>]... [--report <file>] [--timeout <s>]
 *
 * Runs any Smithy JSON AST model through the same end-to-end check as the feature models
 * (tools/codegen/test/general/harness.ts): generates every package into a scratch copy of the
 * packages, type-checks them together with the hand-written runtime code and, at the same time in a
 * child process (`runtimeS` is its wall time, overlapping `typeCheckS`), checks at run time
 * that fixtures pass zod and ajv (strict and lenient) and that the MSW handlers answer every
 * operation and modeled error. Exits 1 on any diagnostic or failure. For models that are not
 * committed here (AWS's published ones), so a new model can be tried before it is adopted.
 *
 * Totals count every diagnostic and failure; only the first 50 of each are printed. `--report`
 * writes a CheckModelReport (JSON) after every phase, so a caller that kills this process on a
 * timeout (scripts/check-corpus.ts) still knows how far it got and which scratch directory to remove.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { bundleRuntimeCheck, generateWorkspace, removeWorkspace, startRuntimeCheck, typeCheck, type Workspace } from '../tools/codegen/test/general/harness.js';

/** How far one model got and what it cost (seconds, MB of peak resident memory). */
export interface CheckModelReport {
  phase: 'generate' | 'type-check' | 'runtime' | 'done';
  workspace?: string;
  shapes?: number;
  operations?: number;
  generateS?: number;
  typeCheckS?: number;
  runtimeS?: number;
  diagnostics?: number;
  checks?: number;
  failures?: number;
  /** Peak RSS of this process and of the runtime check's child, the larger of the two. */
  peakMb?: number;
  /** CPU seconds (user + system) of this process and of the runtime check's child: load-independent. */
  cpuS?: number;
  /** The generator's or a phase's error, first line only. */
  error?: string;
}

const PRINTED = 50;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { service: { type: 'string' }, operation: { type: 'string', multiple: true }, report: { type: 'string' }, timeout: { type: 'string', default: '120' } },
});
if (positionals.length !== 1) {
  process.stderr.write('usage: pnpm exec tsx scripts/check-model.ts <model.json> [--service <shapeId>] [--operation <shapeId>]... [--report <file>] [--timeout <s>]\n');
  process.exit(2);
}

const report: CheckModelReport = { phase: 'generate' };
let childCpuS = 0;
const save = () => {
  const own = process.resourceUsage();
  report.peakMb = Math.max(report.peakMb ?? 0, own.maxRSS / 1024);
  report.cpuS = Math.round(((own.userCPUTime + own.systemCPUTime) / 1e6 + childCpuS) * 100) / 100;
  if (values.report) writeFileSync(values.report, JSON.stringify(report));
};
const seconds = (from: number) => Math.round((performance.now() - from) / 10) / 100;
const printSome = (items: readonly string[]) => {
  for (const item of items.slice(0, PRINTED)) process.stdout.write(`  ${item}\n`);
  if (items.length > PRINTED) process.stdout.write(`  … and ${items.length - PRINTED} more\n`);
};

save();
let ws: Workspace | undefined;
let failed = true;
try {
  let start = performance.now();
  ws = generateWorkspace(resolve(positionals[0]!), { ...(values.service ? { service: values.service } : {}), ...(values.operation ? { operations: values.operation } : {}) }, 'check-model');
  Object.assign(report, { phase: 'type-check', workspace: ws.dir, shapes: ws.model.shapes.size, operations: ws.model.operations.length, generateS: seconds(start) });
  save();
  process.stdout.write(`${ws.model.operations.length} operations, ${ws.model.shapes.size} shapes: ${ws.generatedFiles.length} files generated\n`);

  // The runtime check's child runs on the other core while this process type-checks: neither
  // needs the other's result, and the two phases took about as long as each other on large models.
  const bundled = await bundleRuntimeCheck(ws);
  const pending = startRuntimeCheck(bundled, { timeoutMs: Number(values.timeout) * 1000 });
  // A failure is reported once awaited below, not as an unhandled rejection while tsc runs.
  pending.catch(() => undefined);

  start = performance.now();
  const diagnostics = [...typeCheck([ws]).values()].flat();
  Object.assign(report, { phase: 'runtime', typeCheckS: seconds(start), diagnostics: diagnostics.length });
  save();
  process.stdout.write(`type-check: ${diagnostics.length} diagnostics\n`);
  printSome(diagnostics);

  const runtime = await pending;
  // The child's own wall time: its exit is only seen here once the type-check has finished.
  Object.assign(report, { phase: 'done', runtimeS: Math.round((runtime.wallS ?? 0) * 100) / 100, checks: runtime.checks, failures: runtime.failures.length });
  report.peakMb = Math.max(report.peakMb ?? 0, runtime.maxRssMb ?? 0);
  childCpuS = runtime.cpuS ?? 0;
  process.stdout.write(`runtime: ${runtime.checks} checks, ${runtime.failures.length} failures\n`);
  printSome(runtime.failures);
  failed = diagnostics.length > 0 || runtime.failures.length > 0 || runtime.checks === 0;
} catch (e) {
  // The first two lines: a generator error's summary and its first problem (shape id, JSON pointer).
  report.error = ((e as Error).message ?? String(e)).split('\n').filter((l) => l.trim() !== '').slice(0, 2).map((l) => l.trim()).join(' — ') || 'unknown error';
  process.stderr.write(`check-model: ${report.phase}: ${(e as Error).message}\n`);
} finally {
  save();
  if (ws) removeWorkspace(ws);
}
process.exit(failed ? 1 : 0);
