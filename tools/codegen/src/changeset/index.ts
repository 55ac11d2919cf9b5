/**
 * `ota-codegen generate --changeset`: compare the model with its previous version (`--base <file>`,
 * or the model as committed at git HEAD) and write the matching changeset for the fixed group.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { diffModels, irFromInputs, type ModelDiff, type ModelSelection } from '../diff/index.js';
import { readInputs, type ModelInput } from '../load/assemble.js';
import type { IrModel } from '../ir/types.js';
import { planChangeset, type ChangesetFile } from './plan.js';

export { planChangeset, type ChangesetFile, type ChangesetOptions } from './plan.js';

/** The `fixed` group of `.changeset/config.json` that holds the given package. */
export function fixedGroup(outDir: string, member = '@ota-contract/types'): string[] {
  const configPath = join(outDir, '.changeset/config.json');
  if (!existsSync(configPath)) throw new Error(`${configPath} not found: run \`pnpm changeset init\` first`);
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { fixed?: string[][] };
  const group = config.fixed?.find((g) => g.includes(member));
  if (!group) throw new Error(`${configPath} has no "fixed" group with ${member}`);
  return group;
}

/** The previous model text: the given file, or the model file as committed at git HEAD. */
export function readBaseModel(modelPath: string, base: string | undefined): { text: string; label: string } {
  if (base !== undefined) return { text: readFileSync(base, 'utf8'), label: base };
  try {
    // `./name` is resolved against the cwd, so this works from any sub-directory of the repository.
    const text = execFileSync('git', ['show', `HEAD:./${basename(modelPath)}`], { cwd: dirname(modelPath), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { text, label: 'HEAD' };
  } catch (e) {
    const reason = ((e as { stderr?: string }).stderr ?? String(e)).trim().split('\n')[0];
    throw new Error(`cannot read the previous model from git HEAD (${reason}); pass it with --base <file>`);
  }
}

/**
 * The previous version of every model file (`.json` or `.smithy`; folders expanded to the files
 * they hold now): `--base` files and folders as they are, or each file as committed at git HEAD.
 */
export function readBaseInputs(modelPaths: readonly string[], base: string | undefined): { inputs: ModelInput[]; label: string } {
  if (base !== undefined) return { inputs: readInputs([base]), label: base };
  const inputs = readInputs(modelPaths).map((input) => ({ file: input.file, text: readBaseModel(resolve(input.file), undefined).text }));
  return { inputs, label: 'HEAD' };
}

export interface ModelChangeset {
  diff: ModelDiff;
  /** Absent when the contract did not change. */
  file?: ChangesetFile;
  baseLabel: string;
}

/** Diffs the base model against `model` (built from the new text) and plans the changeset. Writes nothing. */
export function prepareModelChangeset(opts: { outDir: string; modelPaths: readonly string[]; source: string; base?: string; selection: ModelSelection; model: IrModel }): ModelChangeset {
  const { inputs, label } = readBaseInputs(opts.modelPaths, opts.base);
  const before = irFromInputs(inputs, label, opts.selection);
  const diff = diffModels(before, opts.model);
  const file = planChangeset(diff, { packages: fixedGroup(opts.outDir), source: opts.source });
  return { diff, ...(file ? { file } : {}), baseLabel: label };
}

export function writeChangeset(outDir: string, file: ChangesetFile): void {
  mkdirSync(join(outDir, '.changeset'), { recursive: true });
  writeFileSync(join(outDir, file.path), file.contents);
}
