import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const cli = join(root, 'tools/codegen/bin/ota-codegen.js');

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
}

describe('ota-codegen generate --check', () => {
  it('passes on the committed output and lists a drifted file with the fix command', () => {
    const work = mkdtempSync(join(tmpdir(), 'ota-check-'));
    cpSync(join(root, 'models'), join(work, 'models'), { recursive: true });
    expect(run(['generate', '--quiet'], work).status).toBe(0);
    expect(run(['generate', '--check', '--quiet'], work).status).toBe(0);

    const file = join(work, 'packages/types/src/shapes.gen.ts');
    writeFileSync(file, readFileSync(file, 'utf8') + '// edited by hand\n');
    const drift = run(['generate', '--check'], work);
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain('changed  packages/types/src/shapes.gen.ts');
    expect(drift.stderr).toContain('pnpm generate');
  });

  it('reports a stale generated file that the model no longer produces', () => {
    const work = mkdtempSync(join(tmpdir(), 'ota-stale-'));
    cpSync(join(root, 'models'), join(work, 'models'), { recursive: true });
    expect(run(['generate', '--quiet'], work).status).toBe(0);
    writeFileSync(join(work, 'packages/types/src/leftover.gen.ts'), 'export {};\n');
    const drift = run(['generate', '--check'], work);
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain('stale    packages/types/src/leftover.gen.ts');
    expect(run(['generate', '--quiet'], work).status).toBe(0);
    expect(existsSync(join(work, 'packages/types/src/leftover.gen.ts'))).toBe(false);
  });

  it('the committed files in this repository match the model', () => {
    const result = run(['generate', '--check', '--quiet'], root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('--help describes every flag', () => {
    const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    for (const flag of ['--model', '--out', '--service', '--operation', '--only', '--check', '--quiet', '--changeset', '--base', 'OTA_CODEGEN_WORKERS', 'OTA_CODEGEN_TSX']) expect(help).toContain(flag);
  });
});

describe('determinism', () => {
  it('generating twice gives byte-identical files', () => {
    const a = mkdtempSync(join(tmpdir(), 'ota-det-a-'));
    const b = mkdtempSync(join(tmpdir(), 'ota-det-b-'));
    for (const dir of [a, b]) {
      cpSync(join(root, 'models'), join(dir, 'models'), { recursive: true });
      expect(run(['generate', '--quiet'], dir).status).toBe(0);
    }
    const list = (dir: string) => readdirSync(join(dir, 'packages'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.gen\./.test(f)).sort();
    const files = list(a);
    expect(files.length).toBeGreaterThan(0);
    expect(list(b)).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, 'packages', f), 'utf8'), f).toBe(readFileSync(join(a, 'packages', f), 'utf8'));
  });
});
