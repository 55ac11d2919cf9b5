/**
 * pnpm check:corpus <dir | model.json...> [--jobs N] [--json <file>] [--timeout <s>] [--max-old-space-size <MB>]
 *
 * The end-to-end check of scripts/check-model.ts over every model of a folder (or the models
 * given), one child process per model, N at a time (default 1). Each child gets a heap limit
 * (default 2048 MB, also handed to its runtime-check child) and a wall-clock limit (default 120 s):
 * it runs detached in its own process group, and one that runs over is killed with its whole group
 * (its runtime-check child included), never left running; its scratch workspace is removed.
 *
 * One line per model (shapes, operations, generate s, type-check s, runtime checks, failures,
 * peak MB), then `corpus: generate A/N, end to end B/N` and the spread of seconds per 1,000
 * shapes. `--json` writes one CorpusRecord per model. Exits 1 unless every model passes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { CheckModelReport } from './check-model.js';

const root = resolve(import.meta.dirname, '..');
const checkModel = join(root, 'scripts/check-model.ts');

export interface CorpusOptions {
  jobs?: number;
  timeoutS?: number;
  maxOldSpaceMb?: number;
  /** Called with each record as its model finishes (in completion order). */
  onRecord?: (r: CorpusRecord) => void;
}

export interface CorpusRecord extends CheckModelReport {
  model: string;
  /** Generated, type-checked without a diagnostic, and every runtime check passed. */
  passed: boolean;
  generated: boolean;
  timedOut: boolean;
  wallS: number;
  /** Generate seconds per 1,000 shapes (the generator's linearity). */
  sPer1kShapes?: number;
  /** Generate + type-check + runtime seconds per 1,000 shapes. */
  endToEndSPer1kShapes?: number;
}

/** Models of a folder (its *.json files, sorted), or the given files. */
export function corpusModels(paths: readonly string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => resolve(p, f))
      : [resolve(p)],
  );
}

/** Process groups still running: killed if this process exits first (Ctrl-C, a test's timeout). */
const live = new Set<number>();
const killGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
};
process.on('exit', () => live.forEach(killGroup));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

function checkOne(model: string, options: Required<Omit<CorpusOptions, 'onRecord'>>): Promise<CorpusRecord> {
  const scratch = mkdtempSync(join(tmpdir(), 'ota-corpus-'));
  const reportFile = join(scratch, 'report.json');
  const heap = `--max-old-space-size=${options.maxOldSpaceMb}`;
  const start = performance.now();
  const child = spawn(process.execPath, [heap, '--import', 'tsx', checkModel, model, '--report', reportFile, '--timeout', String(options.timeoutS)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  live.add(child.pid!);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // The negative pid is the child's process group: check-model and its runtime-check child.
    killGroup(child.pid!);
  }, options.timeoutS * 1000);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      // The group may outlive its leader (a grandchild still running): end it too.
      killGroup(child.pid!);
      live.delete(child.pid!);
      const wallS = Math.round((performance.now() - start) / 10) / 100;
      const report: CheckModelReport = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as CheckModelReport) : { phase: 'generate' };
      rmSync(scratch, { recursive: true, force: true });
      // A killed child could not remove its workspace.
      if (report.workspace && existsSync(report.workspace)) rmSync(report.workspace, { recursive: true, force: true });
      const generated = report.shapes !== undefined;
      const error = timedOut
        ? `timed out after ${options.timeoutS} s in ${report.phase}`
        : (report.error ?? (code !== 0 && report.phase !== 'done' ? (output.trim().split('\n').find((l) => /error|heap/i.test(l)) ?? `exited ${code}`) : undefined));
      // The runtime check overlaps the type-check (check-model.ts): generate, then the longer of the two.
      const work = (report.generateS ?? 0) + Math.max(report.typeCheckS ?? 0, report.runtimeS ?? 0);
      done({
        model: basename(model, '.json'),
        ...report,
        ...(error ? { error } : {}),
        passed: !timedOut && code === 0 && report.phase === 'done',
        generated,
        timedOut,
        wallS,
        ...(report.generateS !== undefined && report.shapes ? { sPer1kShapes: per1k(report.generateS, report.shapes) } : {}),
        ...(report.phase === 'done' && report.shapes ? { endToEndSPer1kShapes: per1k(work, report.shapes) } : {}),
      });
    });
  });
}

const per1k = (seconds: number, shapes: number) => Math.round((seconds / shapes) * 1e5) / 100;

