/**
 * A valid model whose @pattern can match no string (test/models/fixtures-unsatisfiable-pattern.json):
 * the IR flags it, the CLI warns naming the member and the pattern, the JSDoc says so, and the
 * fixtures refuse to build a structure that requires it with FixtureConstraintError.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFromText } from '../../src/generate.js';
import { unsatisfiablePatterns, unsatisfiableWarning } from '../../src/ir/unsatisfiable.js';
import { modelsDir } from './harness.js';

const file = join(modelsDir, 'fixtures-unsatisfiable-pattern.json');
const { model, files } = generateFromText(readFileSync(file, 'utf8'), { source: 'fixtures-unsatisfiable-pattern.json' });

describe('a @pattern that can match no string', () => {
  it('is flagged in the IR on the shape and on every member targeting it', () => {
    expect(model.shapes.get('example.fixturesimpossible#AwsAccountId')!.constraints.patternMatchesNothing).toBe(true);
    expect(unsatisfiablePatterns(model).map((u) => u.where)).toEqual([
      'example.fixturesimpossible#AwsAccountId',
      'example.fixturesimpossible#Details$catalogId',
      'example.fixturesimpossible#Grant$accountId',
    ]);
  });

  it('gets a warning on stderr from `generate`, which still writes the files', () => {
    const out = mkdtempSync(join(tmpdir(), 'unsat-'));
    try {
      const bin = resolve(modelsDir, '../../bin/ota-codegen.js');
      const run = spawnSync(process.execPath, [bin, 'generate', '--model', file, '--out', out], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const warnings = run.stderr.split('\n').filter((l) => l.includes('warning:'));
      expect(warnings).toHaveLength(3);
      const grant = warnings.find((l) => l.includes('example.fixturesimpossible#Grant$accountId'));
      expect(grant).toBe(unsatisfiableWarning({ where: 'example.fixturesimpossible#Grant$accountId', pattern: '/^[\\d]{12}$/' }));
      expect(grant).toContain('"/^[\\\\d]{12}$/"'); // the pattern, as JSON text
      expect(readdirSync(out).length).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is documented in the generated JSDoc', () => {
    const types = files.filter((f) => f.path.endsWith('.ts')).map((f) => f.contents).join('\n');
    expect(types).toContain('- Warning: this pattern can match no string, so no valid value exists');
  });
});
