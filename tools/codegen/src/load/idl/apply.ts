/**
 * `apply` (IDL statements and JSON AST `"type": "apply"` entries, from any file): traits added to a
 * shape or member defined anywhere in the model, merged by the rules of merge.ts. Applying to a
 * member a shape only inherits from a mixin gives the shape its own copy of that member, as the
 * JSON AST writes such overrides.
 */

import type { AstShape, Traits } from '../ast.js';
import type { ModelIssue } from '../errors.js';
import { mergeTrait } from './merge.js';
import { inheritedMember, MEMBER_SLOTS, ownMember } from './members.js';
import { splitMember } from './shape-ids.js';
import type { Pos } from './types.js';

export interface PendingApply {
  target: string;
  traits: Traits;
  file: string;
  pos?: Pos;
}

export function applyAll(shapes: Record<string, AstShape>, applies: readonly PendingApply[], issues: ModelIssue[]): void {
  for (const a of applies) {
    const fail = (message: string): void => {
      issues.push({ shapeId: a.target, pointer: '', message, file: a.file, line: a.pos?.line ?? 1, column: a.pos?.column ?? 1 });
    };
    const [root, memberName] = splitMember(a.target);
    const shape = shapes[root];
    if (!shape) {
      fail(`apply targets ${a.target}, which is not defined in the model`);
      continue;
    }
    let holder: { target?: string; traits?: Traits } = shape;
    if (memberName !== undefined) {
      const own = ownMember(shape, memberName);
      if (own) holder = own;
      else {
        const inherited = inheritedMember(shapes, shape, memberName);
        if (!inherited) {
          fail(`apply targets member ${memberName}, which ${root} does not have`);
          continue;
        }
        holder = { target: inherited.member.target };
        if ((MEMBER_SLOTS as readonly string[]).includes(memberName) && !shape.members) shape[memberName as 'member'] = holder as { target: string };
        else (shape.members ??= Object.create(null) as Record<string, { target: string }>)[memberName] = holder as { target: string };
      }
    }
    const entries = Object.entries(a.traits);
    if (entries.length === 0) continue;
    const traits = (holder.traits ??= Object.create(null) as Traits);
    for (const [name, value] of entries) {
      const conflict = mergeTrait(traits, name, value);
      if (conflict) fail(conflict);
    }
  }
}
