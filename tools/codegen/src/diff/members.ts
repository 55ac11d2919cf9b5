/**
 * Member comparison (structure, union, list member, map key/value). Effective constraints and
 * timestamp formats are inherited from the target shape; a change the target shape already reports
 * is not repeated on every member that targets it.
 */

import type { HttpBinding, IrMember, IrShape, ShapeId } from '../ir/types.js';
import { compareConstraints, sameConstraints } from './constraints.js';
import { compareDocs } from './docs.js';
import type { ModelChange } from './types.js';

export interface DiffContext {
  before: ReadonlyMap<ShapeId, IrShape>;
  after: ReadonlyMap<ShapeId, IrShape>;
}

export function lengthUnit(shape: IrShape | undefined): string {
  if (!shape) return '';
  if (shape.kind === 'string') return 'Unicode code points';
  if (shape.kind === 'blob') return 'bytes';
  if (shape.kind === 'list' || shape.kind === 'map') return 'entries';
  return '';
}

function bindingText(h: HttpBinding | undefined): string {
  if (!h) return 'JSON body';
  switch (h.kind) {
    case 'label':
      return h.greedy ? 'greedy path label' : 'path label';
    case 'query':
      return `query ${h.name}`;
    case 'header':
      return `header ${h.name}`;
    case 'prefixHeaders':
      return `headers prefixed ${h.prefix}`;
    default:
      return h.kind;
  }
}

const json = (v: unknown): string => JSON.stringify(v) ?? 'undefined';

export function compareMember(a: IrMember, b: IrMember, id: string, ctx: DiffContext): ModelChange[] {
  const out: ModelChange[] = [];
  const add = (c: Omit<ModelChange, 'target'>) => out.push({ ...c, target: id });
  const ta = ctx.before.get(a.target);
  const tb = ctx.after.get(b.target);
  if (a.target !== b.target) add({ level: 'major', code: 'member-target-changed', message: `target ${a.target} → ${b.target}` });
  if (a.jsonName !== b.jsonName) add({ level: 'major', code: 'json-name-changed', message: `JSON name ${a.jsonName} → ${b.jsonName}` });
  if (!a.required && b.required) add({ level: 'major', code: 'member-now-required', message: 'now @required: payloads without it are rejected' });
  // The generated application type widens from T to T | undefined: code reading it stops compiling.
  if (a.required && !b.required) add({ level: 'major', code: 'member-now-optional', message: 'no longer @required: its type becomes optional' });
  if (a.clientOptional !== b.clientOptional) add({ level: 'major', code: 'member-now-optional', message: `@clientOptional ${b.clientOptional ? 'added' : 'removed'}: its generated type changes` });
  if (a.hasDefault !== b.hasDefault || json(a.default) !== json(b.default)) {
    add({ level: 'major', code: 'default-changed', message: `default ${a.hasDefault ? json(a.default) : 'none'} → ${b.hasDefault ? json(b.default) : 'none'}` });
  }
  if (json(a.http) !== json(b.http)) add({ level: 'major', code: 'http-binding-changed', message: `bound to ${bindingText(a.http)} → ${bindingText(b.http)}` });
  const inheritedTs = a.target === b.target && ta && tb && 'timestampFormat' in ta && 'timestampFormat' in tb && ta.timestampFormat === a.timestampFormat && tb.timestampFormat === b.timestampFormat;
  if (a.timestampFormat !== b.timestampFormat && !inheritedTs) add({ level: 'major', code: 'timestamp-format-changed', message: `timestamp format ${a.timestampFormat ?? 'none'} → ${b.timestampFormat ?? 'none'}` });
  // Only constraints the member sets itself: the target shape reports its own.
  const inherited = a.target === b.target && ta && tb && sameConstraints(a.constraints, ta.constraints) && sameConstraints(b.constraints, tb.constraints);
  if (!inherited) for (const c of compareConstraints(a.constraints, b.constraints, lengthUnit(tb))) add(c);
  if (a.idempotencyToken !== b.idempotencyToken) add({ level: 'minor', code: 'member-changed', message: `@idempotencyToken ${b.idempotencyToken ? 'added' : 'removed'}` });
  out.push(...compareDocs(a.docs, b.docs, id));
  return out;
}

/** Structure or union members, matched by name. */
export function compareMemberLists(a: readonly IrMember[], b: readonly IrMember[], shapeId: string, union: boolean, ctx: DiffContext): ModelChange[] {
  const out: ModelChange[] = [];
  const after = new Map(b.map((m) => [m.name, m]));
  const before = new Map(a.map((m) => [m.name, m]));
  for (const m of a) {
    const id = `${shapeId}$${m.name}`;
    const next = after.get(m.name);
    if (!next) out.push({ level: 'major', code: 'member-removed', target: id, message: `member removed${m.required ? ' (was required)' : ''}` });
    else out.push(...compareMember(m, next, id, ctx));
  }
  for (const m of b) {
    if (before.has(m.name)) continue;
    const id = `${shapeId}$${m.name}`;
    // A new required structure member makes every existing payload invalid; an optional one, or a
    // new union variant (unions are open, like enums), is something old users can ignore.
    if (m.required && !union) out.push({ level: 'major', code: 'member-added', target: id, message: `required member added (target ${m.target})` });
    else out.push({ level: 'minor', code: 'member-added', target: id, message: `${union ? 'union member' : 'optional member'} added (target ${m.target})` });
  }
  const common = (xs: readonly IrMember[], other: Map<string, IrMember>) => xs.map((m) => m.name).filter((n) => other.has(n));
  const orderA = common(a, after).join(',');
  const orderB = common(b, before).join(',');
  if (orderA !== orderB) out.push({ level: 'patch', code: 'member-reordered', target: shapeId, message: 'members reordered' });
  return out;
}
