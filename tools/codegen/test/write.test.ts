import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFiles, writeFiles } from '../src/write/index.js';

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'ota-write-'));
  mkdirSync(join(dir, 'packages/x/src'), { recursive: true });
  writeFileSync(join(dir, 'packages/x/src/other.gen.ts'), 'from another emitter\n');
  writeFileSync(join(dir, 'packages/x/src/index.ts'), 'hand-written\n');
  return dir;
}

const files = [{ path: 'packages/x/src/mine.gen.ts', contents: 'export {};\n' }];

describe('write/', () => {
  it('a full run removes generated files it no longer produces, never hand-written ones', () => {
    const dir = scratch();
    expect(diffFiles(dir, files).map((d) => `${d.kind} ${d.path}`)).toEqual(['missing packages/x/src/mine.gen.ts', 'stale packages/x/src/other.gen.ts']);
    expect(writeFiles(dir, files)).toEqual({ written: ['packages/x/src/mine.gen.ts'], removed: ['packages/x/src/other.gen.ts'] });
    expect(existsSync(join(dir, 'packages/x/src/other.gen.ts'))).toBe(false);
    expect(readFileSync(join(dir, 'packages/x/src/index.ts'), 'utf8')).toBe('hand-written\n');
  });

  it('a partial run (--only) leaves other generated files in the same directory alone', () => {
    const dir = scratch();
    expect(diffFiles(dir, files, { removeStale: false }).map((d) => d.kind)).toEqual(['missing']);
    expect(writeFiles(dir, files, { removeStale: false }).removed).toEqual([]);
    expect(readFileSync(join(dir, 'packages/x/src/other.gen.ts'), 'utf8')).toBe('from another emitter\n');
  });

  it('rewrites nothing when the content is unchanged', () => {
    const dir = scratch();
    writeFiles(dir, files);
    expect(writeFiles(dir, files).written).toEqual([]);
  });
});
