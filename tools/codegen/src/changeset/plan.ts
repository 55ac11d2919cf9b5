/**
 * A model diff → a changeset file for the generated packages. Pure: the caller reads the fixed
 * group from `.changeset/config.json` and writes the file.
 *
 * The name is a hash of the contents, so running `generate --changeset` twice for the same change
 * rewrites one file instead of adding a second (which would bump twice).
 */

import { createHash } from 'node:crypto';
import type { ModelDiff } from '../diff/index.js';

export interface ChangesetFile {
  /** Relative to the repository root: `.changeset/ota-model-<hash>.md`. */
  path: string;
  contents: string;
}

export interface ChangesetOptions {
  /** The fixed group's package names; every one gets the same bump. */
  packages: readonly string[];
  /** Model path as shown to readers (repository-relative). */
  source: string;
}

export function planChangeset(diff: ModelDiff, options: ChangesetOptions): ChangesetFile | undefined {
  if (diff.bump === 'none') return undefined;
  if (options.packages.length === 0) throw new Error('the changeset needs at least one package');
  const front = [...options.packages].sort().map((p) => `${JSON.stringify(p)}: ${diff.bump}`);
  const lines = diff.changes.map((c) => `- ${c.level}: \`${c.target}\` ${c.message}`);
  const contents = [
    '---',
    ...front,
    '---',
    '',
    `Contract change from \`${options.source}\` (${diff.bump}, classified by \`ota-codegen diff\`):`,
    '',
    ...lines,
    '',
  ].join('\n');
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10);
  return { path: `.changeset/ota-model-${hash}.md`, contents };
}
