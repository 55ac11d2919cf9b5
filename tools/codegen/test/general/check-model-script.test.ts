/** scripts/check-model.ts: the end-to-end check of any model, as a command. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelsDir, repoRoot } from './harness.js';

const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/check-model.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('scripts/check-model.ts', () => {
  it('generates, type-checks and runs the runtime checks of a model, and says so', () => {
    const r = run([join(modelsDir, 'java-patterns.json')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('type-check: 0 diagnostics');
    expect(r.stdout).toMatch(/runtime: [1-9]\d* checks, 0 failures/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('exits 2 with its usage without a model', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: pnpm exec tsx scripts/check-model.ts');
  });
});
