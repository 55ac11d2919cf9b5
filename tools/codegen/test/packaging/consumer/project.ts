/**
 * A throwaway consumer project outside the workspace (under the OS temp directory, with no
 * node_modules above it): the packed tarballs plus their peers at the pinned versions, installed
 * by pnpm from its store (offline wherever `pnpm install` ran before), and two tsconfigs.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, repoRoot, type PackedPackage } from '../pack.js';

export const PEERS = { zod: '4.6.7', msw: '2.15.0', ajv: '8.20.0', '@types/node': '20.19.43' };
const here = import.meta.dirname;

function tsconfig(module: string, moduleResolution: string, skipLibCheck: boolean) {
  return {
    compilerOptions: {
      module,
      moduleResolution,
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck,
      noEmit: true,
    },
    files: ['consumer.ts'],
  };
}

export async function createConsumerProject(packages: readonly PackedPackage[]): Promise<string> {
  const project = mkdtempSync(join(tmpdir(), 'ota-consumer-'));
  const tarballs = Object.fromEntries(packages.map((p) => [p.name, `file:${p.tarball}`]));
  const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string; pnpm: { overrides: Record<string, string> } };
  const manifest = {
    name: 'ota-contract-consumer',
    private: true,
    type: 'module',
    // Corepack's pnpm shim would otherwise fetch "the latest pnpm" for a project that names none.
    packageManager: root.packageManager,
    dependencies: { ...tarballs, ...PEERS },
    // The tarballs depend on each other at their version (`@ota-contract/types: 0.1.0`), which no
    // registry has yet: point those at the tarballs too. The @inquirer pins keep msw's prompt
    // dependencies on Node-20 releases, as in the workspace.
    pnpm: { overrides: { ...tarballs, ...root.pnpm.overrides } },
  };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const f of ['consumer.ts', 'run.mjs', 'run.cjs']) copyFileSync(join(here, f), join(project, f));
  // node16 also checks every .d.ts (ours, zod's, msw's: ~20 s of CPU), which catches declarations
  // that only resolve with non-default options (a JSON import needs resolveJsonModule); bundler
  // checks the consumer file alone.
  writeFileSync(join(project, 'tsconfig.node16.json'), JSON.stringify(tsconfig('node16', 'node16', false), null, 2));
  writeFileSync(join(project, 'tsconfig.bundler.json'), JSON.stringify(tsconfig('preserve', 'bundler', true), null, 2));
  await exec('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--ignore-scripts', '--config.engine-strict=false', '--reporter=silent'], project, 240_000);
  return project;
}
