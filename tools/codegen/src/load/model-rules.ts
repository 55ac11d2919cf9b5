/**
 * Model rules the reference validators enforce beyond structure, checked here because generated
 * code depends on them: names from the model become identifiers and object keys, so they must be
 * Smithy identifiers (and nothing else); names that collide would silently overwrite each other;
 * cycles that the reference validators refuse would make fixtures and zero values loop forever.
 */

import type { AstMember, AstShape } from './ast.js';
import { pointer, type ModelIssue } from './errors.js';

/** Smithy's `identifier`: `(1*"_" (ALPHA / DIGIT) / ALPHA) *(ALPHA / DIGIT / "_")`. */
export const IDENTIFIER = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
const traitsOf = (m: unknown): Record<string, unknown> => (isObject(m) && isObject(m.traits) ? m.traits : {});

export function checkModelRules(shapes: Record<string, unknown>): ModelIssue[] {
  const issues: ModelIssue[] = [];
  for (const [id, value] of Object.entries(shapes)) {
    if (!isObject(value)) continue;
    const shape = value as unknown as AstShape;
    if (isObject(shape.members)) checkMemberNames(id, shape, issues);
    if (shape.type === 'service' && shape.rename !== undefined) checkRename(id, shape.rename, issues);
  }
  issues.push(...mixinCycles(shapes), ...requiredCycles(shapes));
  return issues;
}

/** Member names are identifiers, unique ignoring case; JSON names unique (Smithy's JsonNameValidator). */
function checkMemberNames(id: string, shape: AstShape, issues: ModelIssue[]): void {
  const byLowerName = new Map<string, string>();
  const byJsonName = new Map<string, string>();
  for (const [name, member] of Object.entries(shape.members!)) {
    const at = (): string => pointer('shapes', id, 'members', name); // built only for an issue
    if (!IDENTIFIER.test(name)) issues.push({ shapeId: id, pointer: at(), message: `member name ${JSON.stringify(name)} is not a Smithy identifier` });
    const lower = name.toLowerCase();
    const prior = byLowerName.get(lower);
    if (prior !== undefined) issues.push({ shapeId: id, pointer: at(), message: `member names ${prior} and ${name} differ only in case (Smithy refuses this)` });
    else byLowerName.set(lower, name);
    if (shape.type !== 'structure' && shape.type !== 'union') continue;
    const jsonName = traitsOf(member)['smithy.api#jsonName'];
    const wire = typeof jsonName === 'string' ? jsonName : name;
    const clash = byJsonName.get(wire);
    if (clash !== undefined) issues.push({ shapeId: id, pointer: typeof jsonName === 'string' ? `${at()}/traits/smithy.api#jsonName` : at(), message: `members ${clash} and ${name} both have the JSON name ${JSON.stringify(wire)}` });
    else byJsonName.set(wire, name);
  }
}

/** `rename` maps shape ids to identifiers: a rename becomes a type name in every package. */
function checkRename(id: string, rename: unknown, issues: ModelIssue[]): void {
  const at = pointer('shapes', id, 'rename');
  if (!isObject(rename)) {
    issues.push({ shapeId: id, pointer: at, message: 'rename must be an object of shape id → new name' });
    return;
  }
  for (const [from, to] of Object.entries(rename)) {
    if (typeof to !== 'string' || !IDENTIFIER.test(to)) {
      issues.push({ shapeId: id, pointer: pointer('shapes', id, 'rename', from), message: `rename of ${from} must be a Smithy identifier, got ${JSON.stringify(to)}` });
    }
  }
}

/** Shape ids referenced by a shape's `mixins`, own entries only. */
function mixinTargets(shape: unknown): string[] {
  if (!isObject(shape) || !Array.isArray(shape.mixins)) return [];
  return shape.mixins.filter((m): m is { target: string } => isObject(m) && typeof m.target === 'string').map((m) => m.target);
}

/**
 * Cycles in a graph given by `edges`, each reported once at the smallest id on it. Iterative
 * depth-first search (colours), so a long chain cannot overflow the stack.
 */
function findCycles(ids: readonly string[], edges: (id: string) => string[]): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 on the path, 2 done
  const cycles: string[][] = [];
  for (const start of ids) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: { id: string; next: string[] }[] = [{ id: start, next: edges(start) }];
    state.set(start, 1);
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const to = top.next.pop();
      if (to === undefined) {
        state.set(top.id, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const s = state.get(to);
      if (s === 1) cycles.push(path.slice(path.indexOf(to)));
      else if (s === undefined) {
        state.set(to, 1);
        path.push(to);
        stack.push({ id: to, next: edges(to) });
      }
    }
  }
  return cycles;
}

function mixinCycles(shapes: Record<string, unknown>): ModelIssue[] {
  const ids = Object.keys(shapes).sort();
  return findCycles(ids, (id) => mixinTargets(own(shapes, id)).filter((t) => Object.hasOwn(shapes, t))).map((cycle) => {
    const first = [...cycle].sort()[0]!;
    return { shapeId: first, pointer: pointer('shapes', first, 'mixins'), message: `mixin cycle: ${[...cycle, cycle[0]].join(' → ')}` };
  });
}

/**
 * A structure whose required members lead back to itself through structures only (no list, map or
 * union to end the chain) has no finite value: Smithy refuses it, and so do we.
 */
function requiredCycles(shapes: Record<string, unknown>): ModelIssue[] {
  const structure = (id: string): AstShape | undefined => {
    const s = own(shapes, id);
    return isObject(s) && s.type === 'structure' && isObject(s.members) ? (s as unknown as AstShape) : undefined;
  };
  const edges = (id: string): string[] =>
    Object.values(structure(id)?.members ?? {})
      .filter((m: AstMember) => isObject(m) && typeof m.target === 'string' && 'smithy.api#required' in traitsOf(m) && !('smithy.api#default' in traitsOf(m)))
      .map((m) => m.target)
      .filter((t) => structure(t) !== undefined);
  const ids = Object.keys(shapes).filter((id) => structure(id)).sort();
  return findCycles(ids, edges).map((cycle) => {
    const first = [...cycle].sort()[0]!;
    return { shapeId: first, pointer: pointer('shapes', first, 'members'), message: `required members recurse without end: ${[...cycle, cycle[0]].join(' → ')} (make one optional, or break the chain with a list, map or union)` };
  });
}
