/**
 * Which structures and unions can have no valid value at all, because a member they require (or
 * every arm of a union) is a string whose @pattern the generator proved matches nothing
 * (`constraints.patternMatchesNothing`). The end-to-end check expects their fixtures to throw
 * FixtureConstraintError and the validators to reject a value for the member, instead of counting
 * failures: the model is valid, it just has no valid instance there.
 */
import type { IrMember, IrModel, ShapeId } from '../../src/ir/types.js';

export interface Impossible {
  /** `ns#Shape$member` of the member whose pattern matches nothing, reached through required members. */
  cause: string;
  pattern: string;
  /** Set when the member sits directly in this shape: its JSON body name, to show validators rejecting it. */
  jsonName?: string;
  /** The member's target, when it is a named shape carrying that same pattern (it has its own validator). */
  targetId?: ShapeId;
}

export function impossibleShapes(model: IrModel): Map<ShapeId, Impossible> {
  const found = new Map<ShapeId, Impossible>();
  const visiting = new Set<ShapeId>();
  const done = new Set<ShapeId>();
  const viaMember = (owner: ShapeId, m: IrMember): Impossible | undefined => {
    if (m.constraints.patternMatchesNothing) {
      const target = model.shapes.get(m.target);
      const own = target && !target.prelude && target.constraints.pattern === m.constraints.pattern ? { targetId: target.id } : {};
      const direct = !m.http ? { jsonName: m.jsonName, ...own } : own;
      return { cause: `${owner}$${m.name}`, pattern: m.constraints.patternSource ?? m.constraints.pattern ?? '', ...direct };
    }
    const inner = of(m.target);
    return inner ? { cause: inner.cause, pattern: inner.pattern } : undefined;
  };
  const of = (id: ShapeId): Impossible | undefined => {
    if (done.has(id)) return found.get(id);
    if (visiting.has(id)) return undefined; // a cycle: assume satisfiable (sound for "impossible")
    visiting.add(id);
    const s = model.shapes.get(id);
    let result: Impossible | undefined;
    if (s?.kind === 'structure') {
      for (const m of s.members) if (m.required && (result = viaMember(id, m))) break;
    } else if (s?.kind === 'union' && s.members.length > 0) {
      const arms = s.members.map((m) => viaMember(id, m));
      if (arms.every((a) => a !== undefined)) result = arms[0];
    } else if (s?.kind === 'list' && (s.constraints.length?.min ?? 0) > 0) {
      result = viaMember(id, s.member);
    }
    visiting.delete(id);
    done.add(id);
    if (result) found.set(id, result);
    return result;
  };
  for (const id of model.shapeOrder) of(id);
  return found;
}
