/**
 * What the zod emitter decides before printing anything: the order shapes are declared in
 * (dependencies first, so a schema only refers to consts already defined), which shapes sit on a
 * reference cycle (those refer to each other through `z.lazy` and get explicit types), and which
 * shapes look the same in the wire and application forms (their `SSchema`/`SCodec` alias `SJsonSchema`).
 */

import type { Constraints, IrMember, IrModel, IrShape, ShapeId, StructureShape } from '../../ir/types.js';

export type Mode = 'strict' | 'lenient';

export interface Plan {
  /** Non-prelude shapes, each after every shape it refers to (except along a cycle). */
  order: ShapeId[];
  /** Strongly connected component index of each shape; a shape is cyclic when `cyclic.has(id)`. */
  component: ReadonlyMap<ShapeId, number>;
  cyclic: ReadonlySet<ShapeId>;
  /** Shapes whose wire and application forms differ (conversion needed): they get three schemas. */
  distinct: ReadonlySet<ShapeId>;
}

const CONVERTED_KINDS = new Set<IrShape['kind']>(['timestamp', 'blob', 'float', 'double', 'bigInteger', 'bigDecimal', 'union']);

export function targetsOf(shape: IrShape): IrMember[] {
  switch (shape.kind) {
    case 'list':
      return [shape.member];
    case 'map':
      return [shape.key, shape.value];
    case 'structure':
    case 'union':
      return shape.members;
    default:
      return [];
  }
}

/** A member bound to the HTTP message outside the JSON body (a payload member stays in the body form). */
export function isBound(m: IrMember): boolean {
  // An event-stream payload is framed messages, not JSON: like a bound member it is not in the body.
  return (m.http !== undefined && m.http.kind !== 'payload') || m.eventStream === true;
}

export function buildPlan(model: IrModel, mode: Mode): Plan {
  const shapes = model.shapeOrder.filter((id) => !model.shapes.get(id)!.prelude);
  const edges = (id: ShapeId) => targetsOf(model.shapes.get(id)!).map((m) => m.target).filter((t) => !model.shapes.get(t)!.prelude);

  // Tarjan's algorithm emits each component after every component it reaches: dependencies first.
  const index = new Map<ShapeId, number>();
  const low = new Map<ShapeId, number>();
  const onStack = new Set<ShapeId>();
  const stack: ShapeId[] = [];
  const component = new Map<ShapeId, number>();
  const cyclic = new Set<ShapeId>();
  const order: ShapeId[] = [];
  let counter = 0;
  let components = 0;
  const visit = (v: ShapeId): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const members: ShapeId[] = [];
      let w: ShapeId;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        members.push(w);
      } while (w !== v);
      members.sort();
      const selfLoop = edges(v).includes(v);
      for (const m of members) {
        component.set(m, components);
        if (members.length > 1 || selfLoop) cyclic.add(m);
      }
      components++;
      order.push(...members);
    }
  };
  for (const id of shapes) if (!index.has(id)) visit(id);

  return { order, component, cyclic, distinct: distinctShapes(model, mode) };
}

/** Fixpoint: a shape is distinct if it converts itself or contains a member whose target is distinct. */
function distinctShapes(model: IrModel, mode: Mode): Set<ShapeId> {
  const distinct = new Set<ShapeId>();
  for (const id of model.shapeOrder) {
    const s = model.shapes.get(id)!;
    if (CONVERTED_KINDS.has(s.kind)) distinct.add(id);
    if (s.kind === 'structure' && structureAlwaysDistinct(s, mode)) distinct.add(id);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of model.shapeOrder) {
      if (distinct.has(id)) continue;
      if (targetsOf(model.shapes.get(id)!).some((m) => distinct.has(m.target))) {
        distinct.add(id);
        changed = true;
      }
    }
  }
  return distinct;
}

function structureAlwaysDistinct(s: StructureShape, mode: Mode): boolean {
  // Strict error bodies also allow `__type`/`code` on the wire; bound members are not in the body;
  // `@jsonName` renames.
  return (mode === 'strict' && s.error !== undefined) || s.members.some((m) => isBound(m) || m.jsonName !== m.name);
}

export function sameConstraints(a: Constraints, b: Constraints): boolean {
  return (
    a.length?.min === b.length?.min &&
    a.length?.max === b.length?.max &&
    a.range?.min === b.range?.min &&
    a.range?.max === b.range?.max &&
    a.range?.minText === b.range?.minText &&
    a.range?.maxText === b.range?.maxText &&
    a.pattern === b.pattern &&
    !!a.uniqueItems === !!b.uniqueItems
  );
}
