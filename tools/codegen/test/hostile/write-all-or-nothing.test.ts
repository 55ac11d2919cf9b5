/**
 * All or nothing: when a write fails midway (an output path is taken by a file or a directory), no
 * file is left changed, no staged file or new directory is left behind, and the error says which path.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WriteError, writeFiles } from '../../src/write/index.js';
import { baseModel, runCli } from './hostile-model.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir` with its contents, so "nothing changed" compares the whole tree. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length)] = entry.isFile() ? readFileSync(path, 'utf8') : '<dir>';
  }
  return out;
}

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ota-write-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'packages/a/src'), { recursive: true });
  writeFileSync(join(dir, 'packages/a/src/one.gen.ts'), 'old one\n');
  writeFileSync(join(dir, 'packages/a/src/stale.gen.ts'), 'stale\n');
  return dir;
}

describe('writeFiles is all or nothing', () => {
  it('leaves every file as it was when a later output path is blocked by a file', () => {
    const dir = tree();
    writeFileSync(join(dir, 'packages/b'), 'a file where a directory must go\n');
    const before = snapshot(dir);
    const files = [
      { path: 'packages/a/src/one.gen.ts', contents: 'new one\n' },
      { path: 'packages/a/src/two.gen.ts', contents: 'new two\n' },
      { path: 'packages/b/src/three.gen.ts', contents: 'new three\n' },
    ];
    expect(() => writeFiles(dir, files)).toThrow(WriteError);
    expect(() => writeFiles(dir, files)).toThrow(/packages\/b.*nothing was changed/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a target that is a directory before touching anything', () => {
    const dir = tree();
    mkdirSync(join(dir, 'packages/z/src/last.gen.ts'), { recursive: true });
    const before = snapshot(dir);
    const files = [
      { path: 'packages/a/src/one.gen.ts', contents: 'new one\n' },
      { path: 'packages/new/src/x.gen.ts', contents: 'x\n' },
      { path: 'packages/z/src/last.gen.ts', contents: 'cannot replace a directory\n' },
    ];
    expect(() => writeFiles(dir, files)).toThrow(/packages\/z\/src\/last\.gen\.ts/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('undoes the swaps already made when a later swap fails', () => {
    const dir = tree();
    mkdirSync(join(dir, 'packages/z/src'), { recursive: true });
    writeFileSync(join(dir, 'packages/z/src/last.gen.ts'), 'old last\n');
    // The backup name of the last target is taken by a non-empty directory: its swap fails after
    // packages/a/src/one.gen.ts has already been swapped in.
    mkdirSync(join(dir, `packages/z/src/last.gen.ts.${process.pid}.bak/x`), { recursive: true });
    const before = snapshot(dir);
    const files = [
      { path: 'packages/a/src/one.gen.ts', contents: 'new one\n' },
      { path: 'packages/z/src/last.gen.ts', contents: 'new last\n' },
    ];
    expect(() => writeFiles(dir, files)).toThrow(WriteError);
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes everything and removes stale files when nothing fails', () => {
    const dir = tree();
    const result = writeFiles(dir, [{ path: 'packages/a/src/one.gen.ts', contents: 'new one\n' }]);
    expect(result).toEqual({ written: ['packages/a/src/one.gen.ts'], removed: ['packages/a/src/stale.gen.ts'] });
    expect(snapshot(dir)).toEqual({ '/packages': '<dir>', '/packages/a': '<dir>', '/packages/a/src': '<dir>', '/packages/a/src/one.gen.ts': 'new one\n' });
  });

  it('the CLI answers a blocked output path in one line, exit 1, earlier files untouched', () => {
    const r = runCli(JSON.stringify(baseModel()), [], (work) => writeFileSync(join(work, 'packages/zod'), 'a file, not a directory\n'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot write packages\/zod.*nothing was changed/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(r.work, 'packages/types/src/shapes.gen.ts'), 'utf8')).toBe('previous\n');
    expect(readFileSync(join(r.work, 'packages/zod'), 'utf8')).toBe('a file, not a directory\n');
    expect(readdirSync(join(r.work, 'packages')).sort()).toEqual(['types', 'zod']);
  });
});
