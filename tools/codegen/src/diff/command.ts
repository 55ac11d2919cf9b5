/**
 * `ota-codegen diff <old-model> <new-model>`: print each change with its class, then the bump.
 * Each side is a `.json` AST file, a `.smithy` file or a folder of them.
 */

import { diffModels, formatDiff } from './index.js';
import { irFromPaths, type ModelSelection } from './load.js';

export function diffCommand(files: readonly string[], selection: ModelSelection): { stdout: string; exitCode: number } {
  if (files.length !== 2) return { stdout: '', exitCode: 2 };
  const [oldPath, newPath] = files as [string, string];
  const before = irFromPaths([oldPath], selection);
  const after = irFromPaths([newPath], selection);
  return { stdout: formatDiff(diffModels(before, after)), exitCode: 0 };
}
