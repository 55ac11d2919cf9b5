/** `ota-codegen diff <old-model> <new-model>`: print each change with its class, then the bump. */

import { readFileSync } from 'node:fs';
import { diffModels, formatDiff } from './index.js';
import { irFromText, type ModelSelection } from './load.js';

export function diffCommand(files: readonly string[], selection: ModelSelection): { stdout: string; exitCode: number } {
  if (files.length !== 2) return { stdout: '', exitCode: 2 };
  const [oldPath, newPath] = files as [string, string];
  const before = irFromText(readFileSync(oldPath, 'utf8'), oldPath, selection);
  const after = irFromText(readFileSync(newPath, 'utf8'), newPath, selection);
  return { stdout: formatDiff(diffModels(before, after)), exitCode: 0 };
}
