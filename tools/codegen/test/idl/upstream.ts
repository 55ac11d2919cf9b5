/** Paths of the upstream Smithy sources the IDL tests read (../shared/upstream, never copied here). */

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
export const upstreamSmithy = resolve(repoRoot, '../shared/upstream/smithy');
export const loaderCases = join(upstreamSmithy, 'smithy-model/src/test/resources/software/amazon/smithy/model/loader');

/** Throws naming the folder when the upstream copy is missing, so the test fails instead of passing empty. */
export function requireFolder(folder: string): string {
  if (!existsSync(folder)) throw new Error(`upstream folder missing: ${folder} (see ../shared/upstream/README.md)`);
  return folder;
}

/** Every file below `dir` whose name ends with `suffix`, sorted. */
export function filesUnder(dir: string, suffix: string, skip: (path: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (skip(p)) continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith(suffix)) out.push(p);
    }
  };
  walk(requireFolder(dir));
  return out;
}

/** Every `.smithy` file of upstream outside the loader's own test cases: prelude, trait definitions, protocol tests. */
export function upstreamModelFiles(): string[] {
  return filesUnder(upstreamSmithy, '.smithy', (p) => p === loaderCases || p.endsWith('/node_modules'));
}
