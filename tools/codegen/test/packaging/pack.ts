/**
 * Builds every generated package (turbo, as `pnpm build` does) and packs each with `pnpm pack`,
 * the command `pnpm publish` uses: it applies `publishConfig` (exports → dist/) and turns
 * `workspace:*` into real versions. `npm pack` (and so `attw --pack`) does neither, which is why the
 * checks here run on pnpm's tarballs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
const run = promisify(execFile);

export interface PackedPackage {
  name: string;
  dir: string;
  version: string;
  tarball: string;
}

/** The changesets fixed group: the packages generated from the model, released together. */
export function generatedPackages(): { name: string; dir: string; version: string }[] {
  const config = JSON.parse(readFileSync(join(repoRoot, '.changeset/config.json'), 'utf8')) as { fixed: string[][] };
  const group = config.fixed.find((g) => g.includes('@ota-contract/types'))!;
  const byName = new Map<string, { dir: string; version: string }>();
  for (const entry of readdirSync(join(repoRoot, 'packages'))) {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', entry, 'package.json'), 'utf8')) as { name: string; version: string };
    byName.set(manifest.name, { dir: join(repoRoot, 'packages', entry), version: manifest.version });
  }
  return group.map((name) => ({ name, ...byName.get(name)! }));
}

export const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

export async function exec(cmd: string, args: string[], cwd: string, timeout = 240_000): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(cmd, args, { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  } catch (e) {
    const err = e as Error & { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${err.stdout ?? ''}${err.stderr ?? ''}${err.message}`);
  }
}

/** turbo build of packages/* (cached), then `pnpm pack` of every generated package into a new temp directory. */
export async function buildAndPack(): Promise<{ dir: string; packages: PackedPackage[] }> {
  // `pnpm build` without the example apps, which are not published.
  await exec('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=./packages/*'], repoRoot, 300_000);
  const dir = mkdtempSync(join(tmpdir(), 'ota-packed-'));
  const packages: PackedPackage[] = [];
  for (const pkg of generatedPackages()) {
    await exec('pnpm', ['pack', '--pack-destination', dir], pkg.dir);
    const tarball = join(dir, `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
    packages.push({ ...pkg, tarball });
  }
  return { dir, packages };
}

/** `tar -tzf` listing and the packed package.json of a tarball. */
export async function tarball(path: string): Promise<{ files: string[]; manifest: Record<string, any> }> {
  const { stdout } = await exec('tar', ['-tzf', path], repoRoot);
  const manifest = JSON.parse((await exec('tar', ['-xzOf', path, 'package/package.json'], repoRoot)).stdout);
  return { files: stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')).sort(), manifest };
}
