/**
 * The assembled model's printed form: one key order for shapes and members whatever the inputs'
 * order, trait keys sorted as `smithy ast` prints them, members in declaration order. Every map
 * keyed by model text (members, traits, trait values, metadata) is prototype-free, as load/json.ts
 * gives JSON models, so a key such as `constructor` or `__proto__` is only a key.
 */

import type { AstMember, AstShape } from '../ast.js';

/** Shape keys in one order whatever the input file's order (`type` first, `traits` last). */
const SHAPE_KEY_ORDER = ['type', 'version', 'mixins', 'member', 'key', 'value', 'members', 'input', 'output', 'errors', 'identifiers', 'properties', 'create', 'put', 'read', 'update', 'delete', 'list', 'operations', 'collectionOperations', 'resources', 'rename'];

export function canonicalShape(shape: AstShape): AstShape {
  const src = shape as unknown as Record<string, unknown>;
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of SHAPE_KEY_ORDER) if (src[k] !== undefined) out[k] = src[k];
  for (const k of Object.keys(src)) if (!(k in out) && k !== 'traits') out[k] = src[k];
  if (src.traits !== undefined) out.traits = src.traits;
  const result = sortTraits(out as unknown as AstShape);
  if (result.members) {
    const members = Object.create(null) as Record<string, AstMember>;
    for (const name of Object.keys(result.members)) members[name] = canonicalMember(result.members[name]!);
    result.members = members;
  }
  for (const slot of ['member', 'key', 'value'] as const) if (result[slot]) result[slot] = canonicalMember(result[slot]!);
  return result;
}

function canonicalMember(member: AstMember): AstMember {
  const src = member as unknown as Record<string, unknown>;
  const out = Object.create(null) as Record<string, unknown>;
  out.target = src.target;
  for (const k of Object.keys(src)) if (k !== 'target' && k !== 'traits') out[k] = src[k];
  if (src.traits !== undefined) out.traits = src.traits;
  return sortTraits(out as unknown as AstMember);
}

/** Members as `{ target, traits }` with the trait keys sorted. */
function sortTraits<T extends { traits?: Record<string, unknown> }>(holder: T): T {
  if (holder.traits) {
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(holder.traits).sort()) sorted[k] = holder.traits[k];
    holder.traits = sorted;
  }
  return holder;
}
