/**
 * `diffModels(before, after)`: how a model change should move the version of the generated
 * packages. Pure: two IRs in, a list of classified changes and the overall bump out.
 */

import type { IrModel } from '../ir/types.js';
import type { DiffContext } from './members.js';
import { compareOperations, compareService } from './operations.js';
import { compareShape } from './shapes.js';
import { maxBump, rank, type ModelChange, type ModelDiff } from './types.js';

export { irFromInputs, irFromPaths, irFromText, type ModelSelection } from './load.js';
export type { Bump, ChangeCode, ChangeLevel, ModelChange, ModelDiff } from './types.js';

export function diffModels(before: IrModel, after: IrModel): ModelDiff {
  const ctx: DiffContext = { before: before.shapes, after: after.shapes };
  const changes: ModelChange[] = [...compareService(before.service, after.service), ...compareOperations(before.operations, after.operations)];
  for (const id of before.shapeOrder) {
    const a = before.shapes.get(id)!;
    if (a.prelude) continue;
    const b = after.shapes.get(id);
    // Every generated symbol of the shape disappears.
    if (!b) changes.push({ level: 'major', code: 'shape-removed', target: id, message: `${a.kind} removed` });
    else changes.push(...compareShape(a, b, ctx));
  }
  for (const id of after.shapeOrder) {
    const b = after.shapes.get(id)!;
    if (!b.prelude && !before.shapes.has(id)) changes.push({ level: 'minor', code: 'shape-added', target: id, message: `${b.kind} added` });
  }
  // Stable sort: most severe first, model order within a level.
  const ordered = changes.map((c, i) => [c, i] as const).sort(([x, i], [y, j]) => rank(y.level) - rank(x.level) || i - j).map(([c]) => c);
  return { changes: ordered, bump: maxBump(ordered.map((c) => c.level)) };
}

/** The CLI's text: one line per change, then the overall bump. */
export function formatDiff(diff: ModelDiff): string {
  const lines = diff.changes.map((c) => `${c.level.padEnd(5)}  ${c.target}  ${c.message}`);
  const count = (level: string) => diff.changes.filter((c) => c.level === level).length;
  lines.push(
    diff.bump === 'none'
      ? 'bump: none (no change to the contract)'
      : `bump: ${diff.bump} (${count('major')} major, ${count('minor')} minor, ${count('patch')} patch)`,
  );
  return `${lines.join('\n')}\n`;
}
