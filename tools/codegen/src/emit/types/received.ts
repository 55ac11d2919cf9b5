/**
 * The form a client receives (`SReceived`), beside the strict application form `S`. The AWS SDK
 * types every `@required` member of a structure as `T | undefined` (the key stays required), since
 * Smithy lets a client see a response without them; a value the SDK returns must be assignable to
 * a type we export, so each aggregate shape (structure, union, list, map) gets this form too, and
 * the shapes it contains are their `Received` forms. Where it would not differ from `S` (nothing
 * `@required` anywhere inside) it is an alias of `S`, so every aggregate has one, whichever it is.
 */

import { StructureKind, type StatementStructures } from 'ts-morph';
import type { IrMember, IrModel, IrShape, ShapeId } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import { typePropertyKey } from '../../naming/escape.js';
import { memberType } from './type-expressions.js';

const AGGREGATE = new Set(['structure', 'union', 'list', 'map']);

const isAggregate = (s: IrShape | undefined): s is IrShape => s !== undefined && !s.prelude && AGGREGATE.has(s.kind);

function children(shape: IrShape): IrMember[] {
  switch (shape.kind) {
    case 'structure':
    case 'union':
      return shape.members;
    case 'list':
      return [shape.member];
    case 'map':
      return [shape.value];
    default:
      return [];
  }
}

/** A required member typed plainly in `S` (i.e. not `@clientOptional`), which `SReceived` widens. */
const widened = (m: IrMember) => m.required && !m.clientOptional;

/**
 * The aggregate shapes whose received form differs from `S`: a structure with a widened member, or
 * any aggregate that contains such a shape. A fixed point, since shapes may be recursive.
 */
export function receivedDiffers(model: IrModel): Set<ShapeId> {
  const out = new Set<ShapeId>();
  for (const id of model.shapeOrder) {
    const s = model.shapes.get(id);
    if (isAggregate(s) && s.kind === 'structure' && s.members.some(widened)) out.add(id);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of model.shapeOrder) {
      const s = model.shapes.get(id);
      if (!isAggregate(s) || out.has(id)) continue;
      if (children(s).some((m) => out.has(m.target))) {
        out.add(id);
        changed = true;
      }
    }
  }
  return out;
}

/** A member's type in the received form: aggregates by their `Received` name, everything else as in `S`. */
function receivedMemberType(model: IrModel, m: IrMember): string {
  const target = model.shapes.get(m.target);
  // An event stream's events, as received: an AsyncIterable of the union's received form.
  if (m.eventStream && target) return `AsyncIterable<${names.receivedType(target)}>`;
  return isAggregate(target) ? names.receivedType(target) : memberType(model, m, 'app');
}

const listOf = (t: string) => (/[ |]/.test(t) ? `(${t})[]` : `${t}[]`);

function receivedTypeText(model: IrModel, shape: IrShape): string {
  switch (shape.kind) {
    case 'list': {
      const t = receivedMemberType(model, shape.member);
      return shape.sparse ? `(${t} | null)[]` : listOf(t);
    }
    case 'map': {
      const keyTarget = model.shapes.get(shape.key.target)!;
      const value = receivedMemberType(model, shape.value) + (shape.sparse ? ' | null' : '');
      return keyTarget.kind === 'enum' ? `Partial<Record<${names.type(keyTarget)}, ${value}>>` : `Record<string, ${value}>`;
    }
    case 'union': {
      const name = names.type(shape);
      const variants = shape.members.map((active) => {
        const props = shape.members.map((m) => (m === active ? `${typePropertyKey(m.name)}: ${receivedMemberType(model, m)};` : `${typePropertyKey(m.name)}?: never;`));
        return `{\n${[...props, '$unknown?: never;'].join('\n')}\n}`;
      });
      return [...variants, `${name}.$UnknownMember`].join(' | ');
    }
    default:
      throw new Error(`no received form for a ${shape.kind}`);
  }
}

/** `SReceived` of one shape (nothing for simple shapes, enums and prelude shapes). */
export function receivedDeclarations(model: IrModel, shape: IrShape, differs: ReadonlySet<ShapeId>): StatementStructures[] {
  if (!isAggregate(shape)) return [];
  const name = names.receivedType(shape);
  const strict = names.type(shape);
  if (!differs.has(shape.id)) {
    const docs = [{ description: `\`${strict}\` as a client receives it: the same type, since nothing inside it is \`@required\`.` }];
    return [{ kind: StructureKind.TypeAlias, isExported: true, name, type: strict, docs }];
  }
  const docs = [{ description: `\`${strict}\` as a client receives it (what the AWS SDK returns): \`@required\` members may be \`undefined\`, here and in every shape inside.` }];
  if (shape.kind !== 'structure') return [{ kind: StructureKind.TypeAlias, isExported: true, name, type: receivedTypeText(model, shape), docs }];
  return [
    {
      kind: StructureKind.Interface,
      isExported: true,
      name,
      docs,
      properties: shape.members.map((m) => ({
        name: typePropertyKey(m.name),
        // Required keys stay required (as in the SDK); only their values may be `undefined`.
        type: `${receivedMemberType(model, m)} | undefined`,
        hasQuestionToken: !widened(m),
      })),
    },
  ];
}

