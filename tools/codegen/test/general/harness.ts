/**
 * End-to-end harness for any model: builds a scratch copy of the five packages (their hand-written
 * sources, without any *.gen.* file), generates the model's *.gen.* files into it, then
 *
 * 1. type-checks the whole result with the TypeScript compiler API, and
 * 2. bundles a runtime check script with esbuild and runs it in a child Node process.
 *
 * In the scratch tree `@ota-contract/*` resolves (through node_modules symlinks) to the scratch
 * packages, never to the workspace's real ones; other dependencies to the real packages' own.
 *
 * Scratch directories live under tools/codegen/test/out/ (git-ignored, excluded from tsconfig and vitest).
 */

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import ts from 'typescript';
import { generateFromText, type GenerateOptions } from '../../src/generate.js';
import { writeFiles } from '../../src/write/index.js';
import type { IrModel } from '../../src/ir/types.js';
import { runtimePlan } from './runtime-plan.js';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
export const modelsDir = resolve(import.meta.dirname, '../models');
const outRoot = join(repoRoot, 'tools/codegen/test/out');
const PACKAGES = ['types', 'zod', 'json-schema', 'fixtures', 'msw'] as const;

export interface Workspace {
  dir: string;
  model: IrModel;
  generatedFiles: string[];
}

function isGenerated(path: string): boolean {
  return /\.gen\.[a-z]+$/.test(path);
}

/**
 * Gives a scratch package the dependencies the real one has (pnpm links them per package), except
 * that `@ota-contract/*` points at the scratch siblings, never at the workspace's real packages.
 */
function linkDependencies(dir: string, pkg: string): void {
  const real = join(repoRoot, 'packages', pkg, 'node_modules');
  if (!existsSync(real)) return;
  // Into the package's own node_modules, and into the scratch root's for bundles run from there.
  for (const target of [join(dir, 'packages', pkg, 'node_modules'), join(dir, 'node_modules')]) {
    const link = (from: string, to: string) => {
      if (!existsSync(to)) symlinkSync(realpathSync(from), to, 'dir');
    };
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(real)) {
      if (entry === '.bin' || entry === '@ota-contract') continue;
      if (entry.startsWith('@')) {
        mkdirSync(join(target, entry), { recursive: true });
        for (const child of readdirSync(join(real, entry))) link(join(real, entry, child), join(target, entry, child));
      } else {
        link(join(real, entry), join(target, entry));
      }
    }
  }
}

/** Scratch copy of the packages' hand-written sources, then the model's generated files on top. */
export function generateWorkspace(modelPath: string, options: Partial<Omit<GenerateOptions, 'source'>> = {}, label = 'model'): Workspace {
  mkdirSync(outRoot, { recursive: true });
  const dir = mkdtempSync(join(outRoot, `${label.replace(/[^a-z0-9-]/gi, '_')}-`));
  mkdirSync(join(dir, 'node_modules/@ota-contract'), { recursive: true });
  for (const pkg of PACKAGES) {
    const src = join(repoRoot, 'packages', pkg, 'src');
    mkdirSync(join(dir, 'packages', pkg), { recursive: true });
    if (existsSync(src)) cpSync(src, join(dir, 'packages', pkg, 'src'), { recursive: true, filter: (from) => !isGenerated(from) });
    cpSync(join(repoRoot, 'packages', pkg, 'package.json'), join(dir, 'packages', pkg, 'package.json'));
    linkDependencies(dir, pkg);
  }
  // `@ota-contract/*` from anywhere in the scratch tree (packages, check scripts) → the scratch packages.
  for (const pkg of PACKAGES) {
    const link = (from: string) => symlinkSync(join(dir, 'packages', pkg), join(from, pkg), 'dir');
    link(join(dir, 'node_modules/@ota-contract'));
    for (const other of PACKAGES) {
      mkdirSync(join(dir, 'packages', other, 'node_modules/@ota-contract'), { recursive: true });
      if (other !== pkg) link(join(dir, 'packages', other, 'node_modules/@ota-contract'));
    }
  }
  const source = relative(dir, modelPath).split('\\').join('/');
  try {
    const { model, files } = generateFromText(readFileSync(modelPath, 'utf8'), { source, ...options });
    writeFiles(dir, files);
    return { dir, model, generatedFiles: files.map((f) => f.path) };
  } catch (e) {
    // A model the generator refuses leaves no scratch directory behind.
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export function removeWorkspace(ws: Workspace): void {
  rmSync(ws.dir, { recursive: true, force: true });
}

function listTs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f))
    .sort();
}