/** Checks the models, `jobs` at a time; records in the models' order. */
export async function checkCorpus(models: readonly string[], options: CorpusOptions = {}): Promise<CorpusRecord[]> {
  const resolved = { jobs: options.jobs ?? 1, timeoutS: options.timeoutS ?? 120, maxOldSpaceMb: options.maxOldSpaceMb ?? 2048 };
  const records: CorpusRecord[] = new Array(models.length);
  let next = 0;
  const worker = async () => {
    while (next < models.length) {
      const i = next++;
      records[i] = await checkOne(models[i]!, resolved);
      options.onRecord?.(records[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(resolved.jobs, models.length)) }, worker));
  return records;
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '-' : n.toFixed(digits));

export function recordLine(r: CorpusRecord): string {
  const status = r.passed ? 'pass' : `FAIL${r.error ? `: ${r.error.slice(0, 160)}` : ''}`;
  return [
    r.model.padEnd(44),
    `${String(r.shapes ?? '-').padStart(5)} shapes`,
    `${String(r.operations ?? '-').padStart(4)} ops`,
    `gen ${fmt(r.generateS).padStart(5)} s`,
    `tsc ${fmt(r.typeCheckS).padStart(5)} s`,
    `runtime ${fmt(r.runtimeS).padStart(5)} s`,
    `${String(r.checks ?? '-').padStart(6)} checks`,
    `${String(r.failures ?? '-').padStart(4)} failures`,
    `${String(r.diagnostics ?? '-').padStart(3)} diagnostics`,
    `${fmt(r.peakMb, 0).padStart(5)} MB`,
    `cpu ${fmt(r.cpuS).padStart(6)} s`,
    status,
  ].join('  ');
}

/** Models this small are left out of the seconds-per-1,000-shapes spread. */
export const LINEARITY_MIN_SHAPES = 200;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

export function summaryLines(records: readonly CorpusRecord[]): string[] {
  const n = records.length;
  const lines = [`corpus: generate ${records.filter((r) => r.generated).length}/${n}, end to end ${records.filter((r) => r.passed).length}/${n}`];
  for (const [what, rate] of [
    ['generate', (r: CorpusRecord) => r.sPer1kShapes],
    ['end to end', (r: CorpusRecord) => r.endToEndSPer1kShapes],
  ] as const) {
    // Below a few hundred shapes fixed costs (startup, the runtime packages' own type-check) dominate.
    const rated = records.filter((r) => rate(r) !== undefined && r.shapes! >= LINEARITY_MIN_SHAPES);
    if (!rated.length) continue;
    const slowest = rated.reduce((a, b) => (rate(b)! > rate(a)! ? b : a));
    const med = median(rated.map((r) => rate(r)!));
    lines.push(`${what} s per 1,000 shapes (${rated.length} models of ≥ ${LINEARITY_MIN_SHAPES} shapes): median ${med.toFixed(2)}, slowest ${rate(slowest)!.toFixed(2)} (${slowest.model}, ${(rate(slowest)! / med).toFixed(2)}× the median)`);
  }
  return lines;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    allowPositionals: true,
    options: { jobs: { type: 'string', default: '1' }, json: { type: 'string' }, timeout: { type: 'string', default: '120' }, 'max-old-space-size': { type: 'string', default: '2048' } },
  });
  const numbers = [values.jobs, values.timeout, values['max-old-space-size']].map(Number);
  if (positionals.length === 0 || numbers.some((n) => !Number.isFinite(n) || n <= 0)) {
    process.stderr.write('usage: pnpm check:corpus <dir | model.json...> [--jobs N] [--json <file>] [--timeout <s>] [--max-old-space-size <MB>]\n');
    process.exit(2);
  }
  const missing = positionals.find((p) => !existsSync(p));
  if (missing) {
    process.stderr.write(`check:corpus: no such file or folder: ${missing}\n`);
    process.exit(2);
  }
  const models = corpusModels(positionals);
  const [jobs, timeoutS, maxOldSpaceMb] = numbers as [number, number, number];
  const records = await checkCorpus(models, { jobs, timeoutS, maxOldSpaceMb, onRecord: (r) => process.stdout.write(`${recordLine(r)}\n`) });
  for (const line of summaryLines(records)) process.stdout.write(`${line}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(records, null, 2)}\n`);
  process.exitCode = records.every((r) => r.passed) ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
