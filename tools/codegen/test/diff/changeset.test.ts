/**
 * `ota-codegen diff` and `generate --changeset` through the real CLI, in scratch directories. The
 * written changeset is read back by changesets' own release planner (the code `changeset version`
 * runs) with this repository's `.changeset/config.json`, so the fixed group and bump are real.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync as mkdtempRaw, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');
const cli = join(root, 'tools/codegen/bin/ota-codegen.js');
const modelText = readFileSync(join(root, 'models/iot/get-ota-update.json'), 'utf8');
const GENERATED = ['types', 'zod', 'json-schema', 'fixtures', 'msw'];

const scratchDirs: string[] = [];
const mkdtempSync = (prefix: string) => {
  const dir = mkdtempRaw(prefix);
  scratchDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

/** FACTS §6.2–6.3: the 2022 model, 4 statuses and OTAUpdateFiles max 50. */
function model2022(): string {
  const m = JSON.parse(modelText);
  delete m.shapes['com.amazonaws.iot#OTAUpdateStatus'].members.DELETE_IN_PROGRESS;
  delete m.shapes['com.amazonaws.iot#OTAUpdateStatus'].members.DELETE_FAILED;
  m.shapes['com.amazonaws.iot#OTAUpdateFiles'].traits['smithy.api#length'].max = 50;
  return JSON.stringify(m, null, 2);
}

/** A scratch repository: the model, the changesets config and the packages' manifests. */
function scratch(): string {
  const work = mkdtempSync(join(tmpdir(), 'ota-changeset-'));
  cpSync(join(root, 'models'), join(work, 'models'), { recursive: true });
  cpSync(join(root, '.changeset/config.json'), join(work, '.changeset/config.json'));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  writeFileSync(join(work, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  for (const p of GENERATED) {
    mkdirSync(join(work, 'packages', p), { recursive: true });
    cpSync(join(root, 'packages', p, 'package.json'), join(work, 'packages', p, 'package.json'));
  }
  return work;
}

const changesets = (dir: string) => readdirSync(join(dir, '.changeset')).filter((f) => f.endsWith('.md')).sort();

async function releasePlan(dir: string) {
  const req = createRequire(createRequire(import.meta.url).resolve('@changesets/cli/package.json'));
  const mod = req('@changesets/get-release-plan') as { default: (cwd: string) => Promise<{ releases: { name: string; type: string; newVersion: string }[] }> };
  const plan = await mod.default(dir);
  return plan.releases.map((r) => `${r.name} ${r.type} ${r.newVersion}`).sort();
}

describe('ota-codegen diff <old-model> <new-model>', () => {
  it('prints each change with its class and the overall bump, and exits 0', () => {
    const work = mkdtempSync(join(tmpdir(), 'ota-diff-'));
    writeFileSync(join(work, 'old.json'), model2022());
    const r = run(['diff', 'old.json', join(root, 'models/iot/get-ota-update.json')], work);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'minor  com.amazonaws.iot#OTAUpdateFiles  length (entries) max raised 50 → ∞',
      'minor  com.amazonaws.iot#OTAUpdateStatus  value "DELETE_IN_PROGRESS" added',
      'minor  com.amazonaws.iot#OTAUpdateStatus  value "DELETE_FAILED" added',
      'bump: minor (0 major, 3 minor, 0 patch)',
    ]);
    const back = run(['diff', join(root, 'models/iot/get-ota-update.json'), 'old.json'], work);
    expect(back.status).toBe(0);
    expect(back.stdout).toMatch(/^bump: major \(3 major, 0 minor, 0 patch\)$/m);
  });

  it('fails with usage when it is not given two models, and with the pointer for a broken one', () => {
    const work = mkdtempSync(join(tmpdir(), 'ota-diff-'));
    expect(run(['diff', 'one.json'], work).status).toBe(2);
    writeFileSync(join(work, 'bad.json'), '{"smithy":"2.0","shapes":{"a#B":{"type":"nope"}}}');
    const r = run(['diff', 'bad.json', 'bad.json'], work);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/shapes/a#B/type');
  });
});

describe('pnpm generate --changeset', () => {
  it('writes one changeset for the fixed group at the computed bump, idempotently', async () => {
    const work = scratch();
    writeFileSync(join(work, 'old.json'), model2022());
    const r = run(['generate', '--only', 'types', '--quiet', '--changeset', '--base', 'old.json'], work);
    expect(r.status, r.stderr).toBe(0);
    const [file, ...rest] = changesets(work);
    expect(rest).toEqual([]);
    expect(r.stderr).toBe(`ota-codegen: minor change since ${join(work, 'old.json')}: wrote .changeset/${file}\n`);
    const text = readFileSync(join(work, '.changeset', file!), 'utf8');
    expect(text).toContain('- minor: `com.amazonaws.iot#OTAUpdateStatus` value "DELETE_FAILED" added');
    // The planner `changeset version` uses: every package of the fixed group moves 0.1.0 → 0.2.0.
    expect(await releasePlan(work)).toEqual(GENERATED.map((p) => `@ota-contract/${p} minor 0.2.0`).sort());
    // Same change again: the same file name, not a second bump.
    expect(run(['generate', '--only', 'types', '--quiet', '--changeset', '--base', 'old.json'], work).status).toBe(0);
    expect(changesets(work)).toEqual([file]);
  });

  it('a breaking change gives a major changeset; no change gives none', async () => {
    const work = scratch();
    writeFileSync(join(work, 'old.json'), modelText);
    const none = run(['generate', '--only', 'types', '--quiet', '--changeset', '--base', 'old.json'], work);
    expect(none.status).toBe(0);
    expect(none.stderr).toContain('no contract change');
    expect(changesets(work)).toEqual([]);

    writeFileSync(join(work, 'models/iot/get-ota-update.json'), model2022());
    writeFileSync(join(work, 'old.json'), modelText);
    expect(run(['generate', '--only', 'types', '--quiet', '--changeset', '--base', 'old.json'], work).status).toBe(0);
    expect(await releasePlan(work)).toEqual(GENERATED.map((p) => `@ota-contract/${p} major 1.0.0`).sort());
  });

  it('without --base, compares with the model committed at git HEAD', () => {
    const work = scratch();
    writeFileSync(join(work, 'models/iot/get-ota-update.json'), model2022());
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: work, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'models');
    git('commit', '-q', '-m', 'model as of 2022');
    writeFileSync(join(work, 'models/iot/get-ota-update.json'), modelText);
    const r = run(['generate', '--only', 'types', '--quiet', '--changeset'], work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^ota-codegen: minor change since HEAD: wrote \.changeset\/ota-model-[0-9a-f]{10}\.md\n$/);
  });

  it('outside git and without --base, fails before writing anything', () => {
    const work = scratch();
    const r = run(['generate', '--only', 'types', '--quiet', '--changeset'], work);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read the previous model from git HEAD .*--base <file>/);
    expect(readdirSync(join(work, 'packages/types'))).toEqual(['package.json']);
  });
});
