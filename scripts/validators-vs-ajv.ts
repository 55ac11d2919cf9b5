/**
 * pnpm exec tsx scripts/validators-vs-ajv.ts [<dir | model.json>...] [--runs N] [--seed S] [--json <file>] [--timeout <s>]
 *
 * The differential check of tools/codegen/test/json-schema-validator-emitter.test.ts over every
 * model of a folder (default ../shared/upstream/aws-models/restJson1) or the models given: per
 * model and mode, the emitted validators (emitValidators) against runtime ajv on N schema-driven inputs per
 * export (default 40). Each model runs in a child process with a wall-clock limit (default 300 s),
 * so one that throws, hangs or runs out of memory does not stop the rest.
 *
 * One line per model (exports, inputs judged, inputs ajv accepted, distinct error sites ajv
 * reported, mismatches, seconds), each
 * mismatch after it (shrunk input, both verdicts, seed and path to replay), then
 * `validators vs ajv: A/N models agree, M mismatches`. `--json` writes one record per model.
 * Exits 1 unless every model agrees.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusModels } from './check-corpus.js';

const root = resolve(import.meta.dirname, '..');
const self = join(root, 'scripts/validators-vs-ajv.ts');

/** What one child reports for its model. */
export interface ModelRecord {
  model: string;
  subject?: string;
  exports: number;
  inputs: number;
  accepted: number;
  /** Distinct error sites (schemaPath + keyword) ajv reported, over both modes. */
  sites: number;
  mismatches: number;
  /** Formatted mismatches and module problems (empty when the model agrees). */
  findings: string[];
  seconds: number;
  /** The model could not be checked (generation threw, the child died or timed out). */
  error?: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '40' }, seed: { type: 'string' }, json: { type: 'string' }, timeout: { type: 'string', default: '300' }, one: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? undefined : Number(values.seed);

/** Child mode: checks one model and prints its record as the last stdout line. */
async function checkOne(model: string): Promise<void> {
  const { checkModelFile, formatFindings } = await import('../tools/codegen/test/support/validator-differential.js');
  const { chooseSubject, scratchDirectory } = await import('../tools/codegen/test/support/validator-oracle.js');
  const started = performance.now();
  const record: ModelRecord = { model, exports: 0, inputs: 0, accepted: 0, sites: 0, mismatches: 0, findings: [], seconds: 0 };
  try {
    const subject = await chooseSubject();
    record.subject = subject.name;
    const reports = await checkModelFile(model, subject, { runs, ...(seed === undefined ? {} : { seed }) });
    for (const r of reports) {
      record.exports += r.exports;
      record.inputs += r.inputs;
      record.accepted += r.accepted;
      record.sites += r.sites;
      record.mismatches += r.mismatches.length + r.problems.length;
    }
    record.findings = formatFindings(basename(model), reports);
  } catch (e) {
    record.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  } finally {
    const dir = scratchDirectory();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  record.seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${JSON.stringify(record)}\n`);
}

function runChild(model: string, timeoutS: number): Promise<ModelRecord> {
  const args = ['--import', 'tsx', self, '--one', model, '--runs', String(runs), ...(seed === undefined ? [] : ['--seed', String(seed)])];
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        done(JSON.parse(last) as ModelRecord);
      } catch {
        const why = signal === 'SIGKILL' ? `timed out after ${timeoutS} s` : `child exited ${code ?? signal}`;
        done({ model, exports: 0, inputs: 0, accepted: 0, sites: 0, mismatches: 0, findings: [], seconds, error: `${why}\n${stderr.trim().split('\n').slice(-15).join('\n')}` });
      }
    });
  });
}

async function main(): Promise<void> {
  const models = corpusModels(positionals.length ? positionals : [join(root, '../shared/upstream/aws-models/restJson1')]);
  const records: ModelRecord[] = [];
  let subject: string | undefined;
  for (const model of models) {
    const r = await runChild(model, Number(values.timeout));
    records.push(r);
    if (r.subject && !subject) {
      subject = r.subject;
      console.log(`validators under test: ${subject}`);
    }
    const status = r.error ? 'ERROR' : r.mismatches ? 'MISMATCH' : 'ok';
    console.log(`${basename(model).padEnd(52)} ${String(r.exports).padStart(5)} exports ${String(r.inputs).padStart(7)} inputs ${String(r.accepted).padStart(7)} valid ${String(r.sites).padStart(6)} error sites ${String(r.mismatches).padStart(4)} mismatches ${r.seconds.toFixed(1).padStart(6)} s  ${status}`);
    for (const f of r.findings) console.log(f.replace(/^/gm, '    '));
    if (r.error) console.log(r.error.replace(/^/gm, '    '));
  }
  const agree = records.filter((r) => !r.error && r.mismatches === 0).length;
  const mismatches = records.reduce((n, r) => n + r.mismatches, 0);
  const errors = records.filter((r) => r.error).length;
  console.log(`validators vs ajv: ${agree}/${records.length} models agree, ${mismatches} mismatches${errors ? `, ${errors} models not checked` : ''}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(records, null, 2)}\n`);
  process.exitCode = agree === records.length ? 0 : 1;
}

if (values.one) await checkOne(resolve(positionals[0]!));
else await main();
