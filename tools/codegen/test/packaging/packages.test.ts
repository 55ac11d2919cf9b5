/**
 * What `pnpm publish` would ship, checked the way a consumer's tools see it. Every generated package
 * is built once (`pnpm build`) and packed (`pnpm pack`); then its manifest and files, `publint
 * --strict`, `@arethetypeswrong/cli` (profile esm-only: the packages are ESM-only, see
 * docs/DECISIONS.md), and a throwaway project outside the workspace that installs the tarballs,
 * type-checks a consumer under moduleResolution node16 and bundler, and runs it as ESM and as
 * CommonJS (require(esm), Node ≥ 20.19). One file, so the build runs once and nothing else
 * rebuilds dist/ while these tests read it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumerProject } from './consumer/project.js';
import { buildAndPack, exec, generatedPackages, repoRoot, tarball, type PackedPackage } from './pack.js';

const packages = generatedPackages();
const names = packages.map((p) => p.name);
let packed: Map<string, PackedPackage>;
let packDir: string;
/** Installed in the background while the tarballs are linted. */
let consumerProject: Promise<string>;

beforeAll(async () => {
  const result = await buildAndPack();
  packDir = result.dir;
  packed = new Map(result.packages.map((p) => [p.name, p]));
  consumerProject = createConsumerProject(result.packages);
  consumerProject.catch(() => {}); // reported by the consumer tests' hook
}, 300_000);
afterAll(async () => {
  rmSync(packDir, { recursive: true, force: true });
  const project = await consumerProject.catch(() => undefined);
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Every file path an `exports` map points at. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

/**
 * Bare module specifiers imported by the built JavaScript (static and dynamic), read by
 * TypeScript's own import scanner so that text in comments or strings (`"absent" from "empty"`)
 * is never taken for an import.
 */
function bareImports(pkgDir: string, files: string[]): Set<string> {
  const found = new Set<string>();
  for (const f of files.filter((f) => f.endsWith('.js') && f.startsWith('dist/'))) {
    const text = readFileSync(join(pkgDir, f), 'utf8');
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      if (spec.startsWith('.') || spec.startsWith('/')) continue;
      if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
      found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return found;
}

describe.each(names)('%s tarball', (name) => {
  it('ships dist/ (ESM + .d.ts) with an exports map that resolves inside the tarball', async () => {
    const pkg = packed.get(name)!;
    const { files, manifest } = await tarball(pkg.tarball);
    expect(manifest).toMatchObject({ name, version: pkg.version, type: 'module', sideEffects: false, engines: { node: '>=20.19.0' } });
    expect(files.filter((f) => f.startsWith('src/'))).toEqual([]);
    expect(files).toContain('README.md');
    expect(manifest.exports['./package.json']).toBe('./package.json');
    const targets = exportTargets(manifest.exports);
    for (const t of targets) expect(files, `${name} exports ${t}`).toContain(t.replace(/^\.\//, ''));
    expect(targets.filter((t) => t.startsWith('./src/'))).toEqual([]);
    // `default`, not `import`: require(esm) (Node ≥ 20.19) resolves with the `require` condition.
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    for (const [sub, target] of Object.entries(manifest.exports as Record<string, unknown>)) {
      if (typeof target === 'object') expect(Object.keys(target!), sub).toEqual(['types', 'default']);
    }
  });

  it('depends on real versions and declares every package its code imports (zod, msw, ajv as peers)', async () => {
    const pkg = packed.get(name)!;
    const { files, manifest } = await tarball(pkg.tarball);
    const deps: Record<string, string> = manifest.dependencies ?? {};
    const peers: Record<string, string> = manifest.peerDependencies ?? {};
    for (const [dep, range] of Object.entries(deps)) {
      expect(range, dep).not.toMatch(/^workspace:/);
      // The fixed group ships together: internal dependencies pin the same version.
      if (names.includes(dep)) expect(range, dep).toBe(pkg.version);
    }
    const imported = bareImports(pkg.dir, files);
    for (const spec of imported) expect(spec in deps || spec in peers, `${name} imports ${spec} but does not declare it`).toBe(true);
    // One zod/msw/ajv instance in the consumer's app (schemas and handlers are shared objects).
    for (const peer of ['zod', 'msw', 'ajv']) {
      if (imported.has(peer)) {
        expect(peers[peer], `${peer} must be a peer dependency of ${name}`).toBeDefined();
        expect(deps[peer]).toBeUndefined();
      }
    }
  });

});

// attw runs the TypeScript compiler over each tarball (~5 s of CPU each): all five at once.
describe.concurrent('lint of the tarballs', () => {
  it.each(names)('%s passes publint --strict and @arethetypeswrong/cli (esm-only profile)', { timeout: 180_000 }, async (name) => {
    const { tarball: file } = packed.get(name)!;
    const lint = await exec(join(repoRoot, 'node_modules/.bin/publint'), ['--strict', file], repoRoot);
    expect(lint.stdout).toContain('All good!');
    const { stdout } = await exec(join(repoRoot, 'node_modules/.bin/attw'), [file, '--profile', 'esm-only', '--format', 'json'], repoRoot);
    const report = JSON.parse(stdout) as { analysis: { problems: { kind: string; resolutionKind?: string }[]; entrypoints: Record<string, unknown> } };
    const problems = report.analysis.problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
    expect(problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './package.json']));
  });
});

it('the fixed group is every generated package in packages/', () => {
  expect([...names].sort()).toEqual(['@ota-contract/fixtures', '@ota-contract/json-schema', '@ota-contract/msw', '@ota-contract/types', '@ota-contract/zod']);
  const config = JSON.parse(readFileSync(join(repoRoot, '.changeset/config.json'), 'utf8'));
  expect(config.fixed).toHaveLength(1);
});

describe('a consumer project with the packed tarballs', () => {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  let project: string;
  beforeAll(async () => {
    project = await consumerProject;
  }, 300_000);

  it('installed the packages from the tarballs, not from the workspace', () => {
    for (const name of names) {
      const manifest = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'));
      expect(manifest.exports['.'].default).toBe('./dist/index.js');
    }
  });

  it.concurrent.each(['node16', 'bundler'])('type-checks with moduleResolution %s', { timeout: 180_000 }, async (mode) => {
    const { stdout } = await exec(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], project);
    expect(stdout).toBe('');
  });

  it('runs as ESM: zod, the precompiled validator, a fixture, the msw handler over fetch', async () => {
    const { stdout } = await exec(process.execPath, ['run.mjs'], project);
    expect(stdout).toContain('consumer ESM ok: GET /otaUpdates/{otaUpdateId}');
  });

  it('runs as CommonJS through require(esm)', async () => {
    const { stdout } = await exec(process.execPath, ['run.cjs'], project);
    expect(stdout).toContain('consumer CJS ok');
  });
});
