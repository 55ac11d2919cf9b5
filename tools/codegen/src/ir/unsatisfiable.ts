/**
 * Where a model's `@pattern` can match no string. Such a model is valid Smithy, so it is generated;
 * the generator warns with each place, since no valid value exists for a member that needs it.
 */
import type { IrMember, IrModel } from './types.js';

export interface UnsatisfiablePattern {
  /** `ns#Shape$member`, or `ns#Shape` for the shape's own constraint. */
  where: string;
  /** The model's text of the pattern. */
  pattern: string;
}

export function unsatisfiablePatterns(model: IrModel): UnsatisfiablePattern[] {
  const found: UnsatisfiablePattern[] = [];
  const seen = new Set<string>();
  const add = (where: string, c: IrMember['constraints']): void => {
    if (!c.patternMatchesNothing || seen.has(where)) return;
    seen.add(where);
    found.push({ where, pattern: c.patternSource ?? c.pattern ?? '' });
  };
  for (const id of model.shapeOrder) {
    const shape = model.shapes.get(id)!;
    const members: [string, IrMember][] =
      shape.kind === 'structure' || shape.kind === 'union'
        ? shape.members.map((m) => [m.name, m])
        : shape.kind === 'list'
          ? [['member', shape.member]]
          : shape.kind === 'map'
            ? [['key', shape.key], ['value', shape.value]]
            : [];
    if (members.length === 0) add(id, shape.constraints);
    for (const [name, m] of members) add(`${id}$${name}`, m.constraints);
  }
  return found;
}

/** The stderr line for one place. */
export function unsatisfiableWarning(u: UnsatisfiablePattern): string {
  return `ota-codegen: warning: ${u.where} has @pattern ${JSON.stringify(u.pattern)}, which can match no string: no valid value exists (generated as is; fixtures refuse to build one)`;
}
