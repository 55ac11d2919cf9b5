/**
 * Elided members (`$id`, https://smithy.io/2.0/spec/idl.html#target-elision): the target is the
 * bound resource's identifier or property of that name, else the member of that name a mixin has.
 * Runs after every file is converted, since resources and mixins may live in other files.
 */

import type { AstShape } from '../ast.js';
import type { ModelIssue } from '../errors.js';
import { inheritedMember, ownMember } from './members.js';
import type { Elided } from './to-ast.js';

export function resolveElided(shapes: Record<string, AstShape>, elided: readonly Elided[], issues: ModelIssue[]): void {
  let pending = [...elided];
  // A mixin's own elided member may feed another's: repeat while some target is found.
  for (let progress = true; pending.length && progress; ) {
    progress = false;
    pending = pending.filter((e) => {
      const target = findTarget(shapes, e);
      if (target === undefined) return true;
      ownMember(shapes[e.shapeId]!, e.member)!.target = target;
      progress = true;
      return false;
    });
  }
  for (const e of pending) {
    issues.push({
      shapeId: `${e.shapeId}$${e.member}`,
      pointer: '',
      message: 'member target was elided, but no bound resource or mixin has an identifier, property or member of that name',
      file: e.file,
      line: e.pos.line,
      column: e.pos.column,
    });
  }
}

function findTarget(shapes: Record<string, AstShape>, e: Elided): string | undefined {
  const shape = shapes[e.shapeId];
  if (!shape) return undefined;
  const resource = e.forResource ? (shapes[e.forResource] as (AstShape & { identifiers?: Record<string, { target: string }>; properties?: Record<string, { target: string }> }) | undefined) : undefined;
  const fromResource = resource?.identifiers?.[e.member]?.target ?? resource?.properties?.[e.member]?.target;
  if (fromResource) return fromResource;
  return inheritedMember(shapes, shape, e.member)?.member.target;
}
