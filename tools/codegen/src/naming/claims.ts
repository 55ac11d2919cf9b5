/**
 * Derived identifiers (`FooJson`, `FooSchema`, `BatchReadOperation`, `batchReadHandler`, …) share a
 * module's namespace with every shape's own identifier, and a valid model may already use one:
 * clouddirectory has a shape `BatchReadOperation` and an operation `BatchRead`. A shape's own
 * identifier (`names.type`, the AWS SDK's name) never moves; a derived identifier that a shape's
 * own one, or an earlier derived one, already holds in its module gets `_` appended until it is
 * free (`BatchReadOperation_`). Claimed in a fixed order (shape identifiers, then each shape's
 * derived ones in model order, then each operation's), once per generation: the same model always
 * gets the same names, and a model without a clash (GetOTAUpdate) gets the plain ones.
 *
 * Emitters name symbols from a shape or operation name alone, and so do the test harnesses that
 * look exports up after generating, so the decisions outlive the run: each generation decides anew
 * every name of its own shapes and operations and leaves other names' decisions alone.
 */
import type { IrModel } from '../ir/types.js';
import { names } from './index.js';

export type ShapeSymbol = 'jsonType' | 'receivedType' | 'zodSchema' | 'zodJsonSchema' | 'zodCodec';
export type OperationSymbol =
  | 'operationMeta'
  | 'operationErrorName'
  | 'zodOperation'
  | 'clientDecoder'
  | 'clientResult'
  | 'clientSerializer'
  | 'mswHandler'
  | 'mswHandlerOptions'
  | 'mswStore'
  | 'mswCreateStore'
  | 'mswResolver'
  | 'mswSpec';

interface Namespace {
  /** Shapes' own identifiers declared or imported by name in the module: never renamed. */
  ownTypes: boolean;
  /** Shape-derived identifiers declared in the module, claimed here. */
  declared: readonly ShapeSymbol[];
  /** Shape-derived identifiers imported by name from another module (already decided there). */
  imported: readonly ShapeSymbol[];
  operations: readonly OperationSymbol[];
}

// By key, not by function: this module and index.ts import each other. Order matters: a module
// that imports names comes after the modules that declare them.
const NAMESPACES: readonly Namespace[] = [
  // @ota-contract/types
  { ownTypes: true, declared: ['jsonType', 'receivedType'], imported: [], operations: ['operationMeta', 'operationErrorName'] },
  // @ota-contract/zod
  { ownTypes: false, declared: ['zodSchema', 'zodJsonSchema', 'zodCodec'], imported: [], operations: ['zodOperation'] },
  // @ota-contract/zod/client refers to shapes through a namespace import (`T.Shape`)
  { ownTypes: false, declared: [], imported: [], operations: ['clientDecoder', 'clientResult', 'clientSerializer'] },
  // @ota-contract/msw's handlers module imports the types and schemas it uses by name
  {
    ownTypes: true,
    declared: [],
    imported: ['jsonType', 'receivedType', 'zodSchema', 'zodJsonSchema', 'zodCodec'],
    operations: ['mswHandler', 'mswHandlerOptions', 'mswStore', 'mswCreateStore', 'mswResolver', 'mswSpec'],
  },
];

/** Identifiers that had to step aside, by `symbol\0shape or operation name`. */
const renamed = new Map<string, string>();

/** The identifier of one derived symbol: `wanted`, unless the model's names made it step aside. */
export function claimedIdentifier(symbol: ShapeSymbol | OperationSymbol, subject: string, wanted: string): string {
  return renamed.size === 0 ? wanted : (renamed.get(`${symbol}\u0000${subject}`) ?? wanted);
}

/** Decides the derived identifiers of `model`'s shapes and operations; `generate` calls it before the emitters run. */
export function assignNames(model: IrModel): void {
  const shapes = model.shapeOrder.map((id) => model.shapes.get(id)!).filter((s) => !s.prelude);
  const subjects = new Set([...shapes.map((s) => s.name), ...model.operations.map((o) => o.name)]);
  for (const key of [...renamed.keys()]) if (subjects.has(key.slice(key.indexOf('\u0000') + 1))) renamed.delete(key);
  for (const ns of NAMESPACES) {
    const taken = new Set<string>();
    if (ns.ownTypes) for (const shape of shapes) taken.add(names.type(shape));
    for (const shape of shapes) for (const symbol of ns.imported) taken.add(names[symbol](shape));
    const claim = (symbol: ShapeSymbol | OperationSymbol, subject: string, wanted: string) => {
      let ident = wanted;
      while (taken.has(ident)) ident += '_';
      taken.add(ident);
      if (ident !== wanted) renamed.set(`${symbol}\u0000${subject}`, ident);
    };
    // Each wanted name is asked for before its own claim, so it is still the plain one.
    for (const shape of shapes) for (const symbol of ns.declared) claim(symbol, shape.name, names[symbol](shape));
    for (const op of model.operations) for (const symbol of ns.operations) claim(symbol, op.name, names[symbol](op.name));
  }
}
