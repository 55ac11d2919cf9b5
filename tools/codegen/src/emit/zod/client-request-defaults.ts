/**
 * The `@default` values a client writes into a request body (Smithy 2.0 default-value
 * serialization): for every structure, list, map and union of the operations' inputs below which a
 * nested member has a default to fill, one node of the runtime's `DefaultsTable`
 * (packages/zod/src/runtime/client/defaults.ts). Filled: members with a non-null `@default` that
 * are not `@clientOptional`; top-level input members are only descended into. Values are written
 * in the wire form of the member (a timestamp default in its `@timestampFormat`).
 */

import type { IrMember, IrModel, IrShape, ShapeId } from '../../ir/types.js';
import { lit } from './context.js';

const fills = (m: IrMember) => m.hasDefault && m.default !== undefined && m.default !== null && !m.clientOptional;

/** The members of a shape that lead to other shapes (list/map elements, structure/union members). */
function children(s: IrShape): IrMember[] {
  switch (s.kind) {
    case 'list':
      return [s.member];
    case 'map':
      return [s.value];
    case 'structure':
    case 'union':
      return s.members;
    default:
      return [];
  }
}

/** Shapes of the model below which (or in which) a nested default is filled: a fixpoint over the graph. */
function shapesWithDefaults(model: IrModel): Set<ShapeId> {
  const out = new Set<ShapeId>();
  for (const id of model.shapeOrder) {
    const s = model.shapes.get(id)!;
    if (s.kind === 'structure' && s.members.some(fills)) out.add(id);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of model.shapeOrder) {
      if (out.has(id)) continue;
      if (children(model.shapes.get(id)!).some((m) => out.has(m.target))) {
        out.add(id);
        changed = true;
      }
    }
  }
  return out;
}

/** Shapes reachable from the operations' inputs (output-only shapes need no node). */
function inputClosure(model: IrModel): Set<ShapeId> {
  const seen = new Set<ShapeId>();
  const todo = model.operations.flatMap((op) => (op.input === undefined ? [] : [op.input]));
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s = model.shapes.get(id);
    if (s) for (const m of children(s)) todo.push(m.target);
  }
  return seen;
}

/** A default in the wire form of its member: timestamps in the member's format, everything else as the model writes it. */
function wireDefault(model: IrModel, m: IrMember): unknown {
  const target = model.shapes.get(m.target)!;
  if (target.kind !== 'timestamp' || (typeof m.default !== 'number' && typeof m.default !== 'string')) return m.default;
  const date = typeof m.default === 'number' ? new Date(m.default * 1000) : new Date(m.default);
  const format = m.timestampFormat ?? 'epoch-seconds';
  if (format === 'epoch-seconds') return date.getTime() / 1000;
  return format === 'http-date' ? date.toUTCString() : date.toISOString().replace('.000Z', 'Z');
}

function nodeOf(model: IrModel, s: IrShape, needed: ReadonlySet<ShapeId>): string | undefined {
  const child = (m: IrMember) => (needed.has(m.target) ? lit(m.target) : undefined);
  switch (s.kind) {
    case 'list':
    case 'map': {
      const element = child(s.kind === 'list' ? s.member : s.value);
      return element && `{ kind: ${lit(s.kind)}, element: ${element} }`;
    }
    case 'union': {
      const members = s.members.flatMap((m) => (needed.has(m.target) ? [`[${lit(m.jsonName)}, ${lit(m.target)}]`] : []));
      return `{ kind: 'union', members: [${members.join(', ')}] }`;
    }
    case 'structure': {
      // Members bound outside the body (top-level labels, headers, ...) are no part of the JSON walk.
      const members = s.members.flatMap((m) => {
        if (m.http !== undefined && m.http.kind !== 'payload') return [];
        const node = child(m);
        const value = fills(m) ? `, value: ${lit(wireDefault(model, m))}` : '';
        if (!node && !value) return [];
        return [`{ jsonName: ${lit(m.jsonName)}, hasValue: ${value !== ''}${value}${node ? `, node: ${node}` : ''} }`];
      });
      return `{ kind: 'structure', members: [${members.join(', ')}] }`;
    }
    default:
      return undefined;
  }
}

/**
 * The module-level `requestDefaults` table (or nothing when no input has a nested default) and the
 * ids of the input structures that use it.
 */
export function requestDefaultsTable(model: IrModel): { declaration: string | undefined; roots: ReadonlySet<ShapeId> } {
  const reachable = inputClosure(model);
  const needed = new Set([...shapesWithDefaults(model)].filter((id) => reachable.has(id)));
  const roots = new Set(model.operations.flatMap((op) => (op.input !== undefined && needed.has(op.input) ? [op.input] : [])));
  if (roots.size === 0) return { declaration: undefined, roots };
  const entries = model.shapeOrder.flatMap((id) => {
    if (!needed.has(id)) return [];
    const node = nodeOf(model, model.shapes.get(id)!, needed);
    return node ? [`  [${lit(id)}, ${node}],`] : [];
  });
  const declaration = [`/** Nested \`@default\` values written into request bodies (runtime/client/defaults.ts). */`, `const requestDefaults = new Map<string, rc.DefaultsNode>([`, ...entries, `]);`].join('\n');
  return { declaration, roots };
}
