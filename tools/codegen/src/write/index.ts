/**
 * The only code that touches disk. Files are fully rendered in memory first; only then is anything
 * written, all or nothing (see `writeFiles`), so a failure never leaves a half-written package.
 * Generated files no longer produced are removed from the directories we own.
 */

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

/** A write that failed; nothing on disk was left changed (`writeFiles` rolled back). */
export class WriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteError';
  }
}

/**
 * Writes only files whose content changed (keeps mtimes stable for turbo and editors), all or
 * nothing: every new file is first staged beside its target (`<file>.<pid>.tmp`), then each target
 * is swapped in by rename, the old one kept as `<file>.<pid>.bak` until all swaps succeed. Any
 * failure (an output path that is a file or a directory, a full disk) undoes every swap, removes the
 * staged files and the directories this run created, and throws `WriteError`.
 */
export function writeFiles(outDir: string, files: readonly GeneratedFile[], options: WriteOptions = {}): { written: string[]; removed: string[] } {
  const changed = files.filter((f) => {
    const abs = join(outDir, f.path);
    return !(existsSync(abs) && statSync(abs).isFile() && readFileSync(abs, 'utf8') === f.contents);
  });
  const removed = options.removeStale === false ? [] : staleFiles(outDir, files);
  const createdDirs: string[] = [];
  const staged: { abs: string; tmp: string }[] = [];
  const swapped: { abs: string; backup?: string }[] = [];
  const backups: { abs: string; backup: string }[] = [];
  try {
    for (const f of changed) {
      const abs = join(outDir, f.path);
      if (existsSync(abs) && !statSync(abs).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR', path: abs });
      const first = mkdirSync(dirname(abs), { recursive: true });
      if (first !== undefined) createdDirs.push(first);
      const tmp = `${abs}.${process.pid}.tmp`;
      writeFileSync(tmp, f.contents);
      staged.push({ abs, tmp });
    }
    for (const { abs, tmp } of staged) {
      const backup = existsSync(abs) ? `${abs}.${process.pid}.bak` : undefined;
      if (backup) renameSync(abs, backup);
      swapped.push({ abs, ...(backup ? { backup } : {}) });
      renameSync(tmp, abs);
    }
    for (const path of removed) {
      const abs = join(outDir, path);
      const backup = `${abs}.${process.pid}.bak`;
      renameSync(abs, backup);
      backups.push({ abs, backup });
    }
  } catch (e) {
    rollBack(staged, swapped, backups, createdDirs);
    const err = e as NodeJS.ErrnoException;
    const where = err.path ? relative(outDir, err.path) || err.path : outDir;
    throw new WriteError(`cannot write ${where} (${err.code ?? err.message}); nothing was changed`);
  }
  for (const { backup } of [...swapped, ...backups]) if (backup) rmSync(backup, { force: true });
  return { written: changed.map((f) => f.path), removed };
}

/** Undoes a partial `writeFiles`, newest step first; best effort, so one failure does not stop the rest. */
function rollBack(
  staged: readonly { tmp: string }[],
  swapped: readonly { abs: string; backup?: string }[],
  backups: readonly { abs: string; backup: string }[],
  createdDirs: readonly string[],
): void {
  const attempt = (fn: () => void) => {
    try {
      fn();
    } catch {
      // keep going: the remaining steps still restore what they can
    }
  };
  for (const { abs, backup } of [...backups].reverse()) attempt(() => renameSync(backup, abs));
  for (const { abs, backup } of [...swapped].reverse()) {
    attempt(() => {
      if (existsSync(abs) && statSync(abs).isFile()) rmSync(abs);
      if (backup) renameSync(backup, abs);
    });
  }
  for (const { tmp } of staged) attempt(() => rmSync(tmp, { force: true }));
  for (const dir of [...createdDirs].reverse()) attempt(() => rmSync(dir, { recursive: true, force: true }));
}
