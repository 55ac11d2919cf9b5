/** Member lookups that follow mixins, shared by elision, `apply` and the assembled-model checks. */

import type { AstMember, AstShape } from '../ast.js';

export const MEMBER_SLOTS = ['member', 'key', 'value'] as const;

/** The shape's own member of that name (members, or list/map's fixed slots). */
export function ownMember(shape: AstShape, name: string): AstMember | undefined {
  if (shape.members && Object.prototype.hasOwnProperty.call(shape.members, name)) return shape.members[name];
  if ((MEMBER_SLOTS as readonly string[]).includes(name)) return shape[name as 'member'];
  return undefined;
}

/** The member a shape inherits under that name from its mixins (depth first, in `with` order). */
export function inheritedMember(shapes: Record<string, AstShape>, shape: AstShape, name: string, seen = new Set<AstShape>()): { member: AstMember; from: string } | undefined {
  if (seen.has(shape)) return undefined;
  seen.add(shape);
  for (const ref of shape.mixins ?? []) {
    const mixin = shapes[ref.target];
    if (!mixin) continue;
    const own = ownMember(mixin, name);
    if (own && own.target) return { member: own, from: ref.target };
    const deeper = inheritedMember(shapes, mixin, name, seen);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Every member name a shape has, its own and inherited. */
export function allMemberNames(shapes: Record<string, AstShape>, shape: AstShape, seen = new Set<AstShape>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(shape)) return names;
  seen.add(shape);
  for (const ref of shape.mixins ?? []) {
    const mixin = shapes[ref.target];
    if (mixin) for (const n of allMemberNames(shapes, mixin, seen)) names.add(n);
  }
  for (const n of Object.keys(shape.members ?? {})) names.add(n);
  for (const slot of MEMBER_SLOTS) if (shape[slot]) names.add(slot);
  return names;
}

/** Every target a shape's mixins give a member name (all paths, not just the first). */
export function inheritedTargets(shapes: Record<string, AstShape>, shape: AstShape, name: string, seen = new Set<AstShape>()): { target: string; from: string }[] {
  const out: { target: string; from: string }[] = [];
  if (seen.has(shape)) return out;
  seen.add(shape);
  for (const ref of shape.mixins ?? []) {
    const mixin = shapes[ref.target];
    if (!mixin) continue;
    const own = ownMember(mixin, name);
    if (own?.target) out.push({ target: own.target, from: ref.target });
    out.push(...inheritedTargets(shapes, mixin, name, seen));
  }
  return out;
}
