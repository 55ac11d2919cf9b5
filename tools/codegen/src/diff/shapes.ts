/** One shape against its next version, by kind. */

import type { EnumShape, IntEnumShape, IrShape, StructureShape } from '../ir/types.js';
import { compareConstraints } from './constraints.js';
import { compareDocs } from './docs.js';
import { compareMember, compareMemberLists, lengthUnit, type DiffContext } from './members.js';
import type { ModelChange } from './types.js';

type Change = Omit<ModelChange, 'target'>;

function compareEnum(a: EnumShape | IntEnumShape, b: EnumShape | IntEnumShape): ModelChange[] {
  const out: ModelChange[] = [];
  const push = (c: Change) => out.push({ ...c, target: a.id });
  const key = (v: { value: string | number }) => JSON.stringify(v.value);
  type Value = (typeof a.values)[number] | (typeof b.values)[number];
  const after = new Map<string, Value>(b.values.map((v: Value) => [key(v), v]));
  const before = new Map<string, Value>(a.values.map((v: Value) => [key(v), v]));
  for (const v of a.values) {
    const next = after.get(key(v));
    if (!next) push({ level: 'major', code: 'enum-value-removed', message: `value ${key(v)} removed` });
    // Same wire value under a new name: the generated const object loses a key.
    else if (next.name !== v.name) push({ level: 'major', code: 'enum-name-changed', message: `value ${key(v)} renamed ${v.name} → ${next.name}` });
    if (next) out.push(...compareDocs(v.docs, next.docs, `${a.id}$${v.name}`));
  }
  // Smithy enums are open (clients must accept unknown values), so a new value is additive.
  for (const v of b.values) if (!before.has(key(v))) push({ level: 'minor', code: 'enum-value-added', message: `value ${key(v)} added` });
  const order = (xs: readonly { value: string | number }[], other: Map<string, unknown>) => xs.map(key).filter((k) => other.has(k)).join(',');
  if (order(a.values, after) !== order(b.values, before)) push({ level: 'patch', code: 'enum-reordered', message: 'values reordered' });
  return out;
}

function compareError(a: StructureShape, b: StructureShape): Change[] {
  if (!a.error && !b.error) return [];
  if (!a.error || !b.error) return [{ level: 'major', code: 'error-changed', message: b.error ? 'became an error structure' : 'no longer an error structure' }];
  const out: Change[] = [];
  // Clients and mocks tell responses apart by status first: a new status breaks both.
  if (a.error.httpStatus !== b.error.httpStatus) out.push({ level: 'major', code: 'error-status-changed', message: `HTTP status ${a.error.httpStatus} → ${b.error.httpStatus}` });
  if (a.error.fault !== b.error.fault) out.push({ level: 'major', code: 'error-changed', message: `fault ${a.error.fault} → ${b.error.fault}` });
  if (JSON.stringify(a.error.retryable) !== JSON.stringify(b.error.retryable)) out.push({ level: 'minor', code: 'error-changed', message: `@retryable ${JSON.stringify(a.error.retryable ?? null)} → ${JSON.stringify(b.error.retryable ?? null)}` });
  return out;
}

export function compareShape(a: IrShape, b: IrShape, ctx: DiffContext): ModelChange[] {
  const id = a.id;
  const at = (changes: Change[]): ModelChange[] => changes.map((c) => ({ ...c, target: id }));
  if (a.kind !== b.kind) return [...at([{ level: 'major', code: 'shape-kind-changed', message: `type ${a.kind} → ${b.kind}` }]), ...compareDocs(a.docs, b.docs, id)];
  const out: ModelChange[] = [];
  out.push(...at(compareConstraints(a.constraints, b.constraints, lengthUnit(b))), ...compareDocs(a.docs, b.docs, id));
  if (JSON.stringify(a.default) !== JSON.stringify(b.default)) {
    out.push(...at([{ level: 'major', code: 'default-changed', message: `default ${JSON.stringify(a.default) ?? 'none'} → ${JSON.stringify(b.default) ?? 'none'}` }]));
  }
  if (a.kind === 'enum' || a.kind === 'intEnum') out.push(...compareEnum(a, b as typeof a));
  else if (a.kind === 'list' && b.kind === 'list') {
    out.push(...compareMember(a.member, b.member, `${id}$member`, ctx));
    out.push(...at(compareSparse(a.sparse, b.sparse)));
  } else if (a.kind === 'map' && b.kind === 'map') {
    out.push(...compareMember(a.key, b.key, `${id}$key`, ctx), ...compareMember(a.value, b.value, `${id}$value`, ctx));
    out.push(...at(compareSparse(a.sparse, b.sparse)));
  } else if (a.kind === 'structure' && b.kind === 'structure') {
    out.push(...at(compareError(a, b)), ...compareMemberLists(a.members, b.members, id, false, ctx));
  } else if (a.kind === 'union' && b.kind === 'union') {
    out.push(...compareMemberLists(a.members, b.members, id, true, ctx));
  } else if ('timestampFormat' in a || 'timestampFormat' in b || 'mediaType' in a || 'mediaType' in b) {
    const sa = a as { timestampFormat?: string; mediaType?: string };
    const sb = b as typeof sa;
    if (sa.timestampFormat !== sb.timestampFormat) out.push(...at([{ level: 'major', code: 'timestamp-format-changed', message: `timestamp format ${sa.timestampFormat ?? 'default'} → ${sb.timestampFormat ?? 'default'}` }]));
    if (sa.mediaType !== sb.mediaType) out.push(...at([{ level: 'patch', code: 'documentation-changed', message: `@mediaType ${sa.mediaType ?? 'none'} → ${sb.mediaType ?? 'none'}` }]));
  }
  return out;
}

/** `@sparse` lets elements be null: readers' element type widens to `T | null`, so either way is major. */
function compareSparse(a: boolean, b: boolean): Change[] {
  return a === b ? [] : [{ level: 'major', code: 'sparse-changed', message: b ? '@sparse added: elements may be null' : '@sparse removed: null elements are rejected' }];
}