/**
 * Type errors of every package source (generated and hand-written) of the given workspaces, keyed
 * by workspace directory. One program covers them all: each file resolves `@ota-contract/*` to its
 * own workspace through node_modules, and library declarations are parsed and bound once.
 */
export function typeCheck(workspaces: readonly Workspace[], extraFiles: string[] = []): Map<string, string[]> {
  const base = ts.readConfigFile(join(repoRoot, 'tsconfig.base.json'), ts.sys.readFile).config as { compilerOptions: object };
  const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, repoRoot);
  const roots = [...workspaces.flatMap((ws) => PACKAGES.flatMap((p) => listTs(join(ws.dir, 'packages', p, 'src')))), ...extraFiles];
  const program = ts.createProgram({ rootNames: roots, options: { ...options, noEmit: true, rootDir: outRoot } });
  const byWorkspace = new Map<string, string[]>(workspaces.map((ws) => [ws.dir, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const ws = workspaces.find((w) => d.file?.fileName.startsWith(`${w.dir}/`));
    const where = d.file && d.start !== undefined ? `${relative(ws?.dir ?? repoRoot, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
    // Diagnostics outside any workspace (options, extra files) go under the empty key.
    const key = ws?.dir ?? '';
    byWorkspace.set(key, [...(byWorkspace.get(key) ?? []), `${where}${text}`]);
  }
  return byWorkspace;
}

export interface RuntimeReport {
  checks: number;
  failures: string[];
  /** Peak resident memory of the check's child process. */
  maxRssMb?: number;
  /** CPU seconds of the check's child process (user + system). */
  cpuS?: number;
  /** Wall seconds of the check's child process, from its start to its report. */
  wallS?: number;
}

/** Heap limit handed to the runtime check's child: the caller's own `--max-old-space-size`, if any. */
const heapFlags = () => process.execArgv.filter((a) => a.startsWith('--max-old-space-size'));

/**
 * Bundles a script written into a scratch workspace for a child Node process: the scratch
 * `@ota-contract/*` packages are bundled in, third-party packages stay external and resolve from
 * node_modules as in a real install.
 */
export async function bundleScript(entry: string, outfile: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [{ name: 'external-deps', setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@ota-contract/') ? undefined : { path: args.path, external: true })) }],
  });
}

/**
 * Runs runtime-check.ts against the workspace: the script is copied into it (so `@ota-contract/*`
 * resolves to the scratch packages), bundled by esbuild with third-party packages left external,
 * and run by Node with the model's runtime plan. Returns its report, or throws with its stderr.
 */
export async function runtimeCheck(ws: Workspace, options: { timeoutMs?: number } = {}): Promise<RuntimeReport> {
  return startRuntimeCheck(await bundleRuntimeCheck(ws), options);
}

/** Writes and bundles the runtime check of a workspace; returns what `startRuntimeCheck` runs. */
export async function bundleRuntimeCheck(ws: Workspace): Promise<{ dir: string; bundle: string; planFile: string }> {
  const entry = join(ws.dir, 'runtime-check.entry.ts');
  const bundle = join(ws.dir, 'runtime-check.bundle.mjs');
  const planFile = join(ws.dir, 'runtime-plan.json');
  cpSync(join(import.meta.dirname, 'runtime-check.ts'), entry);
  writeFileSync(planFile, JSON.stringify(runtimePlan(ws.model)));
  await bundleScript(entry, bundle);
  return { dir: ws.dir, bundle, planFile };
}

/**
 * Starts the bundled runtime check in a child Node process at once (so a caller can type-check on
 * the other core meanwhile) and resolves with its report when it exits; rejects with its stderr.
 */
export function startRuntimeCheck(run: { dir: string; bundle: string; planFile: string }, options: { timeoutMs?: number } = {}): Promise<RuntimeReport> {
  const child = spawn(process.execPath, [...heapFlags(), run.bundle, run.planFile], { cwd: run.dir, timeout: options.timeoutMs ?? 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (status !== 0 || !last.startsWith('{')) reject(new Error(`runtime check exited ${status}:\n${Buffer.concat(err).toString('utf8')}\n${stdout}`));
      else resolvePromise(JSON.parse(last) as RuntimeReport);
    });
  });
}

/** Models under test/models that generate (the unsupported-protocol model is the error case). */
export function featureModels(): string[] {
  return readdirSync(modelsDir)
    .filter((f) => f.endsWith('.json') && f !== 'unsupported-protocol.json')
    .sort();
}
