/**
 * The only code that touches disk. Files are fully rendered in memory first; only then is anything
 * written, each file through a temporary file and a rename, so a failure never leaves a half-written
 * package. Generated files no longer produced are removed from the directories we own.
 */

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../emit/emitter.js';
import { isGeneratedPath } from './header.js';

export interface FileDifference {
  path: string;
  kind: 'changed' | 'missing' | 'stale';
}

/** Sorted by path, duplicates rejected: output order never depends on emitter order. */
export function normalizeFiles(files: readonly GeneratedFile[]): GeneratedFile[] {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.path === sorted[i - 1]!.path) throw new Error(`two emitters produced ${sorted[i]!.path}`);
  }
  return sorted;
}

/** Directories holding generated files: stale `*.gen.*` files there are ours to delete. */
function ownedDirectories(files: readonly GeneratedFile[]): string[] {
  return [...new Set(files.map((f) => dirname(f.path)))].sort();
}

function staleFiles(outDir: string, files: readonly GeneratedFile[]): string[] {
  const produced = new Set(files.map((f) => f.path));
  const stale: string[] = [];
  for (const dir of ownedDirectories(files)) {
    const abs = join(outDir, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs).sort()) {
      const rel = `${dir}/${entry}`;
      if (isGeneratedPath(entry) && !produced.has(rel)) stale.push(rel);
    }
  }
  return stale;
}

export interface WriteOptions {
  /**
   * Treat `*.gen.*` files the run did not produce as stale. Off for partial runs (`--only`): the
   * other emitters' files in a shared directory are not ours to judge then.
   * @default true
   */
  removeStale?: boolean;
}

export function diffFiles(outDir: string, files: readonly GeneratedFile[], options: WriteOptions = {}): FileDifference[] {
  const diffs: FileDifference[] = [];
  for (const f of files) {
    const abs = join(outDir, f.path);
    if (!existsSync(abs)) diffs.push({ path: f.path, kind: 'missing' });
    else if (readFileSync(abs, 'utf8') !== f.contents) diffs.push({ path: f.path, kind: 'changed' });
  }
  if (options.removeStale !== false) for (const path of staleFiles(outDir, files)) diffs.push({ path, kind: 'stale' });
  return diffs;
}

/** Writes only files whose content changed (keeps mtimes stable for turbo and editors). */
export function writeFiles(outDir: string, files: readonly GeneratedFile[], options: WriteOptions = {}): { written: string[]; removed: string[] } {
  const written: string[] = [];
  for (const f of files) {
    const abs = join(outDir, f.path);
    if (existsSync(abs) && readFileSync(abs, 'utf8') === f.contents) continue;
    mkdirSync(dirname(abs), { recursive: true });
    const tmp = `${abs}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, abs);
    written.push(f.path);
  }
  const removed = options.removeStale === false ? [] : staleFiles(outDir, files);
  for (const path of removed) rmSync(join(outDir, path));
  return { written, removed };
}
